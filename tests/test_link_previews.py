"""Every page has its own title, and a link preview (Open Graph) in its language: what a chat app shows when a
participant shares a page's address."""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

import lxml.html
import pytest

from lokalatih.formatting import plain_text
from lokalatih.labels import THEME, label
from lokalatih.loader import load_curriculum
from lokalatih.model.common import LANGUAGES
from lokalatih.site.mkdocs_hooks import DESCRIPTION_LENGTH, page_meta, shortened

PREFIX = {"id": "", "en": "en/"}
OG_LOCALE = {"id": "id_ID", "en": "en_GB"}


def html_pages(site: Path, lang: str) -> list[Path]:
    """The pages of one language's site (not the theme's assets or the downloads)."""
    root = site / PREFIX[lang]
    pages = [page for page in root.rglob("*.html") if page.relative_to(root).parts[0] not in ("assets", "downloads")]
    return sorted(page for page in pages if lang == "en" or page.relative_to(site).parts[0] != "en")


def document(path: Path) -> lxml.html.HtmlElement:
    return lxml.html.fromstring(path.read_bytes())


def preview(page: lxml.html.HtmlElement) -> dict[str, str]:
    return {meta.get("property"): meta.get("content") for meta in page.xpath("//head/meta[@property]")}


def test_every_page_has_its_own_title_in_each_language(built_kit: Path) -> None:
    site = built_kit / "site"
    for lang in LANGUAGES:
        by_title: dict[str, list[str]] = defaultdict(list)
        pages = html_pages(site, lang)
        assert len(pages) > 40
        for path in pages:
            titles = document(path).xpath("//head/title/text()")
            assert len(titles) == 1, path
            by_title[titles[0]].append(path.relative_to(site).as_posix())
        assert {title: paths for title, paths in by_title.items() if len(paths) > 1} == {}
    t04 = site / "training/t04-trafficking-forced-labour"
    assert document(t04 / "index.html").findtext(".//title") == (
        "T04 · Mengenali perdagangan orang dan kerja paksa · Materi peserta - Lokalatih"
    )
    assert document(site / "en/training/t04-trafficking-forced-labour/facilitator/index.html").findtext(".//title") == (
        "T04 · Recognising trafficking and forced labour · Session plan - Lokalatih"
    )
    # The home page's title is its heading, which names the site already.
    assert document(site / "en/index.html").findtext(".//title") == (
        "Lokalatih: fair recruitment and gender-responsive supervision"
    )


def _expected_descriptions(built_kit: Path, lang: str) -> dict[str, str]:
    """Per page kind (its path in the site), the text its description starts with, from the sources of `lang`."""
    curriculum = load_curriculum(built_kit)
    workshop = next(p for p in curriculum.programmes if p.id == "workshop")
    training = next(p for p in curriculum.programmes if p.id == "training")
    t04 = next(m for m in curriculum.modules if m.slug == "t04-trafficking-forced-labour")
    w03 = next(m for m in curriculum.modules if m.slug == "w03-legal-framework")
    home = (built_kit / f"docs/index.{lang}.md").read_text(encoding="utf-8").split("\n\n")[1]
    return {
        "": plain_text(home),
        "workshop/": plain_text(workshop.spec.summary[lang]),
        "training/agenda/": plain_text(training.spec.summary[lang]),
        "workshop/w03-legal-framework/": plain_text(w03.spec.summary[lang]),
        "training/t04-trafficking-forced-labour/facilitator/": plain_text(t04.spec.summary[lang]),
        "province/": label("province_description", lang, province=curriculum.province.name[lang]),
        "glossary/": label("glossary_intro", lang),
        "downloads/": label("downloads_intro", lang),
        "references/": label("references_intro", lang),
        "404.html": THEME["not_found_text"][lang],
    }


@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_page_kind_has_a_link_preview_in_its_language(built_kit: Path, lang: str) -> None:
    site = built_kit / "site"
    other = next(other for other in LANGUAGES if other != lang)
    expected, in_other = _expected_descriptions(built_kit, lang), _expected_descriptions(built_kit, other)
    for path, description in expected.items():
        file = site / PREFIX[lang] / path / ("" if path.endswith(".html") else "index.html")
        page = document(file)
        og = preview(page)
        assert page.get("lang") == lang, path
        assert og["og:locale"] == OG_LOCALE[lang] and og["og:type"] == "website" and og["og:site_name"] == "Lokalatih"
        title = page.findtext(".//title")
        assert og["og:title"] and title in (og["og:title"], f"{og['og:title']} - Lokalatih"), path
        assert og["og:description"] == shortened(description), path
        assert og["og:description"] != shortened(in_other[path]), f"{path}: not in its own language"
        assert len(og["og:description"]) <= DESCRIPTION_LENGTH
        if path != "404.html":  # the not-found page keeps the site's description for search engines
            assert page.xpath("//head/meta[@name='description']/@content") == [og["og:description"]], path
        # No image and no address: nothing for a preview to fetch, and no address the site was not given.
        assert set(og) == {"og:type", "og:site_name", "og:locale", "og:title", "og:description"}, path


def test_page_meta_takes_the_generated_title_or_the_heading_and_the_first_paragraph() -> None:
    content = '<h1 id="x">Lokalatih: <em>fair</em> &amp; open<a class="headerlink" href="#x">¶</a></h1>\n'
    content += '<div class="admonition"><p class="admonition-title">Note</p></div><p>First &lt;words&gt;.</p><p>No.</p>'
    assert page_meta({}, "Home", content, is_home=True) == {
        "title": "Lokalatih: fair & open",
        "description": "First <words>.",
    }
    assert page_meta({}, "Glossary", content, is_home=False)["title"] == "Glossary"
    meta = {"lk_title": "T04 · Title · Session plan", "lk_description": "The summary."}
    assert page_meta(meta, "Session plan", content, is_home=False) == {
        "title": "T04 · Title · Session plan",
        "description": "The summary.",
    }


def test_long_descriptions_end_at_a_word() -> None:
    text = "word " * 100
    short = shortened(text.strip())
    assert len(short) <= DESCRIPTION_LENGTH and short.endswith("word…")
    assert shortened("Short enough.") == "Short enough."


def test_descriptions_hold_no_markdown(built_kit: Path) -> None:
    for path in html_pages(built_kit / "site", "en"):
        description = preview(document(path)).get("og:description", "")
        assert not re.search(r"\*\w|\]\(|<", description), path
