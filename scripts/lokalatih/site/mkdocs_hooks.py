"""MkDocs hook of the Lokalatih site: repairs what mkdocs-static-i18n does to shared output paths, and lets the
keyboard reach wide tables.

mkdocs-static-i18n re-runs the whole MkDocs build once per language into the same site_dir, so files at a shared
path keep the last language built: 404.html, and search/search_index.json holds every language at once. This hook
puts each language's 404 page and search index under that language's root. Loaded by the configuration that
`lokalatih build` writes; it runs inside `mkdocs build` and `mkdocs serve` alike.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import CombinedEvent, event_priority
from mkdocs.structure.pages import Page

from lokalatih.labels import label
from lokalatih.site import indonesian_search
from lokalatih.site.css_prune import features_off, prune_theme_stylesheets
from lokalatih.site.minify import minify_own_assets, without_indentation

_HEADING = re.compile(r'<h[1-6][^>]*\bid="(?P<id>[^"]+)"')
_TABLE = re.compile(r"<table\b[^>]*>.*?</table>", re.DOTALL)


def focusable_tables(content: str, page_title: str) -> str:
    """Wrap every table in a region the keyboard can reach, named by the heading above it (or the page's title).

    A wide table scrolls sideways on a phone; a reader without a mouse or touch screen must be able to focus it to
    scroll it (WCAG 2.1.1, axe `scrollable-region-focusable`). Material wraps each table in its own scrolling
    `div.md-typeset__scrollwrap` in the browser, where a hook cannot reach; lokalatih.css lets this wrapper scroll
    instead of Material's."""
    headings = [(match.start(), match.group("id")) for match in _HEADING.finditer(content)]

    def wrapped(table: re.Match[str]) -> str:
        above = [heading_id for start, heading_id in headings if start < table.start()]
        name = f'aria-labelledby="{html.escape(above[-1])}"' if above else f'aria-label="{page_title}"'
        return f'<div class="lk-table" tabindex="0" role="region" {name}>{table.group(0)}</div>'

    return _TABLE.sub(wrapped, content)


_H1 = re.compile(r"<h1\b[^>]*>(?P<inner>.*?)</h1>", re.DOTALL)
_PARAGRAPH = re.compile(r"<p>(?P<inner>.*?)</p>", re.DOTALL)  # a plain paragraph: not an admonition's title
_PERMALINK = re.compile(r'<a class="headerlink"[^>]*>.*?</a>', re.DOTALL)
_TAG = re.compile(r"<[^>]+>")
DESCRIPTION_LENGTH = 200  # characters of a link preview's text: chat apps show two or three lines of it


def _text_of(fragment: str) -> str:
    """The words of an HTML fragment, as plain text."""
    return " ".join(html.unescape(_TAG.sub("", _PERMALINK.sub("", fragment))).split())


def shortened(text: str, length: int = DESCRIPTION_LENGTH) -> str:
    """At most `length` characters, cut at a word with an ellipsis when longer."""
    if len(text) <= length:
        return text
    cut = text[: length - 1]
    cut = cut[: cut.rfind(" ")] if " " in cut else cut
    return cut.rstrip(" ,;:·-–—") + "…"


def page_meta(meta: Mapping[str, Any], title: str, content: str, is_home: bool) -> dict[str, str]:
    """The page's title and description for its <title>, its meta description and its link preview (og:title,
    og:description), as plain text.

    Generated pages say both in their front matter (`lk_title`, `lk_description`: a session's code, title and kind
    of page, its summary); other pages are titled by the navigation, the home page by its heading, and described by
    their first paragraph."""
    heading = _H1.search(content)
    paragraph = _PARAGRAPH.search(content)
    if meta.get("lk_title"):
        page_title = str(meta["lk_title"])
    elif is_home and heading:
        page_title = _text_of(heading.group("inner"))
    else:
        page_title = html.unescape(title)
    description = str(meta.get("lk_description") or (_text_of(paragraph.group("inner")) if paragraph else ""))
    return {"title": " ".join(page_title.split()), "description": shortened(" ".join(description.split()))}


def on_page_content(content: str, page: Page, config: MkDocsConfig, **_: Any) -> str:
    # The home page of each language: index.id.md, index.en.md (MkDocs' is_homepage knows only the default one's).
    is_home = page.file.src_uri.partition(".")[0] == "index"
    found = page_meta(page.meta, page.title or "", content, is_home)
    # Material prints page.meta.title and page.meta.description as HTML (in <title>, the header, the meta tags):
    # escaped here, once; computed afresh from the plain text every build (the live preview reuses pages).
    page.meta.update({key: html.escape(value, quote=True) for key, value in found.items() if value})
    # The toc extension titles every heading's anchor "Permanent link", in English: in the page's language instead.
    permalink = html.escape(label("permalink", _i18n(config).current_language), quote=True)
    content = content.replace('title="Permanent link"', f'title="{permalink}"')
    # Titles are HTML in MkDocs (the navigation's are escaped by lokalatih): plain text, then an attribute value.
    return focusable_tables(content, html.escape(html.unescape(page.title or ""), quote=True))


# Each language's search settings. lunr.js has no Indonesian: the kit's own lunr.id plugin (indonesian_search.py)
# stems Indonesian; English keeps Material's default for English.
SEARCH_CONFIG: dict[str, dict[str, list[str]]] = {
    "id": indonesian_search.INDEX_CONFIG,
    "en": {"lang": ["en"], "pipeline": ["stopWordFilter"]},
}
_default_404: dict[str, bytes] = {}


def _i18n(config: MkDocsConfig) -> Any:
    return config.plugins["i18n"]


@event_priority(50)  # before mkdocs-static-i18n (-100) starts the next language's build
def _keep_404_per_language(config: MkDocsConfig) -> None:
    i18n = _i18n(config)
    site = Path(config.site_dir)
    page = site / "404.html"
    if i18n.current_language == i18n.default_language:
        _default_404[config.site_dir] = page.read_bytes()
    elif config.site_dir in _default_404:
        target = site / i18n.current_language / "404.html"
        target.parent.mkdir(parents=True, exist_ok=True)
        page.replace(target)
        page.write_bytes(_default_404[config.site_dir])


@event_priority(-200)  # after mkdocs-static-i18n has built every language and merged the search index
def _finish_when_every_language_is_built(config: MkDocsConfig) -> None:
    i18n = _i18n(config)
    if i18n.building:
        return  # a nested language build; the outer build finishes the job
    site = Path(config.site_dir)
    # The theme ships source maps of its scripts (about 1.3 MB) that no reader needs; phones and the offline zip
    # are lighter without them, and a browser only asks for them when its developer tools are open.
    for source_map in site.glob("assets/**/*.map"):
        source_map.unlink()
    if not config.site_url:
        # A sitemap must list absolute addresses; without the site's address there is nothing true to list.
        for sitemap in (*site.glob("sitemap.xml*"), *site.glob("*/sitemap.xml*")):
            sitemap.unlink()
    # A phone's first view: the kit's own files without their comments, and one stylesheet: the theme's without the
    # rules nothing on this site can match, then the kit's.
    minify_own_assets(site)
    prune_theme_stylesheets(site, features_off(config))
    paths = split_search_index(site, i18n.default_language, [c.locale for c in i18n.config.languages])
    if config.extra.get("offline"):
        # From file:// Material loads the index as a script (search_index.js) instead of fetching the JSON.
        for path in paths:
            path.with_suffix(".js").write_text(f"var __index = {path.read_text(encoding='utf-8')}", encoding="utf-8")


def on_post_page(output: str, **_: Any) -> str:
    return without_indentation(output)


on_post_build = CombinedEvent(_keep_404_per_language, _finish_when_every_language_is_built)


def split_search_index(site: Path, default_language: str, languages: list[str]) -> list[Path]:
    """One index per language, each under its language root, with locations relative to that root."""
    merged_path = site / "search" / "search_index.json"
    merged = json.loads(merged_path.read_text(encoding="utf-8"))
    others = [lang for lang in languages if lang != default_language]
    per_language: dict[str, list[dict[str, Any]]] = {lang: [] for lang in languages}
    for doc in merged["docs"]:
        lang = next((other for other in others if doc["location"].startswith(f"{other}/")), default_language)
        if lang != default_language:
            doc = {**doc, "location": doc["location"].removeprefix(f"{lang}/")}
        per_language[lang].append(doc)
    written = []
    for lang, docs in per_language.items():
        config = {**merged["config"], **SEARCH_CONFIG.get(lang, {"lang": ["en"], "pipeline": []})}
        path = merged_path if lang == default_language else site / lang / "search" / "search_index.json"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps({"config": config, "docs": docs}, ensure_ascii=False), encoding="utf-8")
        if "id" in config["lang"]:
            indonesian_search.write_lunr_plugin(site, {"config": config, "docs": docs})
        written.append(path)
    return written
