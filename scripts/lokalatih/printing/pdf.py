"""Render many PDFs (and other slow files, such as the slides' PowerPoint decks) fast and reproducibly: both cores,
a progress bar, a cache keyed by the inputs' hash."""

from __future__ import annotations

import functools
import hashlib
import os
import shutil
import tempfile
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor, as_completed
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

FONTS = Path(__file__).parent / "fonts"
STYLESHEET = Path(__file__).parent / "print.css"
# Bump to invalidate every cached PDF when the renderer's behaviour changes in a way the inputs do not show.
RENDERER_VERSION = "2"
FONT_TIMESTAMP = "1577836800"  # 2020-01-01, the shipped fonts' release era; any fixed value would do


class RenderJob(Protocol):
    """A file rendered in a worker process and cached by the hash of everything it is made from."""

    @property
    def output(self) -> Path: ...

    def cache_key(self, renderer: str) -> str: ...

    def render(self) -> bytes: ...


@dataclass(frozen=True)
class PdfJob:
    """One PDF: complete HTML (title, language and dates in its <head>) and where it goes."""

    html: str
    output: Path

    def cache_key(self, renderer: str) -> str:
        return hashlib.sha256(f"{renderer}\n{self.html}".encode()).hexdigest()

    def render(self) -> bytes:
        return render_pdf(self.html)


@dataclass(frozen=True)
class FittedPdfJob:
    """A PDF whose content must fit a fixed number of pages (each side of the pocket card on one card): one page more
    means a side overflowed, and the build stops rather than print a card cut off or spread over three."""

    html: str
    output: Path
    pages: int
    what: str  # names the document in the error: "the en pocket card of sumatera-utara"

    def cache_key(self, renderer: str) -> str:
        return hashlib.sha256(f"{renderer}\n{self.pages}\n{self.html}".encode()).hexdigest()

    def render(self) -> bytes:
        return render_pdf(self.html, finisher=self._refuse_overflow)

    def _refuse_overflow(self, document: Any, _pdf: Any) -> None:
        if len(document.pages) != self.pages:
            from lokalatih.errors import BuildFailed

            raise BuildFailed(
                f"{self.what} takes {len(document.pages)} pages where it must fit {self.pages}: shorten "
                "modules/pocket-card.yaml or the descriptions of the profile's verified contacts"
            )


def renderer_fingerprint() -> str:
    """What every PDF depends on besides its HTML: renderer version, stylesheet, fonts. Read once per batch."""
    isolate_fonts()  # before WeasyPrint loads: worker processes forked later inherit a Pango that saw no other fonts
    import weasyprint

    digest = hashlib.sha256()
    for part in (RENDERER_VERSION, weasyprint.__version__, STYLESHEET.read_text(encoding="utf-8")):
        digest.update(part.encode())
    for font in sorted(FONTS.glob("*.ttf")):
        digest.update(font.name.encode())
        digest.update(str(font.stat().st_size).encode())
    return digest.hexdigest()


_FONTCONFIG = """<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<fontconfig>
  <dir>{fonts}</dir>
  <cachedir>{cache}</cachedir>
  <alias><family>sans-serif</family><prefer><family>Noto Sans</family></prefer></alias>
  <alias><family>serif</family><prefer><family>Noto Sans</family></prefer></alias>
  <alias><family>monospace</family><prefer><family>Noto Sans</family></prefer></alias>
</fontconfig>
"""


def isolate_fonts() -> None:
    """Let Pango see the shipped fonts and nothing else, whatever the machine has installed.

    Fontconfig reads FONTCONFIG_FILE once, when WeasyPrint first needs a font, so this runs before the first render
    in every process (worker processes inherit the environment). Without it a glyph missing from the shipped fonts,
    or a stylesheet bug, would silently pull in the machine's default sans and change the PDFs from machine to machine.
    """
    # One configuration per checkout: two checkouts building at once (CI runners, a fork beside the original) must not
    # rewrite each other's file between writing it and fontconfig reading it.
    checkout = hashlib.sha256(str(FONTS.resolve()).encode()).hexdigest()[:12]
    folder = Path(tempfile.gettempdir()) / f"lokalatih-fontconfig-{os.getuid()}-{checkout}"
    folder.mkdir(exist_ok=True)
    config = folder / "fonts.conf"
    text = _FONTCONFIG.format(fonts=FONTS.resolve(), cache=folder / "cache")
    if not config.is_file() or config.read_text(encoding="utf-8") != text:
        temporary = config.with_suffix(f".{os.getpid()}.tmp")
        temporary.write_text(text, encoding="utf-8")
        temporary.replace(config)
    os.environ["FONTCONFIG_FILE"] = str(config)
    os.environ.pop("FONTCONFIG_PATH", None)


@functools.cache
def skip_dropped_layout_tables() -> None:
    """Make font subsetting skip the layout tables it is told to drop.

    WeasyPrint subsets every embedded font with fontTools and drops GSUB and GPOS (the PDF holds glyphs already
    shaped). fontTools 4.68 decompiles GDEF, GSUB and GPOS before it prunes anything, and Noto Sans' kerning makes
    that most of a small PDF's subsetting time. Deleting the tables it will drop first gives the same bytes,
    measured on slides, handouts and facilitator guides, and every PDF renders about a quarter faster.
    """
    from fontTools import subset  # type: ignore[import-untyped]

    original = subset.Subsetter.subset

    def subset_without_dropped_tables(self: Any, font: Any) -> Any:
        for tag in ("GSUB", "GPOS"):
            if tag in self.options.drop_tables and tag in font:
                del font[tag]
        return original(self, font)

    subset.Subsetter.subset = subset_without_dropped_tables


