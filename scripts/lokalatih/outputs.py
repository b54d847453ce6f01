"""Render the catalog: every artifact through the renderer of its kind, files written now, PDFs as jobs.

PDF renderers return HTML; a renderer of another slow file returns a job (the slides' PowerPoint decks). The jobs go
to `lokalatih.printing.pdf.PdfBatch` (both cores, cached by content hash).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from lokalatih.catalog import Artifact, Audience, Catalog, Kind
from lokalatih.documents.printables import RENDERERS as PRINTABLES
from lokalatih.kit.exports import RENDERERS as KIT
from lokalatih.printing.pdf import PdfJob, RenderJob
from lokalatih.render_context import RenderContext
from lokalatih.slides.render import RENDERERS as SLIDES

Renderer = Callable[[Artifact, RenderContext], str | bytes | Callable[[Path], RenderJob]]
RENDERERS: dict[Kind, Renderer] = {**PRINTABLES, **KIT, **SLIDES}  # type: ignore[dict-item]
# Kinds whose renderer returns a job rather than the file (rendered in the worker pool and cached).
JOB_KINDS: frozenset[Kind] = frozenset({"slides-pptx", "pocket-card", "pocket-card-sheet"})


def render_catalog(
    catalog: Catalog,
    ctx: RenderContext,
    folders: dict[Audience, Path],
    wanted: Callable[[Artifact], bool] | None = None,
) -> list[RenderJob]:
    """Write every quick artifact into its audience's folder and return the jobs of the slow ones (PDFs, slide
    decks). `wanted` limits those (tests that look at one province's pocket card need not wait for 80 others);
    other files are always written."""
    jobs: list[RenderJob] = []
    for artifact in catalog:
        slow = artifact.is_pdf or artifact.kind in JOB_KINDS
        if slow and wanted is not None and not wanted(artifact):
            continue
        output = RENDERERS[artifact.kind](artifact, ctx)
        path = folders[artifact.audience] / artifact.path
        if callable(output):  # a job for the worker pool, given where its file goes
            jobs.append(output(path))
            continue
        if artifact.is_pdf:
            assert isinstance(output, str)
            jobs.append(PdfJob(output, path))
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(output, str):
            path.write_text(output, encoding="utf-8")
        else:
            path.write_bytes(output)
    return jobs
