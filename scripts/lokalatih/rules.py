"""What makes a module teachable, checked on every build so that a later edit cannot silently drop it.

The pydantic models check shapes; these rules check the texts: which blocks a facilitator text must carry, which
blocks participants must never see, how long a participant reading must be, and what participatory activities owe
the facilitator (likely answers and debrief questions).
"""

from __future__ import annotations

import itertools
import math
import re
import urllib.parse
from dataclasses import dataclass
from pathlib import Path

from lokalatih.labels import ADMONITION_TITLES, BLOCK_LABELS
from lokalatih.model.common import Method
from lokalatih.model.module import ModuleSpec

# Blocks for facilitators only: they render as marked boxes on session plans and never on participant pages.
FACILITATOR_BLOCKS = tuple(BLOCK_LABELS)
# Material's admonition types: anything else is a typo that would render as an unstyled box.
STANDARD_BLOCKS = tuple(ADMONITION_TITLES)
REQUIRED_BLOCKS = ("safeguarding", "inclusion")
REQUIRED_IN_HYBRID = ("hybrid",)
MIN_PARTICIPANT_WORDS = 700
# Methods where the room talks back; the others are the facilitator speaking or a test.
NOT_PARTICIPATORY = {Method.PRESENTATION, Method.TEST, Method.Q_AND_A, Method.ENERGISER}
# A quiet individual reflection is participatory but has no answers to steer or debrief.
NO_GUIDE_NEEDED = NOT_PARTICIPATORY | {Method.INDIVIDUAL_REFLECTION}

# The line shape Python-Markdown's admonition extension (and mkdocs-static-i18n) recognise.
_BLOCK = re.compile(r'^[ \t]*!!! ?(?P<type>[\w-]+)(?: +[\w-]+)*(?: +"(?P<title>.*?)")? *$')
_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")
_CODE = re.compile(r"```.*?```|`[^`]*`", re.DOTALL)
_LINK_TARGET = re.compile(r"\]\([^)]*\)")
_BLOCK_LINE = re.compile(r"^[ \t]*!!!.*$", re.MULTILINE)


@dataclass(frozen=True)
class Block:
    type: str
    line: int


@dataclass(frozen=True)
class Problem:
    line: int
    where: str
    message: str


def blocks_in(markdown: str) -> list[Block]:
    return [
        Block(match.group("type").lower(), number)
        for number, text in enumerate(markdown.splitlines(), start=1)
        if (match := _BLOCK.match(text))
    ]


def count_words(markdown: str) -> int:
    """Words a reader reads: code, link targets and block markers do not count."""
    text = _BLOCK_LINE.sub(" ", _LINK_TARGET.sub("]", _CODE.sub(" ", markdown)))
    return len(_WORD.findall(text))


def block_problems(markdown: str, *, facilitator: bool, required: tuple[str, ...] = ()) -> list[Problem]:
    problems = []
    found = blocks_in(markdown)
    allowed = STANDARD_BLOCKS + (FACILITATOR_BLOCKS if facilitator else ())
    for block in found:
        if block.type in FACILITATOR_BLOCKS and not facilitator:
            problems.append(
                Problem(block.line, "", f"'{block.type}' blocks are for facilitator texts only, not participant texts")
            )
        elif block.type not in allowed:
            problems.append(
                Problem(block.line, "", f"unknown block type '{block.type}'; use one of: {', '.join(allowed)}")
            )
    present = {block.type for block in found}
    for name in required:
        if name not in present:
            problems.append(Problem(1, "", f"missing the '!!! {name}' block every session plan needs"))
    return problems


def reading_length_problem(markdown: str) -> Problem | None:
    words = count_words(markdown)
    if words < MIN_PARTICIPANT_WORDS:
        return Problem(1, "", f"the participant reading has {words} words; at least {MIN_PARTICIPANT_WORDS} are needed")
    return None


def activity_problems(spec: ModuleSpec) -> list[tuple[tuple[str | int, ...], str]]:
    """(location in module.yaml, message) for every activity that leaves the facilitator without a guide."""
    problems: list[tuple[tuple[str | int, ...], str]] = []
    participatory = [index for index, a in enumerate(spec.activities) if a.method not in NOT_PARTICIPATORY]
    if not participatory:
        problems.append((("activities",), "needs at least one participatory activity (not only presentation or test)"))
    for index, activity in enumerate(spec.activities):
        if activity.method in NO_GUIDE_NEEDED:
            continue
        if not activity.expected_answers:
            problems.append((("activities", index), f"'{activity.key}' ({activity.method}) needs expected_answers"))
        if not activity.debrief:
            problems.append((("activities", index), f"'{activity.key}' ({activity.method}) needs debrief questions"))
    return problems


