"""The package's sources as lupdate should read them: one-line translation helpers spelled out.

Many modules translate through a helper, ``def _t(text): return QCoreApplication.translate("Context", text)``,
and call ``_t("Save")``. pyside6-lupdate does not follow the helper: it skips ``_t("Save")`` and files a bare
``tr("Save")`` (a module function named ``tr``) under the empty context, where the running console never looks.
So the extraction reads a copy of the package in which each such call is rewritten, on its own line (the
``.ts`` locations stay right), as the call the helper makes: ``QCoreApplication.translate("Context", "Save")``.
"""

from __future__ import annotations

import ast
import re
import shutil
from pathlib import Path

TRANSLATE = "QCoreApplication.translate"
# What a helper's body looks like (QCoreApplication's or another translator's, e.g. a customer's document language).
HELPER_RETURN = re.compile(r"return [\w.]+(?:\(\))?\.translate\(")
# A source text in parentheses, ``translate("CLI", ("…" "…"))`` (how a formatter wraps a long one): lupdate skips it.
PARENTHESISED = re.compile(
    r'((?:translate|QT_TRANSLATE_NOOP|QT_TR_NOOP)\(\s*"[^"\n]*",\s*)\(((?:\s*"(?:[^"\\\n]|\\.)*")+\s*)\)'
)


def _translate_call(node: ast.expr | None) -> ast.Call | None:
    if not isinstance(node, ast.Call) or len(node.args) < 2:
        return None
    func = node.func
    name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else None
    return node if name == "translate" else None


def helpers(tree: ast.Module) -> dict[str, str]:
    """Module-level functions that return ``translate("Context", <their first parameter>)``: name -> context."""
    found: dict[str, str] = {}
    for node in tree.body:
        if not isinstance(node, ast.FunctionDef) or not node.args.args:
            continue
        body = [s for s in node.body if not (isinstance(s, ast.Expr) and isinstance(s.value, ast.Constant))]
        call = _translate_call(body[0].value) if len(body) == 1 and isinstance(body[0], ast.Return) else None
        if call is None:
            continue
        context, source = call.args[0], call.args[1]
        if (
            isinstance(context, ast.Constant)
            and isinstance(context.value, str)
            and isinstance(source, ast.Name)
            and source.id == node.args.args[0].arg
        ):
            found[node.name] = context.value
    return found


def imported_helpers(tree: ast.Module, theirs: dict[str, dict[str, str]]) -> dict[str, str]:
    """Helpers this module imports from another module of the package (``from …dialogs import tr``);
    ``theirs``: each module's helpers, by dotted name."""
    found: dict[str, str] = {}
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and node.module in theirs:
            for alias in node.names:
                if alias.name in theirs[node.module]:
                    found[alias.asname or alias.name] = theirs[node.module][alias.name]
    return found


def rewritten(text: str, known: dict[str, str]) -> str:
    """``text`` with every call of a helper in ``known`` whose first argument is a literal written as the
    ``translate`` call it makes; line numbers unchanged."""
    if not known:
        return text
    tree = ast.parse(text)
    edits: list[tuple[int, int, int, str]] = []  # line (0-based), start column, end column, replacement
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id in known
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            func = node.func
            assert func.end_col_offset is not None
            edits.append((func.lineno - 1, func.col_offset, func.end_col_offset, f'{TRANSLATE}("{known[func.id]}", '))
    lines = text.splitlines(keepends=True)
    # Right to left on a line, so the columns of the edits still to make stay valid. Offsets are UTF-8 bytes.
    for line, start, end, replacement in sorted(edits, reverse=True):
        raw = lines[line].encode("utf-8")
        assert raw[end : end + 1] == b"(", f"line {line + 1}: a helper call without its parenthesis"
        lines[line] = (raw[:start] + replacement.encode() + raw[end + 1 :]).decode("utf-8")
    return "".join(lines)


def unparenthesised(text: str) -> str:
    """``text`` with the parentheses around a source text made spaces (columns and line numbers unchanged)."""
    return PARENTHESISED.sub(lambda m: f"{m.group(1)} {m.group(2)} ", text)


def copy_for_extraction(package: Path, dest: Path) -> list[Path]:
    """The package's modules copied under ``dest`` (same relative paths) as lupdate should read them."""
    texts = {
        path: unparenthesised(path.read_text(encoding="utf-8"))
        for path in sorted(package.rglob("*.py"))
        if "__pycache__" not in path.parts
    }
    # Only modules that can hold a helper are parsed (parsing them all takes seconds).
    modules = {".".join(path.relative_to(package.parent).with_suffix("").parts): path for path in texts}
    theirs = {
        name: found
        for name, path in modules.items()
        if HELPER_RETURN.search(texts[path]) and (found := helpers(ast.parse(texts[path])))
    }
    copies = []
    for name, path in modules.items():
        text = texts[path]
        if name in theirs or any(f"from {module} import" in text for module in theirs):
            tree = ast.parse(text)
            text = rewritten(text, {**imported_helpers(tree, theirs), **theirs.get(name, {})})
        target = dest / package.name / path.relative_to(package)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
        copies.append(target)
    return copies


def copy_ts(source: Path, dest: Path) -> None:
    dest.parent.mkdir(parents=True, exist_ok=True)
    if source.exists():
        shutil.copyfile(source, dest)
