"""`manifest.json`: what a build placed in an output folder, with size and checksum, for partners and tests."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from lokalatih.catalog import Artifact


def write_manifest(folder: Path, artifacts: list[Artifact], draft: bool = False) -> Path:
    """One entry per artifact of the folder's audience; a file the catalog lists but the build skipped is left out.
    A draft build (`--draft`) says so in every entry (`"draft": true`), so a script can refuse to publish it."""
    entries = []
    for artifact in sorted(artifacts, key=lambda a: a.path):
        path = folder / artifact.path
        if not path.is_file():
            continue
        data = path.read_bytes()
        entries.append(
            {
                "path": artifact.path,
                "kind": artifact.kind,
                "lang": artifact.lang,
                "programme": artifact.programme,
                "module": artifact.module,
                "bytes": len(data),
                "sha256": hashlib.sha256(data).hexdigest(),
                **({"draft": True} if draft else {}),
            }
        )
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "manifest.json"
    path.write_text(json.dumps(entries, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return path