# Which worksheet kinds take rows and columns from module.yaml (the others have a fixed layout).
WORKSHEET_SHAPES: dict[str, tuple[bool, bool]] = {
    "journey-map": (True, True),
    "problem-tree": (False, False),
    "compliance-plan": (True, False),
    "self-assessment": (True, False),
    "action-plan": (False, False),
}


def handout_problems(spec: ModuleSpec, glossary_keys: set[str]) -> list[tuple[tuple[str | int, ...], str]]:
    problems: list[tuple[tuple[str | int, ...], str]] = []
    for index, key in enumerate(spec.handout.glossary):
        if key not in glossary_keys:
            problems.append((("handout", "glossary", index), f"no term '{key}' in modules/glossary.yaml"))
        elif key in spec.handout.glossary[:index]:
            problems.append((("handout", "glossary", index), f"term '{key}' is listed twice"))
    activities = {activity.key for activity in spec.activities}
    for index, sheet in enumerate(spec.worksheets):
        loc: tuple[str | int, ...] = ("worksheets", index)
        if sheet.activity not in activities:
            problems.append(((*loc, "activity"), f"no activity '{sheet.activity}' in this module"))
        wants_rows, wants_columns = WORKSHEET_SHAPES[sheet.kind]
        for name, wanted, present in (("rows", wants_rows, sheet.rows), ("columns", wants_columns, sheet.columns)):
            if wanted and len(present) < 2:
                problems.append((loc, f"a {sheet.kind} worksheet needs at least two {name}"))
            if not wanted and present:
                problems.append(((*loc, name), f"a {sheet.kind} worksheet has a fixed layout: remove {name}"))
    return problems


_MD_IMAGE = re.compile(r"!\[(?P<alt>[^\]]*)\]\((?P<src><[^>]*>|[^)\s]*)[^)]*\)")
_HTML_IMAGE = re.compile(r"<img\b(?P<attrs>[^>]*)>", re.IGNORECASE)
_ALT = re.compile(r"""\balt\s*=\s*(["'])(?P<text>.*?)\1""", re.IGNORECASE | re.DOTALL)
_SRC = re.compile(r"""\bsrc\s*=\s*(["'])(?P<src>.*?)\1""", re.IGNORECASE | re.DOTALL)
_SCHEME = re.compile(r"^(?:[a-z][a-z0-9+.-]*:|//)", re.IGNORECASE)
IMAGE_TYPES = (".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp", ".avif")


@dataclass(frozen=True)
class Image:
    line: int
    source: str  # as written: a path relative to the text
    alt: str
    html: bool  # an <img> tag rather than ![alt](file)


def images_in(markdown: str) -> list[Image]:
    """Every image of a text, Markdown `![alt](file)` and HTML `<img>` alike, with its line."""
    found = []
    for number, line in enumerate(markdown.splitlines(), start=1):
        for match in _MD_IMAGE.finditer(line):
            source = match.group("src").removeprefix("<").removesuffix(">")
            found.append(Image(number, source, match.group("alt"), html=False))
        for match in _HTML_IMAGE.finditer(line):
            alt, src = _ALT.search(match.group("attrs")), _SRC.search(match.group("attrs"))
            found.append(Image(number, src.group("src") if src else "", alt.group("text") if alt else "", html=True))
    return found


def image_file(source: str, folder: Path) -> Path:
    """The file an image shows: a path relative to the folder of its text, as MkDocs resolves it from the generated
    page (the site publishes the text's images at the page's place). No URL: the site loads nothing from other
    hosts; and no climbing out of the folder (a module's questions.yaml is next door and must never be public)."""
    return (folder / urllib.parse.unquote(source.split("#", 1)[0].split("?", 1)[0])).resolve()


def image_source_problem(source: str, folder: Path, root: Path) -> str | None:
    """Why an image path of a text in `folder` cannot be published, or None; paths in messages are from `root`."""
    shown = source if len(source) <= 60 else source[:57] + "..."
    if source.lower().startswith(("http:", "https:", "//")):
        return (
            f"image '{shown}' is on another host; the site loads nothing from third-party hosts: "
            "save the file next to the text"
        )
    if _SCHEME.match(source) or source.startswith("/") or not source:
        return f"image '{shown}' is not a file next to the text: give a path relative to it, e.g. 'map.png'"
    if "{{" in source or "{%" in source:
        return f"image '{shown}': image paths cannot use template syntax"
    file, folder = image_file(source, folder), folder.resolve()
    if not file.is_relative_to(folder):
        return f"image '{shown}' is outside the text's folder {folder.relative_to(root).as_posix()}/"
    if file.suffix.lower() not in IMAGE_TYPES or Path(source.split("?")[0]).suffix.lower() not in IMAGE_TYPES:
        return f"image '{shown}' is not an image file ({', '.join(IMAGE_TYPES)})"
    if not file.is_file():
        return f"image '{shown}' not found (looked in {file.parent.relative_to(root).as_posix()}/)"
    return None


