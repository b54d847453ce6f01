"""What a build writes for reading offline: one pack per programme and language (its participant pages, what they
load, its handouts), the sizes on the save buttons, a worker versioned by the site's files, the offline page and a
manifest per language; and nothing of it in the file:// bundle or the live preview. The phone itself is
tests/test_phone_offline.py."""

from __future__ import annotations

import io
import json
import re
import zipfile
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from lokalatih.formatting import readable_size
from lokalatih.site.app_manifest import THEME_COLOUR, icon_png
from lokalatih.site.offline_reading import (
    WORKER,
    loaded_files,
    site_version,
    worker_script,
)

PACKS = ("workshop.id", "workshop.en", "training.id", "training.en")


def _pack(site: Path, key: str) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads((site / "offline" / f"{key}.json").read_text(encoding="utf-8"))
    return loaded


def _file(site: Path, address: str) -> Path:
    return site / (address + "index.html" if address.endswith("/") else address)


@pytest.mark.parametrize("key", PACKS)
def test_a_pack_holds_the_participant_pages_what_they_load_and_the_handouts(built_kit: Path, key: str) -> None:
    site = built_kit / "site"
    programme, lang = key.split(".")
    pack = _pack(site, key)
    prefix = "" if lang == "id" else "en/"
    sessions = sorted(p.parent.parent.name for p in (site / prefix / programme).glob("*/facilitator/index.html"))
    assert pack["pages"] == [
        f"{prefix}{programme}/",
        f"{prefix}{programme}/agenda/",
        *(f"{prefix}{programme}/{session}/" for session in sessions),
    ]
    assert not any("facilitator" in page for page in pack["pages"])  # session plans are the facilitators'
    assert pack["handouts"] == [f"downloads/handout-{session}.{lang}.pdf" for session in sessions]
    files = set(pack["files"])
    assert "assets/javascripts/offline-save.js" in files
    assert f"{prefix}glossary/terms.js" in files  # the bubbles' definitions, loaded at the first tap on a term
    assert any(re.fullmatch(r"assets/stylesheets/site\.\w+\.css", path) for path in files)  # the one stylesheet
    assert any(re.fullmatch(r"assets/javascripts/bundle\.\w+\.min\.js", path) for path in files)
    assert f"{prefix}manifest.webmanifest" in files
    # Search is not part of reading offline: no index, no search worker (search-on-open.js is every page's).
    assert not any("search_index" in path or "workers/search" in path for path in files)
    for path in [*pack["pages"], *pack["files"], *pack["handouts"]]:
        assert _file(site, path).is_file(), path
    pages = sum(_file(site, path).stat().st_size for path in [*pack["pages"], *pack["files"]])
    handouts = sum((site / path).stat().st_size for path in pack["handouts"])
    assert pack["bytes"] == {"pages": pages, "handouts": handouts}
    assert pages < 3_000_000  # the budget per programme and language, without PDFs


def test_every_page_of_a_programme_shows_its_pack_size_on_the_button(built_kit: Path) -> None:
    site = built_kit / "site"
    for key in PACKS:
        sizes = _pack(site, key)["bytes"]
        lang = key.split(".")[1]
        everything = readable_size(sizes["pages"] + sizes["handouts"], lang)
        for address in _pack(site, key)["pages"]:
            html = _file(site, address).read_text(encoding="utf-8")
            assert f'data-lk-pack="{key}"' in html, address
            assert f'<span class="lk-offline__size">({everything})</span>' in html, address
            assert f'data-lk-size-pages="{readable_size(sizes["pages"], lang)}"' in html
    # Session plans and the other pages offer no saving, and no token is left anywhere.
    assert 'class="lk-offline"' not in (site / "workshop/w03-legal-framework/facilitator/index.html").read_text("utf-8")
    assert 'class="lk-offline"' not in (site / "en/glossary/index.html").read_text("utf-8")
    assert not [p for p in site.rglob("*.html") if "@@offline-size" in p.read_text(encoding="utf-8")]


def test_the_worker_carries_the_version_of_every_other_file(built_kit: Path) -> None:
    site = built_kit / "site"
    worker = (site / WORKER).read_text(encoding="utf-8")
    assert f'VERSION="{site_version(site)}"' in worker
    assert worker == worker_script(site_version(site))
    assert "@@" not in worker and "http" not in worker  # no other host, no address of the machine


def test_any_change_to_a_file_is_a_new_version(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "index.html").write_text("<p>one</p>", encoding="utf-8")
    (tmp_path / "style.css").write_text("p {}", encoding="utf-8")
    first = site_version(tmp_path)
    (tmp_path / WORKER).write_text("anything", encoding="utf-8")
    assert site_version(tmp_path) == first  # the worker holds the version; it is not part of it
    (tmp_path / "style.css").write_text("p { color: red }", encoding="utf-8")
    assert site_version(tmp_path) != first
    (tmp_path / "style.css").write_text("p {}", encoding="utf-8")
    assert site_version(tmp_path) == first
    (tmp_path / "style.css").rename(tmp_path / "other.css")
    assert site_version(tmp_path) != first  # a file's name is part of the site


