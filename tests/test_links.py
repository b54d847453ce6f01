"""Every link and anchor of the built site resolves (both languages, downloads); external links are listed."""

from __future__ import annotations

from pathlib import Path

from lokalatih.linkcheck import check_site


def test_every_internal_link_and_anchor_of_the_site_resolves(built_kit: Path) -> None:
    report = check_site(built_kit / "site", "http://127.0.0.1:8000/")
    assert report.broken == []
    assert report.checked > 5000  # the theme's links, navigation, downloads and anchors of every page
    assert all(url.startswith(("http://", "https://")) for url in report.external)


def test_the_offline_bundle_links_resolve_too(built_kit: Path, tmp_path: Path) -> None:
    import zipfile

    with zipfile.ZipFile(built_kit / "dist" / "offline" / "lokalatih-sumatera-utara.zip") as bundle:
        bundle.extractall(tmp_path)
    assert check_site(tmp_path / "lokalatih-sumatera-utara").broken == []


def test_the_checker_finds_a_broken_link_and_a_missing_anchor(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "index.html").write_text(
        '<a href="a/">ok</a><a href="a/#here">ok</a><a href="a/#gone">bad</a><a href="missing.pdf">bad</a>'
        '<a href="https://example.org/">out</a><h2 id="top">t</h2><a href="#top">ok</a>',
        encoding="utf-8",
    )
    (tmp_path / "a" / "index.html").write_text('<p id="here">x</p>', encoding="utf-8")
    report = check_site(tmp_path)
    assert report.broken == [
        "index.html: a[href] a/#gone: no anchor #gone",
        "index.html: a[href] missing.pdf: no such file",
    ]
    assert report.external == {"https://example.org/"}
