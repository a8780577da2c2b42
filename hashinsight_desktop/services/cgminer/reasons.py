"""Why an exchange with a miner failed, in the console's own words: marked texts (English by ``str()``, the reader's
language by ``render``), so the Fleet command log and a bulk result read in Chinese too. What the operating system
said (an ``strerror``) and what the reply held stay verbatim inside."""

from __future__ import annotations

from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Text

CONNECTION_REFUSED = Text(QT_TRANSLATE_NOOP("Devices", "connection refused"))
UNKNOWN_HOST = Text(QT_TRANSLATE_NOOP("Devices", "unknown host"))
EMPTY_REPLY = Text(QT_TRANSLATE_NOOP("Devices", "empty reply"))
NESTED_TOO_DEEPLY = Text(QT_TRANSLATE_NOOP("Devices", "invalid JSON: nested too deeply"))
CUT_SHORT = Text(QT_TRANSLATE_NOOP("Devices", "reply cut short (incomplete JSON)"))
OVER_BUDGET = Text(QT_TRANSLATE_NOOP("Devices", "poll took longer than its budget"))


def no_connect(seconds: float) -> Text:
    return Text(QT_TRANSLATE_NOOP("Devices", "no answer to connect within {seconds} s"), seconds=f"{seconds:g}")


def no_reply(seconds: float) -> Text:
    return Text(QT_TRANSLATE_NOOP("Devices", "no complete reply within {seconds} s"), seconds=f"{seconds:g}")


def too_large(limit: int) -> Text:
    if limit % 1024 == 0:
        return Text(QT_TRANSLATE_NOOP("Devices", "reply larger than {size} KiB"), size=limit // 1024)
    return Text(QT_TRANSLATE_NOOP("Devices", "reply larger than {size} bytes"), size=limit)


def lost_mid_reply(why: str) -> Text:
    return Text(QT_TRANSLATE_NOOP("Devices", "connection lost mid-reply: {why}"), why=why)


def lost_sending(why: str) -> Text:
    return Text(QT_TRANSLATE_NOOP("Devices", "connection lost sending the request: {why}"), why=why)


def connection_error(why: str) -> Text:
    return Text(QT_TRANSLATE_NOOP("Devices", "connection error: {why}"), why=why)


def local_limit(why: str) -> Text:
    return Text(QT_TRANSLATE_NOOP("Devices", "local limit: {why}"), why=why)


def invalid_json(why: str) -> Text:
    return Text(QT_TRANSLATE_NOOP("Devices", "invalid JSON: {why}"), why=why)


def not_an_object(kind: str) -> Text:
    return Text(QT_TRANSLATE_NOOP("Devices", "reply is a JSON {kind}, not an object"), kind=kind)