def test_loaded_files_resolve_against_the_page(tmp_path: Path) -> None:
    (tmp_path / "en" / "w").mkdir(parents=True)
    (tmp_path / "assets").mkdir()
    (tmp_path / "assets" / "a.js").write_text("", encoding="utf-8")
    (tmp_path / "en" / "w" / "map.png").write_bytes(b"")
    (tmp_path / "en" / "w" / "index.html").write_text(
        '<script src="../../assets/a.js?v=1"></script><img src="map.png"><link rel="stylesheet" '
        'href="https://elsewhere.example/x.css"><script src="../../missing.js"></script>',
        encoding="utf-8",
    )
    assert loaded_files(tmp_path, "en/w/") == ["assets/a.js", "en/w/map.png"]


def test_sizes_read_as_on_the_download_links() -> None:
    assert readable_size(1_234_567, "id") == "1,2 MB" and readable_size(1_234_567, "en") == "1.2 MB"
    assert readable_size(170_284, "id") == "170 KB" and readable_size(200, "en") == "1 KB"


@pytest.mark.parametrize(("lang", "prefix", "title"), [("id", "", "Halaman ini belum tersimpan"),
                                                       ("en", "en/", "This page is not saved")])  # fmt: skip
def test_the_offline_page_speaks_the_language_and_leads_home(
    built_kit: Path, lang: str, prefix: str, title: str
) -> None:
    page = (built_kit / "site" / prefix / "offline" / "fallback.html").read_text(encoding="utf-8")
    assert f'<html lang="{lang}">' in page and f"<h1>{title}</h1>" in page
    assert '<a href="../">' in page  # the language's home page, from its offline/ folder


@pytest.mark.parametrize(("lang", "folder"), [("id", ""), ("en", "en/")])
def test_each_language_has_a_manifest_with_icons_that_exist(built_kit: Path, lang: str, folder: str) -> None:
    site = built_kit / "site"
    manifest = json.loads((site / folder / "manifest.webmanifest").read_text(encoding="utf-8"))
    assert manifest["lang"] == lang and manifest["display"] == "standalone"
    assert manifest["start_url"] == "./" and manifest["theme_color"] == THEME_COLOUR
    assert manifest["short_name"] == "Lokalatih" and manifest["name"].startswith("Lokalatih: ")
    sizes = set()
    for icon in manifest["icons"]:
        path = (site / folder / icon["src"]).resolve()
        assert path.is_file() and path.is_relative_to(site.resolve()), icon
        if icon["type"] == "image/png":
            with Image.open(path) as image:
                assert icon["sizes"] == f"{image.width}x{image.height}"
                sizes.add(image.width)
    assert {192, 512} <= sizes and any(icon["purpose"] == "maskable" for icon in manifest["icons"])
    home = (site / folder / "index.html").read_text(encoding="utf-8")
    assert '<link rel="manifest" href="manifest.webmanifest">' in home
    assert '<meta name="theme-color" content="#00695c">' in home


def test_the_icon_is_the_same_on_every_build() -> None:
    assert icon_png(192) == icon_png(192)
    with Image.open(io.BytesIO(icon_png(192))) as image:
        assert image.getpixel((2, 2)) == (0x00, 0x69, 0x5C)  # the theme colour, edge to edge (maskable)
        assert image.getpixel((64, 96)) == (0xFF, 0xFF, 0xFF)  # the book's left page
        assert image.getpixel((96, 96)) == (0x00, 0x69, 0x5C)  # between its pages


def test_the_file_bundle_has_no_worker_manifest_or_save_button(built_kit: Path) -> None:
    with zipfile.ZipFile(built_kit / "dist" / "offline" / "lokalatih-sumatera-utara.zip") as bundle:
        names = bundle.namelist()
        page = bundle.read("lokalatih-sumatera-utara/workshop/w03-legal-framework/index.html").decode("utf-8")
    assert not any(name.endswith(("/sw.js", ".webmanifest")) or "/offline/" in name for name in names)
    assert "lk-offline" not in page and "offline-save.js" not in page and 'rel="manifest"' not in page


def test_the_live_preview_registers_no_worker_and_removes_one_left_there(minikit: Path) -> None:
    """`lokalatih serve`'s configuration: its pages load the script only to remove a worker (data-live-preview),
    and link no manifest."""
    import datetime as dt

    from lokalatih.build import build_dir, run_mkdocs
    from lokalatih.serve import regenerate

    assert regenerate(minikit, "sumatera-utara")  # what the preview writes before MkDocs' server builds it
    site = build_dir(minikit) / "preview-test"
    run_mkdocs(build_dir(minikit) / "mkdocs.yml", site, dt.datetime(2025, 11, 17, tzinfo=dt.UTC))
    page = (site / "demo" / "d01-welcome" / "index.html").read_text(encoding="utf-8")
    assert "data-live-preview" in page and "offline-save.js" in page
    assert 'rel="manifest"' not in page and 'class="lk-offline"' not in page


def test_bench_reports_each_pack_with_and_without_pdfs(built_kit: Path) -> None:
    from lokalatih.bench import offline_packs

    site = built_kit / "site"
    packs = offline_packs(site)
    assert sorted(packs) == sorted(PACKS)
    for key, sizes in packs.items():
        listed = _pack(site, key)["bytes"]
        assert sizes["without_pdfs"] == listed["pages"] and sizes["with_pdfs"] == listed["pages"] + listed["handouts"]
        assert 0 < sizes["without_pdfs_gzip"] < sizes["without_pdfs"]
