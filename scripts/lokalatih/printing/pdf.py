"""Render many PDFs fast and reproducibly: both cores, a progress bar, a cache keyed by the inputs' hash."""

from __future__ import annotations

import hashlib
import os
import shutil
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

FONTS = Path(__file__).parent / "fonts"
STYLESHEET = Path(__file__).parent / "print.css"
# Bump to invalidate every cached PDF when the renderer's behaviour changes in a way the inputs do not show.
RENDERER_VERSION = "1"


@dataclass(frozen=True)
class PdfJob:
    """One PDF: complete HTML (title, language and dates in its <head>) and where it goes."""

    html: str
    output: Path

    def cache_key(self, renderer: str) -> str:
        return hashlib.sha256(f"{renderer}\n{self.html}".encode()).hexdigest()


def renderer_fingerprint() -> str:
    """What every PDF depends on besides its HTML: renderer version, stylesheet, fonts. Read once per batch."""
    import weasyprint

    digest = hashlib.sha256()
    for part in (RENDERER_VERSION, weasyprint.__version__, STYLESHEET.read_text(encoding="utf-8")):
        digest.update(part.encode())
    for font in sorted(FONTS.glob("*.ttf")):
        digest.update(font.name.encode())
        digest.update(str(font.stat().st_size).encode())
    return digest.hexdigest()


def render_pdf(html: str) -> bytes:
    """One HTML document to PDF bytes: tagged (PDF/UA-1), fixed identifier, fonts from the kit's own folder."""
    import weasyprint

    document = weasyprint.HTML(string=html, base_url=str(FONTS.parent))
    stylesheet = weasyprint.CSS(filename=str(STYLESHEET))
    data: bytes = document.write_pdf(stylesheets=[stylesheet], pdf_variant="pdf/ua-1", pdf_identifier=b"lokalatih")
    return data


def _render_to_cache(job: PdfJob, cached: Path) -> Path:
    cached.parent.mkdir(parents=True, exist_ok=True)
    temporary = cached.with_suffix(f".{os.getpid()}.tmp")
    temporary.write_bytes(render_pdf(job.html))
    temporary.replace(cached)
    return cached


def render_all(jobs: list[PdfJob], cache_dir: Path, workers: int | None = None, progress: bool = True) -> int:
    """Render each job not yet in the cache, in parallel; copy every PDF to its output. Returns how many rendered."""
    renderer = renderer_fingerprint()
    cached_paths = [cache_dir / f"{job.cache_key(renderer)}.pdf" for job in jobs]
    pending = [(job, cached) for job, cached in zip(jobs, cached_paths, strict=True) if not cached.is_file()]
    if pending:
        # Longest first (by HTML size, a fair proxy): the facilitator guides must not be left for the end.
        pending.sort(key=lambda entry: len(entry[0].html), reverse=True)
        workers = workers or min(len(pending), os.cpu_count() or 1)
        with ProcessPoolExecutor(max_workers=workers) as pool:
            futures = [pool.submit(_render_to_cache, job, cached) for job, cached in pending]
            if progress:
                from rich.progress import Progress

                with Progress(transient=True) as bar:
                    task = bar.add_task("PDF", total=len(futures))
                    for future in futures:
                        future.result()
                        bar.advance(task)
            for future in futures:
                future.result()
    for job, cached in zip(jobs, cached_paths, strict=True):
        job.output.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(cached, job.output)
    return len(pending)
