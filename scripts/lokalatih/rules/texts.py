"""Rules on the Markdown texts: which blocks a facilitator text must carry, which blocks participants must never
see, how long a participant reading must be, alt text on every image, and the limits of confidentiality in a session
that may lead to disclosure. Lines are those of the text as written (the translation marker line kept blank).
"""

from __future__ import annotations

import itertools
import re
import urllib.parse
from dataclasses import dataclass
from pathlib import Path

from lokalatih.labels import ADMONITION_TITLES, BLOCK_LABELS
from lokalatih.model.programme import Delivery
from lokalatih.rules.issue import Issue
from lokalatih.sources import Sources, TextFile

# Blocks for facilitators only: they render as marked boxes on session plans and never on participant pages.
FACILITATOR_BLOCKS = tuple(BLOCK_LABELS)
# Material's admonition types: anything else is a typo that would render as an unstyled box.
STANDARD_BLOCKS = tuple(ADMONITION_TITLES)
REQUIRED_BLOCKS = ("safeguarding", "inclusion")
REQUIRED_IN_HYBRID = ("hybrid",)
MIN_PARTICIPANT_WORDS = 700
CONFIDENTIALITY_VARIABLE = "confidentiality_limits"

# The line shape Python-Markdown's admonition extension (and mkdocs-static-i18n) recognise.
_BLOCK = re.compile(r'^[ \t]*!!! ?(?P<type>[\w-]+)(?: +[\w-]+)*(?: +"(?P<title>.*?)")? *$')
_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")
_CODE = re.compile(r"```.*?```|`[^`]*`", re.DOTALL)
_LINK_TARGET = re.compile(r"\]\([^)]*\)")
_BLOCK_LINE = re.compile(r"^[ \t]*!!!.*$", re.MULTILINE)
_MD_IMAGE = re.compile(r"!\[(?P<alt>[^\]]*)\]\((?P<src><[^>]*>|[^)\s]*)[^)]*\)")
_HTML_IMAGE = re.compile(r"<img\b(?P<attrs>[^>]*)>", re.IGNORECASE)
_ALT = re.compile(r"""\balt\s*=\s*(["'])(?P<text>.*?)\1""", re.IGNORECASE | re.DOTALL)
_SRC = re.compile(r"""\bsrc\s*=\s*(["'])(?P<src>.*?)\1""", re.IGNORECASE | re.DOTALL)
_SCHEME = re.compile(r"^(?:[a-z][a-z0-9+.-]*:|//)", re.IGNORECASE)
IMAGE_TYPES = (".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp", ".avif")


@dataclass(frozen=True)
class Block:
    type: str
    line: int


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


def _block_issues(text: TextFile, *, facilitator: bool, required: tuple[str, ...] = ()) -> list[Issue]:
    issues = []
    found = blocks_in(text.source)
    allowed = STANDARD_BLOCKS + (FACILITATOR_BLOCKS if facilitator else ())
    for block in found:
        if block.type in FACILITATOR_BLOCKS and not facilitator:
            message = f"'{block.type}' blocks are for facilitator texts only, not participant texts"
            issues.append(Issue(text.path, block.line, message))
        elif block.type not in allowed:
            message = f"unknown block type '{block.type}'; use one of: {', '.join(allowed)}"
            issues.append(Issue(text.path, block.line, message))
    present = {block.type for block in found}
    for name in required:
        if name not in present:
            issues.append(Issue(text.path, 1, f"missing the '!!! {name}' block every session plan needs"))
    return issues


def blocks(sources: Sources) -> list[Issue]:
    """Participant texts carry no facilitator blocks; session plans carry the required ones; no unknown types."""
    issues: list[Issue] = []
    for programme, module in sources.modules:
        required = REQUIRED_BLOCKS + (REQUIRED_IN_HYBRID if programme.spec.delivery == Delivery.HYBRID else ())
        for text in module.participant.values():
            issues += _block_issues(text, facilitator=False)
        for text in module.facilitator.values():
            issues += _block_issues(text, facilitator=True, required=required)
        for kind, additions in module.additions.items():  # a province's cases: the blocks of their page's kind
            for text in additions.values():
                issues += _block_issues(text, facilitator=kind == "facilitator")
    for page in sources.pages:
        for text in page.texts.values():
            issues += _block_issues(text, facilitator=True)
    return issues


def reading_length(sources: Sources) -> list[Issue]:
    """A participant reading is long enough to read after the session (counted as rendered)."""
    issues = []
    for _, module in sources.modules:
        for text in module.participant.values():
            words = count_words(text.rendered)
            if words < MIN_PARTICIPANT_WORDS:
                message = f"the participant reading has {words} words; at least {MIN_PARTICIPANT_WORDS} are needed"
                issues.append(Issue(text.path, 1, message))
    return issues


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


def images(sources: Sources) -> list[Issue]:
    """Every image needs alt text (screen-reader users and readers on slow connections depend on it) and a file
    next to its text; an image that a template or a profile value makes would escape that check, so it is refused."""
    root = sources.root.resolve()
    issues = []
    for text in sources.texts:
        written = images_in(text.source)
        for image in written:
            if not image.alt.strip():
                wanted = 'add alt="..." saying what it shows' if image.html else "write what it shows in ![...]"
                issues.append(Issue(text.path, image.line, f"image without alt text: {wanted}"))
            message = image_source_problem(image.source, text.path.parent, root)
            if message:
                issues.append(Issue(text.path, image.line, message))
        sources_written = {image.source for image in written}
        issues += [
            Issue(text.path, image.line, f"image '{image.source[:60]}' is made by a template: write images in the "
                  "text itself")
            for image in images_in(text.rendered)
            if image.source not in sources_written
        ]  # fmt: skip
    return issues


def _states_the_limits(markdown: str) -> bool:
    lines = markdown.splitlines()
    for block in blocks_in(markdown):
        if block.type != "safeguarding":
            continue
        body = itertools.takewhile(
            lambda line: not line.strip() or line.startswith(("    ", "\t")), lines[block.line :]
        )
        if any(CONFIDENTIALITY_VARIABLE in line for line in body):
            return True
    return False


def disclosure(sources: Sources) -> list[Issue]:
    """A session that may lead to disclosure states the limits of confidentiality inside its safeguarding block."""
    message = (
        "this session handles disclosure (`disclosure: true`): put {{ confidentiality_limits }} inside its "
        "'!!! safeguarding' block, indented like the block's text"
    )
    return [
        Issue(text.path, 1, message)
        for _, module in sources.modules
        if module.module.spec.disclosure
        for text in module.facilitator.values()
        if not _states_the_limits(text.source)
    ]
