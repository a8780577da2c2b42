"""Errors a user can cause; each message is fit to show as-is."""

from __future__ import annotations

from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Template, Text, Translate, render


class ServiceError(Exception):
    """Base class: ``str(exc)`` is a complete sentence for the user, in English; ``render(translate)`` says it in the
    reader's language when the message was given as a marked text (`services.texts`)."""

    def __init__(self, *args: object) -> None:
        self.text: str | Text = args[0] if args and isinstance(args[0], Template | Text) else ""
        super().__init__(*((str(args[0]), *args[1:]) if self.text else args))

    def render(self, translate: Translate | None = None) -> str:
        return render(self.text, translate) if self.text else str(self)


class PermissionDenied(ServiceError):
    pass


class NotFound(ServiceError):
    pass


class ValidationError(ServiceError):
    """Bad input; ``field`` names the form field or column at fault."""

    def __init__(self, field: str, message: str | Text) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = str(message)
        self.message_text = message

    def render(self, translate: Translate | None = None) -> str:
        return f"{self.field}: {render(self.message_text, translate)}"


class ConcurrentModificationError(ServiceError):
    """A save based on a stale copy: someone else changed the record first."""

    def __init__(self, entity: str) -> None:
        super().__init__(
            Text(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "This {entity} was changed by someone else since you opened it; "
                    "your changes were not saved. It has been reloaded — apply them again.",
                ),
                entity=entity,
            )
        )
        self.entity = entity


class AuthenticationError(ServiceError):
    pass


class LoginThrottled(AuthenticationError):
    def __init__(self, retry_after_s: float) -> None:
        seconds = max(1, round(retry_after_s))
        super().__init__(
            Text(QT_TRANSLATE_NOOP("Errors", "Too many failed logins; try again in {seconds} s."), seconds=seconds)
        )
        self.retry_after_s = retry_after_s
