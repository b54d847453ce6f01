"""Every PDF is set in the shipped fonts, whatever fonts the machine has: the same bytes on every machine."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from .pdf_fonts import embedded_fonts, foreign_fonts

# Greek is outside the shipped subset: a renderer that falls back to the machine's fonts would pull in another
# family for it, which is exactly the machine-dependence this guards against. Code (monospace by default) too.
_RENDER = """
import sys
from lokalatih.printing.render import render_html
from lokalatih.printing.pdf import render_pdf
html = "<!doctype html><html lang='id'><head><title>Uji huruf</title></head><body><h1>Perekrutan yang adil</h1>" \\
       "<p>Biaya <b>nol</b>, <i>bukan</i> “gratis” — 15–20 menit. Ω α β <code>README.md</code></p></body></html>"
sys.stdout.buffer.write(render_pdf(html))
"""


def _fontconfig(folder: Path, fonts_dir: str | None) -> Path:
    """A fontconfig setup a machine could have: another default sans, or no fonts at all."""
    folder.mkdir(parents=True, exist_ok=True)
    directory = f"<dir>{fonts_dir}</dir>" if fonts_dir else ""
    config = folder / "fonts.conf"
    config.write_text(
        '<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>'
        f"{directory}<cachedir>{folder / 'cache'}</cachedir>"
        "<alias><family>sans-serif</family><prefer><family>DejaVu Sans</family></prefer></alias>"
        "</fontconfig>",
        encoding="utf-8",
    )
    return config


def _render(tmp_path: Path, name: str, fontconfig: Path | None) -> Path:
    env = {k: v for k, v in os.environ.items() if not k.startswith("FONTCONFIG")}
    if fontconfig is not None:
        env["FONTCONFIG_FILE"] = str(fontconfig)
    # A separate process: fontconfig is read once per process, as on a machine of its own.
    result = subprocess.run([sys.executable, "-c", _RENDER], env=env, capture_output=True, check=True)
    path = tmp_path / f"{name}.pdf"
    path.write_bytes(result.stdout)
    return path


@pytest.mark.parametrize("machine_fonts", ["/usr/share/fonts", None], ids=["other-default-sans", "no-fonts"])
def test_a_machine_with_other_fonts_gives_the_same_pdf(tmp_path: Path, machine_fonts: str | None) -> None:
    reference = _render(tmp_path, "reference", None)
    other = _render(tmp_path, "other", _fontconfig(tmp_path / "fontconfig", machine_fonts))
    assert foreign_fonts(other) == []
    assert {name for name, _ in embedded_fonts(other)} >= {"Lokalatih-Sans", "Lokalatih-Sans-Bold"}
    assert other.read_bytes() == reference.read_bytes()


def test_every_pdf_of_the_kit_uses_only_the_shipped_fonts(built_kit: Path) -> None:
    pdfs = sorted((built_kit / "site").rglob("*.pdf")) + sorted((built_kit / "dist").rglob("*.pdf"))
    assert len(pdfs) > 50
    offenders = {path.name: fonts for path in pdfs if (fonts := foreign_fonts(path))}
    assert offenders == {}