def image_problems(markdown: str, text: Path, root: Path) -> list[Problem]:
    """Every image needs alt text (screen-reader users and readers on slow connections depend on it) and a file
    next to the text; `text` is where the Markdown lives, `root` the kit (messages name paths from there)."""
    problems = []
    for image in images_in(markdown):
        if not image.alt.strip():
            wanted = 'add alt="..." saying what it shows' if image.html else "write what it shows in ![...]"
            problems.append(Problem(image.line, "", f"image without alt text: {wanted}"))
        message = image_source_problem(image.source, text.parent, root.resolve())
        if message:
            problems.append(Problem(image.line, "", message))
    return problems


# Methods where the room splits up (or a panel sits): the plan must say into how many groups of how many people.
GROUPED_METHODS = {
    Method.SMALL_GROUP_WORK,
    Method.ROLE_PLAY,
    Method.MAPPING,
    Method.GALLERY_WALK,
    Method.CASE_STUDY,
    Method.PANEL_DISCUSSION,
}


def teaching_problems(spec: ModuleSpec, participants: int) -> list[tuple[tuple[str | int, ...], str]]:
    """`teaches` points at real objectives; every group activity states a grouping that fits the room."""
    problems: list[tuple[tuple[str | int, ...], str]] = []
    objectives = [objective.key for objective in spec.objectives]
    for index, activity in enumerate(spec.activities):
        loc: tuple[str | int, ...] = ("activities", index)
        for key_index, key in enumerate(activity.teaches):
            if key not in objectives:
                problems.append(((*loc, "teaches", key_index), f"no objective '{key}'; known: {', '.join(objectives)}"))
        groups = activity.groups
        if groups is None:
            if activity.method in GROUPED_METHODS:
                problems.append(
                    (loc, f"'{activity.key}' ({activity.method}) needs `groups:` (count, min_size, max_size)")
                )
            continue
        if groups.min_size > groups.max_size:
            problems.append(((*loc, "groups"), "min_size is larger than max_size"))
        elif activity.method != Method.PANEL_DISCUSSION and not (
            groups.count * groups.min_size <= participants <= groups.count * groups.max_size
        ):
            problems.append(
                (
                    (*loc, "groups"),
                    f"{groups.count} groups of {groups.min_size}-{groups.max_size} hold "
                    f"{groups.count * groups.min_size}-{groups.count * groups.max_size} people, "
                    f"not the programme's {participants}",
                )
            )
    return problems


def test_slot_problems(
    spec: ModuleSpec, items: int, minutes_per_item: float
) -> list[tuple[tuple[str | int, ...], str]]:
    """A test activity must give every participant time for every item of the blueprint."""
    needed = math.ceil(items * minutes_per_item)
    return [
        (
            ("activities", index, "minutes"),
            f"'{activity.key}' gives {activity.minutes} minutes for a test of {items} items; at "
            f"{minutes_per_item:g} minutes per item it needs at least {needed}",
        )
        for index, activity in enumerate(spec.activities)
        if activity.method == Method.TEST and activity.minutes < needed
    ]


CONFIDENTIALITY_VARIABLE = "confidentiality_limits"


def disclosure_problems(markdown: str) -> list[Problem]:
    """A session that may lead to disclosure states the limits of confidentiality inside its safeguarding block."""
    lines = markdown.splitlines()
    for block in blocks_in(markdown):
        if block.type != "safeguarding":
            continue
        body = itertools.takewhile(
            lambda line: not line.strip() or line.startswith(("    ", "\t")), lines[block.line :]
        )
        if any(CONFIDENTIALITY_VARIABLE in line for line in body):
            return []
    return [
        Problem(
            1,
            "",
            "this session handles disclosure (`disclosure: true`): put {{ confidentiality_limits }} inside its "
            "'!!! safeguarding' block, indented like the block's text",
        )
    ]


def templated_image_problems(source: str, rendered: str) -> list[Problem]:
    """Images must be written in the text, where `image_problems` checks them: one that a template or a profile
    value makes would escape the check (and could publish any file of the module's folder)."""
    written = {image.source for image in images_in(source)}
    return [
        Problem(image.line, "", f"image '{image.source[:60]}' is made by a template: write images in the text itself")
        for image in images_in(rendered)
        if image.source not in written
    ]