@functools.cache
def _print_styles() -> tuple[Any, Any]:
    """The font configuration and the parsed stylesheet, made once per process and shared by every PDF it renders
    (the same bytes as making them per document, measured; parsing print.css and loading the faces each time cost
    a twentieth of a small document's time)."""
    isolate_fonts()
    import weasyprint
    from weasyprint.text.fonts import FontConfiguration

    # The @font-face rules of the stylesheet take effect only through a FontConfiguration shared by the
    # stylesheet and the document; without it WeasyPrint ignores them and falls back to the system's sans.
    fonts = FontConfiguration()
    return fonts, weasyprint.CSS(filename=str(STYLESHEET), font_config=fonts)


def render_pdf(html: str, finisher: Callable[[Any, Any], None] | None = None) -> bytes:
    """One HTML document to PDF bytes: tagged (PDF/UA-1), fixed identifier, only the kit's own fonts."""
    isolate_fonts()
    import weasyprint
    import weasyprint.pdf.fonts

    # WeasyPrint subsets fonts with HarfBuzz where the machine has libharfbuzz-subset, else with fontTools; the two
    # give different bytes. fontTools is pinned in requirements.txt, so it gives the same PDFs on every machine.
    weasyprint.pdf.fonts.harfbuzz_subset = None
    skip_dropped_layout_tables()

    fonts, stylesheet = _print_styles()
    document = weasyprint.HTML(string=html, base_url=str(FONTS.parent))
    # fontTools stamps each embedded font subset with "now" unless SOURCE_DATE_EPOCH says otherwise; the PDF's own
    # dates come from the HTML, so a fixed stamp here keeps the bytes a function of the HTML alone.
    previous = os.environ.get("SOURCE_DATE_EPOCH")
    os.environ["SOURCE_DATE_EPOCH"] = FONT_TIMESTAMP
    try:
        data: bytes = document.write_pdf(
            stylesheets=[stylesheet],
            font_config=fonts,
            pdf_variant="pdf/ua-1",
            pdf_identifier=b"lokalatih",
            finisher=finisher,
        )
    finally:
        if previous is None:
            del os.environ["SOURCE_DATE_EPOCH"]
        else:
            os.environ["SOURCE_DATE_EPOCH"] = previous
    return data


def _render_to_cache(job: RenderJob, cached: Path) -> Path:
    cached.parent.mkdir(parents=True, exist_ok=True)
    temporary = cached.with_suffix(f".{os.getpid()}.tmp")
    temporary.write_bytes(job.render())
    temporary.replace(cached)
    return cached


class PdfBatch:
    """PDFs rendering in worker processes while the caller does other work (MkDocs builds the site meanwhile).

    `start` submits every job not in the cache, longest first; `finish` waits, reporting each PDF as it is done
    (not in submission order), then copies every PDF, cached or new, to its output.
    """

    def __init__(self, jobs: list[RenderJob], cache_dir: Path, workers: int | None = None) -> None:
        renderer = renderer_fingerprint()
        self.jobs = jobs
        self.cached = [cache_dir / f"{job.cache_key(renderer)}{job.output.suffix}" for job in jobs]
        pending = [(job, cached) for job, cached in zip(jobs, self.cached, strict=True) if not cached.is_file()]
        # Longest first (by HTML size, a fair proxy): the facilitator guides must not be left for the end.
        pending.sort(key=lambda entry: len(getattr(entry[0], "html", "")), reverse=True)
        self.pending = len(pending)
        self.outputs = {cached: job.output for job, cached in pending}
        self.pool: ProcessPoolExecutor | None = None
        self.futures: list[Future[Path]] = []
        if pending:
            self.pool = ProcessPoolExecutor(max_workers=workers or min(len(pending), os.cpu_count() or 1))
            self.futures = [self.pool.submit(_render_to_cache, job, cached) for job, cached in pending]

    def finish(self, on_done: Callable[[Path], None] | None = None) -> int:
        """Wait for the renders, then place every PDF. Returns how many were rendered (not taken from the cache)."""
        try:
            for future in as_completed(self.futures):
                cached = future.result()
                if on_done is not None:
                    on_done(self.outputs[cached])
        finally:
            if self.pool is not None:
                self.pool.shutdown(cancel_futures=True)
        for job, cached in zip(self.jobs, self.cached, strict=True):
            job.output.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(cached, job.output)
        return self.pending

    def abort(self) -> None:
        """Stop rendering (the build failed elsewhere); what finished stays in the cache."""
        if self.pool is not None:
            self.pool.shutdown(cancel_futures=True)


def render_all(jobs: list[RenderJob], cache_dir: Path, workers: int | None = None, progress: bool = True) -> int:
    """Render each job not yet in the cache, in parallel; copy every PDF to its output. Returns how many rendered."""
    batch = PdfBatch(jobs, cache_dir, workers)
    if not progress or not batch.pending:
        return batch.finish()
    from rich.progress import Progress

    with Progress(transient=True) as bar:
        task = bar.add_task("PDF", total=batch.pending)
        return batch.finish(lambda _done: bar.advance(task))
