"""The web app manifest of each language and the app icon, so that a phone can keep the site on its home screen.

The icon is drawn here, from one list of shapes, as SVG and as the PNG sizes Android asks for: no image file to keep
in step, no font (a letter would depend on the fonts of the machine that builds), no network.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

from PIL import Image, ImageDraw

from lokalatih.labels import label

# The kit's primary colour (overrides/assets/stylesheets/lokalatih.css, light scheme): the phone's title bar.
THEME_COLOUR = "#00695c"
BACKGROUND_COLOUR = "#ffffff"
ICON_VIEWBOX = 512
# An open book, drawn inside the middle 80 % circle, so the "maskable" icon survives any launcher's mask.
ICON_PAGES = (
    ((96, 152), (244, 184), (244, 392), (96, 360)),
    ((268, 184), (416, 152), (416, 360), (268, 392)),
)
PNG_SIZES = (192, 512)
ICON_FOLDER = "assets/images"
MANIFEST = "manifest.webmanifest"


def icon_svg() -> str:
    pages = " ".join("M" + " L".join(f"{x} {y}" for x, y in page) + " Z" for page in ICON_PAGES)
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {ICON_VIEWBOX} {ICON_VIEWBOX}">'
        f'<rect width="{ICON_VIEWBOX}" height="{ICON_VIEWBOX}" fill="{THEME_COLOUR}"/>'
        f'<path d="{pages}" fill="{BACKGROUND_COLOUR}"/></svg>\n'
    )


def icon_png(size: int) -> bytes:
    """The icon at `size` pixels: drawn four times larger and scaled down, for smooth edges. The same Pillow gives
    the same bytes (PNG without a date)."""
    big = size * 4
    scale = big / ICON_VIEWBOX
    image = Image.new("RGB", (big, big), THEME_COLOUR)
    draw = ImageDraw.Draw(image)
    for page in ICON_PAGES:
        draw.polygon([(x * scale, y * scale) for x, y in page], fill=BACKGROUND_COLOUR)
    out = io.BytesIO()
    image.resize((size, size), Image.Resampling.LANCZOS).save(out, format="PNG", optimize=True)
    return out.getvalue()


def manifest(lang: str, icons: str) -> dict[str, object]:
    """The manifest of one language's site; `icons` is the way from that language's root to the icons' folder.
    Addresses are relative to the manifest, so the site works under any sub-path."""
    return {
        "name": label("app_name", lang),
        "short_name": "Lokalatih",
        "description": label("app_description", lang),
        "lang": lang,
        "dir": "ltr",
        "start_url": "./",
        "scope": "./",
        "display": "standalone",
        "theme_color": THEME_COLOUR,
        "background_color": BACKGROUND_COLOUR,
        "icons": [
            {"src": f"{icons}icon.svg", "sizes": "any", "type": "image/svg+xml", "purpose": "any"},
            *(
                {"src": f"{icons}icon-{size}.png", "sizes": f"{size}x{size}", "type": "image/png", "purpose": "any"}
                for size in PNG_SIZES
            ),
            {"src": f"{icons}icon-512.png", "sizes": "512x512", "type": "image/png", "purpose": "maskable"},
        ],
    }


def write_app_manifests(site: Path, languages: dict[str, str]) -> list[Path]:
    """The icons under assets/images/ and a manifest per language at its root; `languages` maps each language to
    its folder in the site ("" for the default)."""
    folder = site / ICON_FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "icon.svg").write_text(icon_svg(), encoding="utf-8")
    for size in PNG_SIZES:
        (folder / f"icon-{size}.png").write_bytes(icon_png(size))
    written = []
    for lang, prefix in languages.items():
        up = "../" * prefix.count("/")
        path = site / prefix / MANIFEST
        text = json.dumps(manifest(lang, f"{up}{ICON_FOLDER}/"), ensure_ascii=False, indent=1)
        path.write_text(text + "\n", encoding="utf-8")
        written.append(path)
    return written
