"""Every user-visible string of the console goes through Qt's translation: a scan of the ui package's
source for text handed straight to a Qt call that shows it (a widget's label, tooltip, title,
placeholder, header, menu, message box…), and for translation calls lupdate cannot read (an f-string
or a variable inside tr()). Each finding is named file:line so it can be fixed where it is."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

_MARKUP = re.compile(r"<[^<>]*>")
UI_ROOT = Path(__file__).resolve().parents[2] / "hashinsight_desktop" / "ui"

# Constructors and methods whose string arguments are shown to the user.
TEXT_CALLS = frozenset(
    {
        "QLabel",
        "QPushButton",
        "QCheckBox",
        "QGroupBox",
        "QAction",
        "QRadioButton",
        "QToolButton",
        "QMenu",
        "setText",
        "setToolTip",
        "setWindowTitle",
        "setPlaceholderText",
        "addAction",
        "addTab",
        "setStatusTip",
        "showMessage",
        "setHorizontalHeaderLabels",
        "setHeaderLabels",
        "addItem",
        "addItems",
        "setTitle",
        "addRow",
        "setLabelText",
        "setSuffix",
        "setPrefix",
        "setSpecialValueText",
        "setFormat",
        "addMenu",
        "setWhatsThis",
        "setLabel",
        "TextItem",
        "QFileDialog",
        "getSaveFileName",
        "getOpenFileName",
        "getExistingDirectory",
        "getText",
        "getItem",
        "setNameFilter",
        # the project's own dialogs: show_error(parent, title, message), confirm(parent, title, question, on_yes)
        "show_error",
        "confirm",
        "line_edit",  # line_edit(placeholder, text)
        "add_field",  # add_field(key, label, widget): the key is not shown
        "add_text_field",  # add_text_field(key, label, text, placeholder, …): the key and text are not shown
        "set_status",  # the project's status lines, banners and error boxes
        "_set_status",
        "show_banner",
        "set_empty_text",
        "offer_retry",
        "_error",
    }
)
# QMessageBox's static dialogs (only on QMessageBox: log.warning(...) is not shown to the user).
MESSAGE_BOXES = frozenset({"information", "warning", "critical", "question", "about"})
# Keyword arguments that carry shown text, whatever the call (QLineEdit(placeholderText=...), …).
TEXT_KEYWORDS = frozenset(
    {"text", "placeholderText", "toolTip", "windowTitle", "title", "statusTip", "label", "name", "hint"}
)
# The calls that translate; their text argument must be a plain literal lupdate can extract.
TRANSLATE_CALLS = {"tr": 0, "_t": 0, "_tr": 0, "translate": 1}

# Literals that are not prose, so have nothing to translate. Each says why.
ALLOWED = {
    "db.farm.local": "an example host name in a placeholder",
    "hashinsight": "the default PostgreSQL database and user name, typed as is",
    "miners.xlsx": "a default file name",
    "smtp.example.com": "an example host name in a placeholder",
    "farm-alerts@example.com": "an example address in a placeholder",
    "ops@example.com, night@example.com": "example addresses in a placeholder",
}


def _has_letters(text: str) -> bool:
    """Letters outside HTML tags: markup around translated text (``<b>{name}</b>``) has nothing to translate."""
    return any(char.isalpha() for char in _MARKUP.sub("", text))


def _call_name(func: ast.expr) -> str | None:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return None


def _untranslated(node: ast.expr) -> str | None:
    """The text of ``node`` if it is literal prose that never passed through a translation call."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value if _has_letters(node.value) and node.value not in ALLOWED else None
    if isinstance(node, ast.JoinedStr):
        literal = "".join(
            part.value for part in node.values if isinstance(part, ast.Constant) and isinstance(part.value, str)
        )
        return ast.unparse(node) if _has_letters(literal) else None
    if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Add, ast.Mod)):
        return _untranslated(node.left) or _untranslated(node.right)
    if isinstance(node, ast.IfExp):
        return _untranslated(node.body) or _untranslated(node.orelse)
    if isinstance(node, (ast.List, ast.Tuple)):
        return next((text for element in node.elts if (text := _untranslated(element))), None)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in {"format", "join"}:
        # "Rows: {n}".format(n=...) is still an untranslated template; a join of literals likewise.
        return _untranslated(node.func.value) or next(
            (text for argument in node.args if (text := _untranslated(argument))), None
        )
    if isinstance(node, ast.Subscript):  # ("Host", "Result")[section]
        return _untranslated(node.value)
    return None


