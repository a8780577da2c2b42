"""Password hashing: argon2id with a rehash whenever the parameters change."""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from hashinsight_desktop.services.errors import ValidationError
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Text

MIN_PASSWORD_LENGTH = 10
_hasher = PasswordHasher()  # argon2id, RFC 9106 low-memory profile


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(stored_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(stored_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def needs_rehash(stored_hash: str) -> bool:
    return _hasher.check_needs_rehash(stored_hash)


def validate_new_password(password: str, username: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationError(
            "password",
            Text(
                QT_TRANSLATE_NOOP("Errors", "must be at least {MIN_PASSWORD_LENGTH} characters long"),
                MIN_PASSWORD_LENGTH=MIN_PASSWORD_LENGTH,
            ),
        )
    if password.strip().lower() == username.strip().lower():
        raise ValidationError("password", QT_TRANSLATE_NOOP("Errors", "must not be the user name"))
