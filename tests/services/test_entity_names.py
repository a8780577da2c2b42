"""A conflict or a missing record names the record in the reader's language: every record name a service passes as
plain English (unit_of_work, flush, check_version, ConcurrentModificationError, not_found_message, get_visible) is
registered for translation in services/entity_names."""

from __future__ import annotations

import ast
from pathlib import Path

import hashinsight_desktop
from hashinsight_desktop.services.entity_names import ENTITIES
from hashinsight_desktop.services.errors import ConcurrentModificationError

ENTITY_ARGUMENT = {
    "unit_of_work": 1,
    "flush": 1,
    "check_version": 0,
    "ConcurrentModificationError": 0,
    "not_found_message": 0,
    "get_visible": 4,
}


def _names(tree: ast.Module) -> set[str]:
    constants = {
        target.id: node.value.value
        for node in tree.body
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str)
        for target in node.targets
        if isinstance(target, ast.Name)
    }
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef) and node.name in ENTITY_ARGUMENT:
            named = [a.arg for a in node.args.args]
            defaults = dict(zip(named[len(named) - len(node.args.defaults) :], node.args.defaults, strict=True))
            if isinstance(default := defaults.get("entity"), ast.Constant):
                found.add(default.value)
        if not isinstance(node, ast.Call):
            continue
        name = getattr(node.func, "id", None) or getattr(node.func, "attr", "")
        if name not in ENTITY_ARGUMENT:
            continue
        given = next((k.value for k in node.keywords if k.arg == "entity"), None)
        if given is None and len(node.args) > ENTITY_ARGUMENT[name]:
            given = node.args[ENTITY_ARGUMENT[name]]
        if isinstance(given, ast.Constant) and isinstance(given.value, str):
            found.add(given.value)
        elif isinstance(given, ast.Name) and given.id in constants:
            found.add(constants[given.id])
    return found


def test_every_record_name_is_registered_for_translation() -> None:
    package = Path(hashinsight_desktop.__file__).parent
    names = {name for path in package.rglob("*.py") for name in _names(ast.parse(path.read_text()))}
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