def _is_lookup(call: ast.Call) -> bool:
    """``translator.translate(context, text)``: a QTranslator asked for a text lupdate extracted elsewhere, not a
    translation call (those are ``QCoreApplication.translate`` or a bare ``translate``)."""
    func = call.func
    return (
        isinstance(func, ast.Attribute)
        and func.attr == "translate"
        and _call_name(func.value) not in {"QCoreApplication", "QApplication", "QGuiApplication"}
    )


def _shows_text(call: ast.Call, name: str | None) -> bool:
    if name == "emit":  # a notice signal carries a message for the status line
        return isinstance(call.func, ast.Attribute) and _call_name(call.func.value) == "notice"
    if name in MESSAGE_BOXES:
        return isinstance(call.func, ast.Attribute) and _call_name(call.func.value) == "QMessageBox"
    return name in TEXT_CALLS


def _text_arguments(call: ast.Call, name: str) -> list[ast.expr]:
    if name == "setLabel":  # pyqtgraph: setLabel(axis, text): the axis is a key
        return list(call.args[1:])
    if name == "add_field":
        return list(call.args[1:2])
    if name == "add_text_field":
        return [call.args[i] for i in (1, 3) if i < len(call.args)]
    if name == "addItem" and len(call.args) >= 2:
        # addItem(text, userData) or addItem(icon, text, userData): the user data is not shown.
        text_is_first = not isinstance(call.args[0], ast.Name) or len(call.args) == 2
        return [call.args[0]] if text_is_first else [call.args[1]]
    return list(call.args)


def _is_docstring(statement: ast.stmt) -> bool:
    return isinstance(statement, ast.Expr) and isinstance(statement.value, ast.Constant)


def _helper_calls(tree: ast.AST) -> Iterator[ast.Call]:
    """The translate call inside a module's one-line helper (``def _t(text): return translate("Ctx", text)``):
    it translates its argument, and the literals are checked where the helper is called."""
    for node in ast.walk(tree):
        if not isinstance(node, ast.FunctionDef):
            continue
        body = [statement for statement in node.body if not _is_docstring(statement)]
        if len(body) == 1 and isinstance(body[0], ast.Return):
            value = body[0].value
            if isinstance(value, ast.Call) and _call_name(value.func) in TRANSLATE_CALLS:
                yield value


