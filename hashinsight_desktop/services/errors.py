"""Errors a user can cause; each message is fit to show as-is."""

from __future__ import annotations

from hashinsight_desktop.services.entity_names import entity_text
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Template, Text, Translate, render


class ServiceError(Exception):
    """Base class: ``str(exc)`` is a complete sentence for the user, in English; ``render(translate)`` says it in the
    reader's language when the message was given as a marked text (`services.texts`)."""

    def __init__(self, *args: object) -> None:
        self.text: str | Text = args[0] if args and isinstance(args[0], Template | Text) else ""
        super().__init__(*((str(args[0]), *args[1:]) if self.text else args))

    def render(self, translate: Translate | None = None) -> str:
        return render(self.text, translate) if self.text else str(self)


class TextError(Exception):
    """An error that is not a ServiceError (the command line gives its kind its own exit code: a keyring, a settings
    file, a database that cannot be opened) whose message is a marked text: English by ``str()``, the reader's
    language by ``render`` (`render_error`)."""

    def __init__(self, message: str | Text) -> None:
        super().__init__(str(message))
        self.text = message

    def render(self, translate: Translate | None = None) -> str:
        return render(self.text, translate)


class PermissionDenied(ServiceError):
    pass


class NotFound(ServiceError):
    pass


# A bad field and what is wrong with it, with the reader's language's punctuation (Chinese: a full-width colon).
FIELD_AND_MESSAGE = QT_TRANSLATE_NOOP("Errors", "{field}: {message}")


class ValidationError(ServiceError):
    """Bad input; ``field`` names the form field or column at fault (the key a form finds its row by), ``label`` what
    the message calls it: the field itself, unless the form or command the user typed into names it as they see it
    (`services.validation.labelled`): "Hashrate (TH/s): a number is required", "--target-kw: …", not "hashrate_ths"."""

    def __init__(self, field: str, message: str | Text, label: str | Text | None = None) -> None:
        self.field = field
        self.label: str | Text = field if label is None else label
        self.message = str(message)
        self.message_text = message
        super().__init__(f"{self.label}: {message}")

    def render(self, translate: Translate | None = None) -> str:
        return render(Text(FIELD_AND_MESSAGE, field=self.label, message=self.message_text), translate)

    def named(self, label: str | Text, message: str | Text | None = None) -> ValidationError:
        """The same error (its class, field and details kept) calling the field ``label``, optionally saying
        ``message`` instead."""
        renamed = type(self).__new__(type(self))
        renamed.__dict__.update(self.__dict__)
        if message is not None:
            renamed.message, renamed.message_text = str(message), message
        renamed.label = label
        renamed.args = (f"{label}: {renamed.message_text}",)
        return renamed

    def __reduce__(self) -> tuple[object, ...]:  # an error crossing into another process: its field and texts kept
        return _restored, (type(self), self.args, self.__dict__)


def _restored(cls: type[ValidationError], args: tuple[object, ...], state: dict[str, object]) -> ValidationError:
    error = cls.__new__(cls)
    error.args = args
    error.__dict__.update(state)
    return error


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
                entity=entity_text(entity),
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
