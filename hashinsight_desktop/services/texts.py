"""User-facing texts of the layers without Qt: marked for translation here, rendered in the reader's language there.

Services, workers and the database layer may not import Qt, yet what they say to a user (an error, a report's
label) must reach the translation files and be shown in Chinese as well as English. So:

- ``QT_TRANSLATE_NOOP("Errors", "Customer name must not be empty.")`` marks a text: `pyside6-lupdate` extracts
  calls by that name (`python -m tools.translations update`), and the call returns the English text as a ``str``
  that also remembers its context (a `Template`). Code that treats it as a plain string keeps working.
- ``Text(QT_TRANSLATE_NOOP("Errors", "No customer named {name}."), name=name)`` carries a template and its
  parameters: ``str(text)`` is the English sentence (what logs and tests see), ``text.render(translate)`` looks the
  template up with ``translate(context, source)`` (the console passes `QCoreApplication.translate`, the command
  line a `QTranslator`'s ``translate``, an invoice the customer's language's one) and fills the parameters, which
  may be texts themselves.
- `services.errors.ServiceError` accepts either and keeps it: ``str(error)`` stays English,
  ``error.render(translate)`` is the sentence in the reader's language (`render_error` for any exception).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

# (context, source text) -> its translation; "" or the source itself when there is none.
Translate = Callable[[str, str], str]


class Template(str):
    """An English source text marked for translation, with the context its translation is filed under."""

    context: str

    def __new__(cls, context: str, text: str) -> Template:
        template = super().__new__(cls, text)
        template.context = context
        return template

    def __reduce__(self) -> tuple[type[Template], tuple[str, str]]:  # pickled errors cross into child processes
        return Template, (self.context, str.__str__(self))


def QT_TRANSLATE_NOOP(context: str, text: str) -> Template:  # the name lupdate looks for
    """Marks ``text`` for extraction into the translation files under ``context``; returns it unchanged (English)."""
    return Template(context, text)


class Text:
    """A template and its parameters: English by ``str()``, any language by ``render(translate)``."""

    __slots__ = ("params", "template")

    def __init__(self, template: str, /, **params: object) -> None:
        self.template = template
        self.params = params

    def render(self, translate: Translate | None = None) -> str:
        source = render(self.template, translate)
        if not self.params:
            return source
        return source.format(**{name: _param(value, translate) for name, value in self.params.items()})

    def __str__(self) -> str:
        return self.render(None)

    def __repr__(self) -> str:
        return f"Text({str.__str__(self.template)!r}, **{self.params!r})"

    def __eq__(self, other: object) -> bool:  # equal to its English sentence too, as the str it replaced was
        if isinstance(other, str):
            return str(self) == other
        return isinstance(other, Text) and (self.template, self.params) == (other.template, other.params)

    def __hash__(self) -> int:
        return hash(str(self))

    def __contains__(self, part: str) -> bool:  # as in the English sentence, as for the str it replaced
        return part in str(self)


class Joined(Text):
    """Texts joined by a separator, each said in the reader's language: a list of problems or reasons inside one
    message (the separator may be marked too, for the language's own punctuation)."""

    __slots__ = ("parts",)

    def __init__(self, separator: str, parts: Iterable[str | Text]) -> None:
        super().__init__(separator)
        self.parts = tuple(parts)

    def render(self, translate: Translate | None = None) -> str:
        return render(self.template, translate).join(render(part, translate) for part in self.parts)

    def __repr__(self) -> str:
        return f"Joined({str.__str__(self.template)!r}, {self.parts!r})"

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Joined):
            return (self.template, self.parts) == (other.template, other.parts)
        return super().__eq__(other)

    def __hash__(self) -> int:
        return hash(str(self))

    def __bool__(self) -> bool:  # an empty list says nothing
        return bool(self.parts)


def render(text: str | Text, translate: Translate | None = None) -> str:
    """``text`` in the language of ``translate`` (English when None, or when there is no translation)."""
    if isinstance(text, Text):
        return text.render(translate)
    source = str.__str__(text)
    if translate is None or not isinstance(text, Template):
        return source
    return translate(text.context, source) or source


def _param(value: object, translate: Translate | None) -> object:
    return render(value, translate) if isinstance(value, Text | Template) else value


def render_error(error: BaseException, translate: Translate | None = None) -> str:
    """What an error says, in the language of ``translate``: a service error renders its text; others are English."""
    renderer = getattr(error, "render", None)
    if callable(renderer):
        return str(renderer(translate))
    return str(error)