def _findings_in(path: Path, root: Path) -> Iterator[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    where = path.relative_to(root)
    helpers = {id(call) for call in _helper_calls(tree)}
    lines = path.read_text(encoding="utf-8").splitlines()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            name = _call_name(node.func)
            if name is not None and _shows_text(node, name):
                for argument in _text_arguments(node, name):
                    if text := _untranslated(argument):
                        yield f"{where}:{node.lineno}: {name}({text[:60]!r}) is not translated"
            for keyword in node.keywords:
                if keyword.arg in TEXT_KEYWORDS and (text := _untranslated(keyword.value)):
                    yield f"{where}:{node.lineno}: {keyword.arg}={text[:60]!r} is not translated"
            if (
                name in TRANSLATE_CALLS
                and len(node.args) > TRANSLATE_CALLS[name]
                and id(node) not in helpers
                and not _is_lookup(node)
            ):
                source = node.args[TRANSLATE_CALLS[name]]
                # A variable is fine where its literals are marked with QT_TRANSLATE_NOOP and the line says so.
                noop_marked = "QT_TRANSLATE_NOOP" in lines[node.lineno - 1].partition("#")[2]
                if not (isinstance(source, ast.Constant) and isinstance(source.value, str)) and not noop_marked:
                    yield f"{where}:{node.lineno}: {name}() of {ast.unparse(source)[:60]} (lupdate needs a literal)"
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.name == "headerData":
            for inner in ast.walk(node):
                if isinstance(inner, ast.Return) and inner.value is not None and (text := _untranslated(inner.value)):
                    yield f"{where}:{inner.lineno}: headerData returns {text[:60]!r} untranslated"


def scan(root: Path = UI_ROOT) -> list[str]:
    return [finding for path in sorted(root.rglob("*.py")) for finding in _findings_in(path, root.parents[1])]


def test_every_shown_string_is_translated() -> None:
    findings = scan()
    assert not findings, f"{len(findings)} strings shown without translation:\n" + "\n".join(findings)


@pytest.mark.parametrize(
    "source",
    [
        'QLabel("Sites")',
        'QLabel("<b>Users per role</b>")',
        'button.setToolTip(f"Stop {n} miners")',
        'box.setText("Rows: {n}".format(n=3))',
        'QMessageBox.warning(self, self.tr("Save"), "Could not save")',
        'QLineEdit(placeholderText="Filter by site")',
        'combo.addItem("All models", "")',
        'self.tr(f"{n} miners")',
        "_t(label)",
        "_t(label)  # not a marker",
        'def headerData(self, section):\n    return ("Host", "Result")[section]',
    ],
)
def test_the_scan_catches(source: str, tmp_path: Path) -> None:
    (tmp_path / "module.py").write_text(source, encoding="utf-8")
    assert list(_findings_in(tmp_path / "module.py", tmp_path))


@pytest.mark.parametrize(
    "source",
    [
        'QLabel(self.tr("Sites"))',
        'box.setText(self.tr("Rows: {n}").format(n=3))',
        "title.setText(f\"<span style='font-size: 11pt'><b>{html.escape(name)}</b></span>\")",
        'spin.setSuffix(" %")',
        'QLineEdit(placeholderText="db.farm.local")',
        'combo.addItem(_t("Hashing"), "hashing")',
        'QCoreApplication.translate("Context", "Done")',
        "label.setText(value)",
        'QCoreApplication.translate("Model", str(TITLES[section]))  # QT_TRANSLATE_NOOP where TITLES is',
        "translator.translate(context, source)",
    ],
)
def test_the_scan_passes(source: str, tmp_path: Path) -> None:
    (tmp_path / "module.py").write_text(source, encoding="utf-8")
    assert not list(_findings_in(tmp_path / "module.py", tmp_path))


def _base_classes_using_self_tr(root: Path = UI_ROOT) -> list[str]:
    """PySide6's ``self.tr`` looks a text up under the object's runtime class, while lupdate files it under
    the class whose source holds it: in a class other ui classes derive from, the subclasses' texts are
    never found. Such a class translates with a fixed context (``QCoreApplication.translate``)."""
    trees = {path: ast.parse(path.read_text(encoding="utf-8")) for path in sorted(root.rglob("*.py"))}
    classes = [
        (path, node) for path, tree in trees.items() for node in ast.walk(tree) if isinstance(node, ast.ClassDef)
    ]
    derived_from = {
        _call_name(base.value if isinstance(base, ast.Subscript) else base) for _, c in classes for base in c.bases
    }
    findings = []
    for path, cls in classes:
        if cls.name not in derived_from:
            continue
        for node in ast.walk(cls):
            func = node.func if isinstance(node, ast.Call) else None
            if isinstance(func, ast.Attribute) and func.attr == "tr" and _call_name(func.value) == "self":
                findings.append(
                    f"{path.relative_to(root.parents[1])}:{node.lineno}: self.tr in {cls.name}, a base class"
                )
    return findings


def test_base_classes_translate_in_a_fixed_context() -> None:
    findings = _base_classes_using_self_tr()
    assert not findings, "\n".join(findings)
