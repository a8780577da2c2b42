"""The device layer: each firmware family's own way to sleep, wake, set power and pools (plain asyncio).

Public interface: :class:`Family`, :class:`Capabilities` and :func:`capabilities_for`, :class:`Credentials`
and :class:`CredentialStore`, :class:`DeviceTarget`, :func:`send_action` with :class:`DeviceError`,
:class:`Refused` and :class:`AuthFailed`, and :func:`identify` giving an :class:`Identity`.
"""

from hashinsight_desktop.services.devices.action import Action, PoolSetting
from hashinsight_desktop.services.devices.capabilities import Capabilities, PowerLevel, capabilities_for
from hashinsight_desktop.services.devices.credentials import (
    FACTORY_DEFAULTS,
    CredentialEntry,
    Credentials,
    CredentialsError,
    CredentialStore,
)
from hashinsight_desktop.services.devices.errors import AuthFailed, DeviceError, Refused
from hashinsight_desktop.services.devices.family import Family, parse_family
from hashinsight_desktop.services.devices.identify import Identity, identify
from hashinsight_desktop.services.devices.send import DEFAULT_DEADLINE_S, check_action, send_action
from hashinsight_desktop.services.devices.target import ActionRequest, DeviceTarget

__all__ = [
    "DEFAULT_DEADLINE_S",
    "FACTORY_DEFAULTS",
    "Action",
    "ActionRequest",
    "AuthFailed",
    "Capabilities",
    "CredentialEntry",
    "CredentialStore",
    "Credentials",
    "CredentialsError",
    "DeviceError",
    "DeviceTarget",
    "Family",
    "Identity",
    "PoolSetting",
    "PowerLevel",
    "Refused",
    "capabilities_for",
    "check_action",
    "identify",
    "parse_family",
    "send_action",
]
