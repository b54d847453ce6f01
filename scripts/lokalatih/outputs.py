"""Render the catalog: every artifact through the renderer of its kind, files written now, PDFs as jobs.

PDF renderers return HTML; the jobs go to `lokalatih.printing.pdf.PdfBatch` (both cores, cached by content hash).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from lokalatih.catalog import Artifact, Audience, Catalog, Kind
from lokalatih.documents.printables import RENDERERS as PRINTABLES
from lokalatih.kit.exports import RENDERERS as KIT
from lokalatih.printing.pdf import PdfJob
from lokalatih.render_context import RenderContext

Renderer = Callable[[Artifact, RenderContext], str | bytes]
RENDERERS: dict[Kind, Renderer] = {**PRINTABLES, **KIT}  # type: ignore[dict-item]


def render_catalog(
    catalog: Catalog,
    ctx: RenderContext,
    folders: dict[Audience, Path],
    wanted: Callable[[Artifact], bool] | None = None,
) -> list[PdfJob]:
    """Write every non-PDF artifact into its audience's folder and return the PDF jobs. `wanted` limits the PDFs
    (tests that look at one province's pocket card need not wait for 80 others); other files are always written."""
    jobs = []
    for artifact in catalog:
        if artifact.is_pdf and wanted is not None and not wanted(artifact):
            continue
        output = RENDERERS[artifact.kind](artifact, ctx)
        path = folders[artifact.audience] / artifact.path
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
