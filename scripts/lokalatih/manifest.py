"""`manifest.json`: what a build placed in an output folder, with size and checksum, for partners and tests."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

Kind = Literal[
    "handout", "worksheet", "workbook", "agenda", "pocket-card", "facilitator-guide", "attendance",
    "test-form", "answer-key", "test-key", "responses-template", "export", "coverage",
]  # fmt: skip


@dataclass(frozen=True)
class Artifact:
    path: str  # relative to the folder that holds the manifest
    kind: Kind
    lang: str | None = None
    programme: str | None = None
    module: str | None = None


def write_manifest(folder: Path, artifacts: list[Artifact]) -> Path:
    entries = []
    for artifact in sorted(artifacts, key=lambda a: a.path):
        data = (folder / artifact.path).read_bytes()
        entries.append(
            {
                "path": artifact.path,
                "kind": artifact.kind,
                "lang": artifact.lang,
                "programme": artifact.programme,
                "module": artifact.module,
                "bytes": len(data),
                "sha256": hashlib.sha256(data).hexdigest(),
            }
        )
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "manifest.json"
    path.write_text(json.dumps(entries, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return path
