"""The whole real curriculum builds into a bilingual site, and a failed build changes nothing already built."""

from __future__ import annotations

import hashlib
import json
import re
import subprocess
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import yaml

from lokalatih.build import build_all
from lokalatih.errors import BuildFailed, ContentErrors
from lokalatih.loader import load_curriculum
from lokalatih.model.common import LANGUAGES

from .conftest import REPO


def tree_digest(folder: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        digest.update(path.relative_to(folder).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def html_lang(page: Path) -> str:
    match = re.search(r'<html lang="([^"]+)"', page.read_text(encoding="utf-8"))
    assert match, page
    return match.group(1)


def test_every_module_gets_a_participant_page_and_a_session_plan_in_both_languages(built_kit: Path) -> None:
    curriculum = load_curriculum(built_kit)
    assert {p.id for p in curriculum.programmes} == {"workshop", "training"}
    site = built_kit / "site"
    for module in curriculum.modules:
        for lang in LANGUAGES:
            prefix = site if lang == "id" else site / lang
            folder = prefix / module.programme / module.slug
            for page in (folder / "index.html", folder / "facilitator" / "index.html"):
                assert page.is_file(), page
                assert html_lang(page) == lang
                text = page.read_text(encoding="utf-8")
                assert module.spec.title[lang].split(":")[0] in text


def test_agenda_shows_clock_times_computed_from_the_programme(built_kit: Path) -> None:
    curriculum = load_curriculum(built_kit)
    for programme in curriculum.programmes:
        first_module_slot = next(slot for slot in programme.days[0].slots if slot.module)
        for lang, prefix in (("id", ""), ("en", "en/")):
            agenda = (built_kit / "site" / prefix / programme.id / "agenda" / "index.html").read_text(encoding="utf-8")
            assert first_module_slot.window in agenda
            assert first_module_slot.module is not None
            assert first_module_slot.module.spec.title[lang].split(":")[0] in agenda


def test_search_index_per_language(built_kit: Path) -> None:
    site = built_kit / "site"
    indonesian = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    english = json.loads((site / "en" / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert indonesian["docs"] and english["docs"]
    assert not any(doc["location"].startswith("en/") for doc in indonesian["docs"])
    titles_id = {doc["title"] for doc in indonesian["docs"]}
    titles_en = {doc["title"] for doc in english["docs"]}
    assert "Glosarium" in titles_id and "Glosarium" not in titles_en
    assert "Glossary" in titles_en and "Glossary" not in titles_id


def test_404_page_in_each_language(built_kit: Path) -> None:
    site = built_kit / "site"
    assert html_lang(site / "404.html") == "id"
    assert html_lang(site / "en" / "404.html") == "en"
    assert "Halaman tidak ditemukan" in (site / "404.html").read_text(encoding="utf-8")
    assert "Page not found" in (site / "en" / "404.html").read_text(encoding="utf-8")


def test_manifests_list_what_the_build_placed(built_kit: Path) -> None:
    for folder in (built_kit / "site" / "downloads", built_kit / "dist" / "kit"):
        entries = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
        assert isinstance(entries, list)
        for entry in entries:
            assert set(entry) == {"path", "kind", "lang", "programme", "module", "bytes", "sha256"}
            data = (folder / entry["path"]).read_bytes()
            assert entry["bytes"] == len(data)
            assert entry["sha256"] == hashlib.sha256(data).hexdigest()


class _LoadedResources(HTMLParser):
    """Collects what a page makes the browser load: scripts, stylesheets, icons, images, frames."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag in ("script", "img", "iframe", "source", "video", "audio") and values.get("src"):
            self.urls.append(str(values["src"]))
        if tag == "link" and values.get("rel") not in ("canonical", "alternate") and values.get("href"):
            self.urls.append(str(values["href"]))


def test_public_site_loads_nothing_from_other_hosts(built_kit: Path) -> None:
    offenders = []
    for page in (built_kit / "site").rglob("*.html"):
        parser = _LoadedResources()
        parser.feed(page.read_text(encoding="utf-8"))
        offenders += [
            f"{page.name}: {url}" for url in parser.urls if urlsplit(url).netloc not in ("", "127.0.0.1:8000")
        ]
    assert offenders == []


def test_both_colour_schemes_with_a_toggle_named_in_each_language(built_kit: Path) -> None:
    from lokalatih.labels import label

    for lang, home in (("id", "index.html"), ("en", "en/index.html")):
        html = (built_kit / "site" / home).read_text(encoding="utf-8")
        assert re.findall(r'data-md-color-media="([^"]+)" data-md-color-scheme="(\w+)"', html) == [
            ("(prefers-color-scheme: light)", "default"),
            ("(prefers-color-scheme: dark)", "slate"),
        ]
        titles = re.findall(r'<label class="md-header__button md-icon" title="([^"]+)" for="__palette_', html)
        assert titles == [label("to_dark_mode", lang), label("to_light_mode", lang)]


def test_generated_pages_are_never_committed() -> None:
    tracked = subprocess.run(["git", "ls-files"], cwd=REPO, capture_output=True, text=True, check=True).stdout
    assert not [line for line in tracked.splitlines() if line.split("/")[0] in {"build", "site", "dist"}]
    ignored = (REPO / ".gitignore").read_text(encoding="utf-8")
    for folder in ("/build/", "/site/", "/dist/"):
        assert folder in ignored


def test_navigation_instant_stays_off() -> None:
    config = yaml.safe_load((REPO / "mkdocs.yml").read_text(encoding="utf-8"))
    assert "navigation.instant" not in config["theme"].get("features", [])
    assert config["strict"] is True
    assert config["validation"]["links"]["anchors"] == "warn"


def test_failed_content_check_leaves_previous_outputs_untouched(minikit: Path) -> None:
    build_all(minikit, "sumatera-utara")
    before = tree_digest(minikit / "site"), tree_digest(minikit / "dist")
    module = minikit / "modules/demo/d01-welcome/module.yaml"
    module.write_text(module.read_text(encoding="utf-8").replace("minutes: 30", "minutes: 20"), encoding="utf-8")
    with pytest.raises(ContentErrors):
        build_all(minikit, "sumatera-utara")
    assert (tree_digest(minikit / "site"), tree_digest(minikit / "dist")) == before


def test_failed_mkdocs_build_leaves_previous_outputs_untouched(minikit: Path) -> None:
    build_all(minikit, "sumatera-utara")
    before = tree_digest(minikit / "site"), tree_digest(minikit / "dist")
    page = minikit / "docs/index.en.md"
    page.write_text(page.read_text(encoding="utf-8") + "\n[broken](no-such-page.md)\n", encoding="utf-8")
    with pytest.raises(BuildFailed, match="strict"):
        build_all(minikit, "sumatera-utara")
    assert (tree_digest(minikit / "site"), tree_digest(minikit / "dist")) == before
    assert not list((minikit / "build").glob("staging-*"))


def test_broken_anchor_fails_the_strict_build(minikit: Path) -> None:
    page = minikit / "docs/index.id.md"
    page.write_text(page.read_text(encoding="utf-8") + "\n[glosarium](glossary.md#tidak-ada)\n", encoding="utf-8")
    with pytest.raises(BuildFailed):
        build_all(minikit, "sumatera-utara")
    assert not (minikit / "site").exists()


def test_province_variables_reach_the_page(minikit: Path) -> None:
    build_all(minikit, "sumatera-utara")
    page = (minikit / "site/demo/d01-welcome/index.html").read_text(encoding="utf-8")
    assert "Pekerja migran di Sumatera Utara bertemu di Medan." in page
    english = (minikit / "site/en/demo/d01-welcome/index.html").read_text(encoding="utf-8")
    assert "Migrant workers in North Sumatra meet in Medan." in english


def test_profile_values_are_escaped_not_markup(minikit: Path) -> None:
    profile = minikit / "provinces/sumatera-utara.yaml"
    profile.write_text(
        profile.read_text(encoding="utf-8").replace("capital: Medan", 'capital: "<script>alert(1)</script>"'),
        encoding="utf-8",
    )
    build_all(minikit, "sumatera-utara")
    page = (minikit / "site/demo/d01-welcome/index.html").read_text(encoding="utf-8")
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_facilitator_blocks_render_on_session_plans_with_titles_in_each_language(minikit: Path) -> None:
    build_all(minikit, "sumatera-utara")
    plan = (minikit / "site/demo/d01-welcome/facilitator/index.html").read_text(encoding="utf-8")
    assert 'class="admonition safeguarding"' in plan
    assert '<p class="admonition-title">Pelindungan peserta</p>' in plan
    english = (minikit / "site/en/demo/d01-welcome/facilitator/index.html").read_text(encoding="utf-8")
    assert '<p class="admonition-title">Safeguarding</p>' in english
    assert '<p class="admonition-title">Inclusive facilitation</p>' in english
    reading = (minikit / "site/demo/d01-welcome/index.html").read_text(encoding="utf-8")
    assert "safeguarding" not in reading


def test_glossary_abbreviations_become_tooltips(minikit: Path) -> None:
    glossary = minikit / "modules/glossary.yaml"
    glossary.write_text(
        glossary.read_text(encoding="utf-8").replace("  - key: pmi\n", "  - key: pmi\n    abbreviation: PMI\n")
    )
    page = minikit / "modules/demo/d01-welcome/participant.en.md"
    page.write_text(page.read_text(encoding="utf-8") + "\nEvery PMI has rights; PMIs and XPMI are other words.\n")
    build_all(minikit, "sumatera-utara")
    html = (minikit / "site/en/demo/d01-welcome/index.html").read_text(encoding="utf-8")
    assert '<abbr title="PMI (Indonesian migrant worker)">PMI</abbr> has rights' in html
    assert "XPMI are" in html and "<abbr" not in html.split("PMIs and")[1][:40]
    # Pages that do not use the abbreviation carry no definition.
    home = (minikit / "build/docs/index.en.md").read_text(encoding="utf-8")
    assert "*[PMI]" not in home


def test_references_page_lists_each_document_once_with_its_modules(built_kit: Path) -> None:
    curriculum = load_curriculum(built_kit)
    cited = {key for m in curriculum.modules for key in m.spec.sources}
    assert cited == set(curriculum.references), "every bibliography entry is cited somewhere"
    uu18 = curriculum.references["uu-18-2017"]
    citing = [m for m in curriculum.modules if "uu-18-2017" in m.spec.sources]
    for lang, prefix in (("id", ""), ("en", "en/")):
        page = (built_kit / "build/docs" / f"references.{lang}.md").read_text(encoding="utf-8")
        items = [line for line in page.splitlines() if line.startswith("- ")]
        assert len(items) == len(curriculum.references)
        assert sum(uu18.title in item for item in items) == 1
        entry = page.split(uu18.title, 1)[1].split("\n- ", 1)[0]
        assert entry.count("/index.md") == len(citing)
        assert (built_kit / "site" / prefix / "references" / "index.html").is_file()


def test_every_page_exists_in_both_languages_with_its_own_language(built_kit: Path) -> None:
    site = built_kit / "site"
    english = {p.relative_to(site / "en") for p in (site / "en").rglob("*.html")}
    indonesian = {p.relative_to(site) for p in site.rglob("*.html") if p.relative_to(site).parts[0] != "en"}
    assert english == indonesian
    for relative in indonesian:
        assert html_lang(site / relative) == "id", relative
        assert html_lang(site / "en" / relative) == "en", relative


def test_glossary_has_at_least_60_terms_and_session_plans_show_expected_answers(built_kit: Path) -> None:
    curriculum = load_curriculum(built_kit)
    assert len(curriculum.glossary.terms) >= 60
    module = next(m for m in curriculum.modules if any(a.expected_answers for a in m.spec.activities))
    answer = next(a for a in module.spec.activities if a.expected_answers).expected_answers[0]
    plan = (built_kit / "build/docs" / module.programme / module.slug / "facilitator.en.md").read_text(encoding="utf-8")
    assert "**Answers to expect:**" in plan
    assert answer.en.split()[0] in plan


def test_programmes_follow_their_order_in_the_navigation(built_kit: Path) -> None:
    home = (built_kit / "site" / "index.html").read_text(encoding="utf-8")
    nav = home[home.index('class="md-nav md-nav--primary"') :]
    assert nav.index("Lokakarya") < nav.index("Pelatihan")


def test_without_a_site_url_no_canonical_link_or_sitemap_points_anywhere(built_kit: Path) -> None:
    site = built_kit / "site"
    assert not list(site.rglob("sitemap.xml*"))
    assert not list(site.rglob("*.map"))  # the theme's source maps are not published either
    for page in (site / "index.html", site / "en" / "training" / "index.html", site / "404.html"):
        html = page.read_text(encoding="utf-8")
        assert 'rel="canonical"' not in html and "127.0.0.1" not in html, page


def test_a_site_url_gives_canonical_links_and_a_sitemap(minikit: Path) -> None:
    build_all(minikit, "sumatera-utara", site_url="https://example.org/lokalatih/")
    site = minikit / "site"
    overview = (site / "en" / "demo" / "index.html").read_text(encoding="utf-8")
    assert '<link rel="canonical" href="https://example.org/lokalatih/en/demo/">' in overview
    assert '<meta property="og:url" content="https://example.org/lokalatih/en/demo/">' in overview  # link previews
    sitemap = (site / "sitemap.xml").read_text(encoding="utf-8")
    assert "<loc>https://example.org/lokalatih/demo/</loc>" in sitemap
    assert 'href="/lokalatih/"' in (site / "404.html").read_text(encoding="utf-8")
    # The offline bundle is opened from disk: the web address belongs to none of its pages.
    import zipfile

    with zipfile.ZipFile(minikit / "dist" / "offline" / "lokalatih-sumatera-utara.zip") as bundle:
        names = bundle.namelist()
        assert not [name for name in names if "sitemap" in name]
        assert not [n for n in names if n.endswith(".html") and b"example.org" in bundle.read(n)]


def test_the_catalog_lists_exactly_the_files_each_folder_holds(built_kit: Path) -> None:
    from lokalatih.catalog import Audience, build_catalog

    catalog = build_catalog(load_curriculum(built_kit))
    for audience, folder in (
        (Audience.PUBLIC, built_kit / "site" / "downloads"),
        (Audience.KIT, built_kit / "dist" / "kit"),
    ):
        listed = {artifact.path for artifact in catalog.of(audience)}
        # The downloads page itself (index.html) is MkDocs' page, not an artifact.
        on_disk = {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()}
        on_disk -= {"manifest.json", "index.html"}
        assert on_disk == listed, audience
        manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
        assert {entry["path"] for entry in manifest} == listed
    assert not [a for a in catalog.of(Audience.KIT) if a.path.startswith("handout")]


def test_the_catalog_refuses_two_artifacts_at_one_path() -> None:
    from lokalatih.catalog import Artifact, Audience, Catalog

    twice = [Artifact("agenda-x.id.pdf", "agenda", Audience.PUBLIC, "Agenda", "id", "x")] * 2
    with pytest.raises(ValueError, match=re.escape("two artifacts share a path: public:agenda-x.id.pdf")):
        Catalog(twice)


def test_preparation_and_grouping_reach_session_plans_and_the_programme_page(built_kit: Path) -> None:
    curriculum = load_curriculum(built_kit)
    site = built_kit / "site"
    for programme in curriculum.programmes:
        preparing = [m for m in programme.modules if m.spec.preparation]
        assert preparing, programme.id
        for prefix, lang in (("", "id"), ("en/", "en")):
            overview = _text(site / prefix / programme.id / "index.html")
            for module in preparing:
                plan = _text(site / prefix / programme.id / module.slug / "facilitator" / "index.html")
                for item in module.spec.preparation:
                    assert item[lang] in overview and item[lang] in plan, (module.slug, lang)
    plan = _text(site / "training" / "t08-community-monitoring" / "facilitator" / "index.html")
    grouped = next(a for m in curriculum.modules if m.slug.startswith("t08") for a in m.spec.activities if a.groups)
    assert grouped.groups is not None
    assert f"Pembagian kelompok: {grouped.groups.count} kelompok" in plan


def _text(page: Path) -> str:
    """A page's visible text with entities decoded and white space folded, as a reader sees it."""
    import html

    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", "", page.read_text(encoding="utf-8"))))


def test_every_kind_of_the_catalog_has_one_renderer() -> None:
    from typing import get_args

    from lokalatih.catalog import Kind
    from lokalatih.outputs import RENDERERS

    assert set(RENDERERS) == set(get_args(Kind))


def test_a_document_is_cited_in_one_form_on_every_page(built_kit: Path) -> None:
    from lokalatih.view import citation

    curriculum = load_curriculum(built_kit)
    module = next(m for m in curriculum.modules if m.spec.sources)
    reference = curriculum.references[module.spec.sources[0]]
    site = built_kit / "site"
    for page in (site / module.programme / module.slug / "index.html", site / "references" / "index.html"):
        assert citation(reference) in _text(page), page
