"""A conflict or a missing record names the record in the reader's language: every record name a service passes as
plain English (unit_of_work, flush, check_version, ConcurrentModificationError, not_found_message, get_visible) is
registered for translation in services/entity_names."""

from __future__ import annotations

from hashinsight_desktop.services.entity_names import ENTITIES
from hashinsight_desktop.services.errors import ConcurrentModificationError
from tests.support.literal_arguments import literal_arguments

ENTITY_ARGUMENT = {
    "unit_of_work": 1,
    "flush": 1,
    "check_version": 0,
    "ConcurrentModificationError": 0,
    "not_found_message": 0,
    "get_visible": 4,
}


def test_every_record_name_is_registered_for_translation() -> None:
    names = literal_arguments(ENTITY_ARGUMENT, "entity")
    assert len(names) > 30  # the scan found the call sites
    assert sorted(names - set(ENTITIES)) == []


def test_a_conflict_names_the_record_in_the_readers_language() -> None:
    conflict = ConcurrentModificationError("curtailment plan")
    template = (
        "This {entity} was changed by someone else since you opened it; "
        "your changes were not saved. It has been reloaded — apply them again."
    )
    chinese = {
        template: "此{entity}在您打开后已被他人修改；您的更改未保存。已重新载入，请再次应用。",
        "curtailment plan": "削减计划",
    }
    said = conflict.render(lambda context, text: chinese.get(text, "") if context == "Errors" else "")
    assert said.startswith("此削减计划在您打开后已被他人修改") and str(conflict).startswith("This curtailment plan was")
