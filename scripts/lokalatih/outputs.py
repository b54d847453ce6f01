"""What a renderer places in an output folder: files written now, PDFs to render, and their manifest entries."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from lokalatih.manifest import Artifact, Kind
from lokalatih.printing.pdf import PdfJob


@dataclass
class Outputs:
    folder: Path
    jobs: list[PdfJob] = field(default_factory=list)
    artifacts: list[Artifact] = field(default_factory=list)

    def file(self, relative: str, data: str | bytes, kind: Kind, lang: str | None = None,
             programme: str | None = None) -> None:  # fmt: skip
        path = self.folder / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(data, str):
            path.write_text(data, encoding="utf-8")
        else:
            path.write_bytes(data)
        self.artifacts.append(Artifact(relative, kind, lang, programme))

    def pdf(self, relative: str, html: str, kind: Kind, lang: str, programme: str | None = None,
            module: str | None = None) -> None:  # fmt: skip
        """A PDF rendered later (in parallel, cached) from `html`; listed in the manifest now."""
        self.jobs.append(PdfJob(html, self.folder / relative))
        self.artifacts.append(Artifact(relative, kind, lang, programme, module))
