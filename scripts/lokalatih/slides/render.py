"""The catalog's two slide kinds: `slides` (HTML for the 16:9 PDF) and `slides-pptx` (the PowerPoint bytes). Both
draw the same laid-out deck, made once per session and language (`RenderContext.deck`)."""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from importlib.metadata import version
from pathlib import Path

from lokalatih.catalog import Artifact
from lokalatih.labels import label
from lokalatih.printing.render import render_html
from lokalatih.render_context import RenderContext
from lokalatih.slides.layout import BULLET_INDENT, CELL_PADDING, LINE, LaidOutDeck, TableBox, TextBox
from lokalatih.slides.pptx import render_pptx


def slides_pdf(artifact: Artifact, ctx: RenderContext) -> str:
    deck = ctx.deck(artifact.programme, artifact.module, artifact.lang or "")
    return slides_html(deck, ctx.created, ctx.draft)


def slides_html(deck: LaidOutDeck, created: str, draft: bool = False) -> str:
    """The HTML of a deck's PDF: the laid-out boxes, and a class per font size, gap and colour the deck uses
    (classes, not a style on every paragraph: WeasyPrint lays a deck out a fifth faster)."""
    paragraphs = [p for frame in deck.frames for box in frame.boxes if isinstance(box, TextBox) for p in box.paragraphs]
    tables = [box for frame in deck.frames for box in frame.boxes if isinstance(box, TableBox)]
    sizes = {p.size for p in paragraphs} | {table.size for table in tables}
    gaps = {p.gap for p in paragraphs if p.gap}
    # Class names are the numbers themselves, so the layout keeps them whole.
    assert all(value == int(value) for value in sizes | gaps), "font sizes and gaps are whole points"
    return render_html("slides.html.j2", deck.lang, draft=draft, title=deck.title, created=created, frames=deck.frames,
                       sizes=sorted(map(int, sizes)), gaps=sorted(map(int, gaps)),
                       colours=sorted({p.colour for p in paragraphs}), line=LINE, indent=BULLET_INDENT,
                       padding=CELL_PADDING)  # fmt: skip


@functools.cache
def _pptx_renderer() -> str:
    """What a PowerPoint file depends on besides its deck: python-pptx's version and our renderer's source (read
    once per process, not once per deck)."""
    code = (Path(__file__).parent / "pptx.py").read_bytes()
    return f"python-pptx {version('python-pptx')} {hashlib.sha256(code).hexdigest()}"


@dataclass(frozen=True)
class PptxJob:
    """A deck's PowerPoint file, rendered in a worker process beside the PDFs and cached by its content hash."""

    deck: LaidOutDeck
    when: dt.datetime
    output: Path
    draft_mark: str | None = None  # a draft build's mark, on every slide

    def cache_key(self, renderer: str) -> str:
        # The deck's repr is all it shows (frozen dataclasses of text and numbers).
        parts = [renderer, _pptx_renderer(), self.when.isoformat(), repr(self.deck), repr(self.draft_mark)]
        return hashlib.sha256("\n".join(parts).encode()).hexdigest()

    def render(self) -> bytes:
        return render_pptx(self.deck, self.when, self.draft_mark)


def slides_pptx(artifact: Artifact, ctx: RenderContext) -> Callable[[Path], PptxJob]:
    lang = artifact.lang or ""
    draft_mark = label("draft_mark", lang) if ctx.draft else None
    return partial(PptxJob, ctx.deck(artifact.programme, artifact.module, lang), ctx.when, draft_mark=draft_mark)


RENDERERS = {"slides": slides_pdf, "slides-pptx": slides_pptx}
