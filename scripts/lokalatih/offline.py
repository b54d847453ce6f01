"""The offline bundle: the public site built for file:// plus its downloads (PDFs, slide decks), zipped for venues
without internet."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from lokalatih.reproducible import write_zip

README = """Lokalatih — {slug}

[Bahasa Indonesia]
Buka folder ini, lalu buka berkas index.html dengan peramban (Chrome, Firefox, Edge). Situs berjalan tanpa internet:
navigasi, kedua bahasa, pencarian, serta semua PDF dan salindia (PDF dan PowerPoint) di folder downloads. Versi
bahasa Inggris ada di folder en.

[English]
Open this folder, then open index.html in a browser (Chrome, Firefox, Edge). The site works without internet:
navigation, both languages, search, and every PDF and slide deck (PDF and PowerPoint) in the downloads folder. The
English version is in the en folder.
"""


def write_offline_bundle(site: Path, zip_path: Path, slug: str, when: dt.datetime) -> Path:
    """Zip `site` under one top folder, entries sorted and stamped `when`, so the same site gives the same bytes."""
    top = f"lokalatih-{slug}"
    entries = [(f"{top}/BACA-SAYA_README.txt", README.format(slug=slug).encode("utf-8"))]
    entries += [
        (f"{top}/{p.relative_to(site).as_posix()}", p.read_bytes()) for p in sorted(site.rglob("*")) if p.is_file()
    ]
    zip_path.parent.mkdir(parents=True, exist_ok=True)
    zip_path.write_bytes(write_zip(entries, when))
    return zip_path
