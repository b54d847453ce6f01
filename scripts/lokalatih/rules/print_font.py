"""The rule on characters in print: every text that reaches a PDF is drawn in the shipped fonts only, and a character
they lack prints as an empty box (WeasyPrint merely logs a warning). Such a character is named at its own
`line:col`, with what to write instead.

What prints: every value of module.yaml and slides.yaml, of programme.yaml (but the audience), of questions.yaml
(but the Kahoot-only `quiz` wording), of the glossary (terms and definitions), the references, the pocket card, the
limits of confidentiality and every province profile (content templates can print any value of a profile); the
facilitator texts and the facilitators page (the facilitator guide's "how to use"). Participant texts and the other
pages are read on the site only, in the reader's own fonts. Keys, HTML comments, tags, link targets and template
syntax of a text never print."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from typing import Any

from lokalatih.printing.glyphs import problem, unprintable
from lokalatih.rules.issue import Issue
from lokalatih.sources import Parsed, Sources, TextFile
from lokalatih.yamlsource import Loc, Position, YamlDocument

# The authored page the facilitator guide prints (`documents.printables.facilitator_guide`).
PRINTED_PAGE = "facilitators"

# Keys whose values never reach a PDF, per kind of file (at any depth).
_NOT_PRINTED_GLOSSARY = frozenset({"abbreviation", "source"})  # the site's tooltips and glossary page
_NOT_PRINTED_BANK = frozenset({"quiz"})  # the Kahoot sheet only
_NOT_PRINTED_PROGRAMME = frozenset({"audience"})  # the site's overview only

# The parts of a Markdown text that never print, blanked (lines and columns kept) before the text is read.
_HIDDEN = re.compile(
    r"<!--.*?-->"  # comments, such as the translation marker of an English text
    r"|\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}"  # template syntax (what it prints is checked where it comes from)
    r"|(?<=\])\([^)\n]*\)"  # link and image targets
    r"|</?[A-Za-z][^>\n]*>",  # HTML tags and their attributes
    re.DOTALL,
)


def _blanked(text: str) -> str:
    return _HIDDEN.sub(lambda match: re.sub(r"[^\n]", " ", match.group(0)), text)


def _text_issues(text: TextFile) -> list[Issue]:
    issues = []
    for number, line in enumerate(_blanked(text.source).split("\n"), start=1):
        for char, index in unprintable(line).items():
            issues.append(Issue(text.path, number, problem(char), Position(number, index + 1)))
    return issues


def _strings(data: Any, loc: Loc, skip: frozenset[str]) -> Iterator[tuple[Loc, str]]:
    if isinstance(data, str):
        yield loc, data
    elif isinstance(data, dict):
        for key, value in data.items():
            if key not in skip:
                yield from _strings(value, (*loc, key), skip)
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from _strings(value, (*loc, index), skip)


class _Places:
    """Where a character of a YAML value is written: its first occurrence between the value's start and the start of
    the next node of the file (a value written with an escape such as "\\u2192" is named at its start)."""

    def __init__(self, document: YamlDocument) -> None:
        self.document = document
        self.text = document.path.read_text(encoding="utf-8")
        self.line_starts = [0] + [match.end() for match in re.finditer("\n", self.text)]
        starts = {*document.positions.values(), *document.key_positions.values()}
        self.node_starts = sorted(self.offset(position) for position in starts)

    def offset(self, position: Position) -> int:
        return self.line_starts[min(position.line, len(self.line_starts)) - 1] + position.column - 1

    def of(self, loc: Loc, char: str) -> Position:
        start = self.document.position_of(loc)
        begin = self.offset(start)
        following = bisect.bisect_right(self.node_starts, begin)
        end = self.node_starts[following] if following < len(self.node_starts) else len(self.text)
        found = self.text.find(char, begin, end)
        if found < 0:
            return start
        line = bisect.bisect_right(self.line_starts, found)
        return Position(line, found - self.line_starts[line - 1] + 1)


def _yaml_issues(parsed: Parsed[Any], skip: frozenset[str] = frozenset()) -> list[Issue]:
    issues = []
    places: _Places | None = None
    for loc, value in _strings(parsed.document.data, (), skip):
        for char in unprintable(value):
            places = places or _Places(parsed.document)  # the file is read again only when something is wrong
            issues.append(Issue(parsed.path, loc, problem(char), places.of(loc, char)))
    return issues


def characters(sources: Sources) -> list[Issue]:
    """Every character of a printed text is in the shipped print fonts, or it prints as an empty box."""
    issues: list[Issue] = []
    for province in sources.provinces.values():
        issues += _yaml_issues(province)
    issues += _yaml_issues(sources.glossary, _NOT_PRINTED_GLOSSARY)
    issues += _yaml_issues(sources.references)
    issues += _yaml_issues(sources.pocket_card)
    issues += _yaml_issues(sources.safeguarding)
    for programme in sources.programmes:
        issues += _yaml_issues(programme.programme, _NOT_PRINTED_PROGRAMME)
        for module in programme.modules.values():
            issues += _yaml_issues(module.module)
            issues += _yaml_issues(module.bank, _NOT_PRINTED_BANK)
            if module.slides is not None:
                issues += _yaml_issues(module.slides)
            for text in [*module.facilitator.values(), *module.additions.get("facilitator", {}).values()]:
                issues += _text_issues(text)
    for page in sources.pages:
        if page.path == PRINTED_PAGE:
            for text in page.texts.values():
                issues += _text_issues(text)
    return issues
