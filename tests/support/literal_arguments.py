"""The literal strings the console's code passes to given functions as one named argument: for the tests that hold
such phrases (record names, permission actions) to a registry of translatable texts. The package is parsed once."""

from __future__ import annotations

import ast
import functools
from collections.abc import Mapping
from pathlib import Path

import hashinsight_desktop


@functools.cache
def _modules() -> tuple[ast.Module, ...]:
    package = Path(hashinsight_desktop.__file__).parent
    return tuple(ast.parse(path.read_text()) for path in sorted(package.rglob("*.py")))


def literal_arguments(positions: Mapping[str, int], keyword: str) -> set[str]:
    """Every string given to ``keyword`` of the functions named in ``positions`` (name → the argument's index when
    passed by position) anywhere in the package: literals, module constants they name, and the functions' defaults."""
    return {found for tree in _modules() for found in _of_module(tree, positions, keyword)}


def _of_module(tree: ast.Module, positions: Mapping[str, int], keyword: str) -> set[str]:
    constants = {
        target.id: node.value.value
        for node in tree.body
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str)
        for target in node.targets
        if isinstance(target, ast.Name)
    }
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef) and node.name in positions:
            named = [a.arg for a in node.args.args]
            defaults = dict(zip(named[len(named) - len(node.args.defaults) :], node.args.defaults, strict=True))
            if isinstance(default := defaults.get(keyword), ast.Constant):
                found.add(default.value)
        if not isinstance(node, ast.Call):
            continue
        name = getattr(node.func, "id", None) or getattr(node.func, "attr", "")
        if name not in positions:
            continue
        given = next((k.value for k in node.keywords if k.arg == keyword), None)
        if given is None and len(node.args) > positions[name]:
            given = node.args[positions[name]]
        if isinstance(given, ast.Constant) and isinstance(given.value, str):
            found.add(given.value)
        elif isinstance(given, ast.Name) and given.id in constants:
            found.add(constants[given.id])
    return found
