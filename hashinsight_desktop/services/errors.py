"""Errors a user can cause; each message is fit to show as-is."""

from __future__ import annotations


class ServiceError(Exception):
    """Base class: ``str(exc)`` is a complete sentence for the user."""


class PermissionDenied(ServiceError):
    pass


class NotFound(ServiceError):
    pass


class ValidationError(ServiceError):
    """Bad input; ``field`` names the form field or column at fault."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


class ConcurrentModificationError(ServiceError):
    """A save based on a stale copy: someone else changed the record first."""

    def __init__(self, entity: str) -> None:
        super().__init__(
            f"This {entity} was changed by someone else since you opened it; "
            "your changes were not saved. It has been reloaded — apply them again."
        )
        self.entity = entity


class AuthenticationError(ServiceError):
    pass


class LoginThrottled(AuthenticationError):
    def __init__(self, retry_after_s: float) -> None:
        super().__init__(f"Too many failed logins; try again in {max(1, round(retry_after_s))} s.")
        self.retry_after_s = retry_after_s
