"""A refused permission names what the user may not do in their language: every action phrase a service passes to a
permission check as a literal (or a module constant) is registered for translation in services/permission_actions."""

from __future__ import annotations

import pytest

from hashinsight_desktop.services import users
from hashinsight_desktop.services.devices.action import Action as DeviceAction
from hashinsight_desktop.services.errors import PermissionDenied
from hashinsight_desktop.services.permission_actions import ACTIONS, MINER_ACTIONS, ROLE_ACCOUNTS
from hashinsight_desktop.services.permissions import PRIVILEGED_ROLES, Permission, Principal, Role, require
from tests.support.literal_arguments import literal_arguments

# The checks that take an action phrase, and its position among their arguments.
ACTION_ARGUMENT = {
    "require": 2,
    "require_site": 3,
    "scoped": 3,
    "customer_condition": 2,
    "pipeline_condition": 2,
    "visible": 3,
    "get_visible": 5,
    "load_miners": 3,
    "_plan_for_change": 4,
}


def test_every_action_phrase_is_registered_for_translation() -> None:
    phrases = literal_arguments(ACTION_ARGUMENT, "action")
    assert len(phrases) > 90  # the scan found the call sites
    assert sorted(phrases - set(ACTIONS)) == []


def test_a_refusal_says_the_action_in_the_readers_language() -> None:
    guest = Principal(user_id=None, username="g", role=Role.GUEST)
    with pytest.raises(PermissionDenied) as refused:
        require(guest, Permission.USERS_MANAGE, "manage users")
    chinese = {"Errors": {"Your role ({value}) may not {action}.": "您的角色（{value}）不能{action}。"}}
    chinese["Permissions"] = {"manage users": "管理用户"}
    said = refused.value.render(lambda context, text: chinese.get(context, {}).get(text, ""))
    assert said == "您的角色（guest）不能管理用户。" and str(refused.value) == "Your role (guest) may not manage users."


def test_actions_named_by_a_value_have_a_phrase_for_every_value() -> None:
    assert set(MINER_ACTIONS) == {action.value for action in DeviceAction}
    assert set(ROLE_ACCOUNTS) == {role.value for role in PRIVILEGED_ROLES}
    assert set(MINER_ACTIONS.values()) | set(ROLE_ACCOUNTS.values()) <= set(ACTIONS.values())


def test_refusing_to_manage_an_owner_account_says_so_in_the_readers_language() -> None:
    admin = Principal(user_id=None, username="a", role=Role.ADMIN)
    with pytest.raises(PermissionDenied) as refused:
        users._require_manage(admin, Role.OWNER)
    chinese = {("Errors", "Your role ({value}) may not {action}."): "您的角色（{value}）不能{action}。"}
    chinese["Permissions", "manage owner accounts"] = "管理所有者账户"
    said = refused.value.render(lambda context, text: chinese.get((context, text), ""))
    assert said == "您的角色（admin）不能管理所有者账户。"
