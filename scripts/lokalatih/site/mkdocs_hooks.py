"""MkDocs hook of the Lokalatih site: repairs what mkdocs-static-i18n does to shared output paths.

mkdocs-static-i18n re-runs the whole MkDocs build once per language into the same site_dir, so files at a shared
path keep the last language built: 404.html, and search/search_index.json holds every language at once. This hook
puts each language's 404 page and search index under that language's root. Loaded by the configuration that
`lokalatih build` writes; it runs inside `mkdocs build` and `mkdocs serve` alike.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import CombinedEvent, event_priority

# Indonesian has no lunr.js stemmer; an English one would mangle Indonesian words. English keeps Material's default.
SEARCH_PIPELINES = {"en": ["stopWordFilter"]}
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
def _split_search_when_done(config: MkDocsConfig) -> None:
    i18n = _i18n(config)
    if i18n.building:
        return  # a nested language build; the outer build finishes the job
    site = Path(config.site_dir)
    if not config.site_url:
        # A sitemap must list absolute addresses; without the site's address there is nothing true to list.
        for sitemap in (*site.glob("sitemap.xml*"), *site.glob("*/sitemap.xml*")):
            sitemap.unlink()
    paths = split_search_index(site, i18n.default_language, [c.locale for c in i18n.config.languages])
    if config.extra.get("offline"):
        # From file:// Material loads the index as a script (search_index.js) instead of fetching the JSON.
        for path in paths:
            path.with_suffix(".js").write_text(f"var __index = {path.read_text(encoding='utf-8')}", encoding="utf-8")


on_post_build = CombinedEvent(_keep_404_per_language, _split_search_when_done)


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
        config = {**merged["config"], "lang": ["en"], "pipeline": SEARCH_PIPELINES.get(lang, [])}
        path = merged_path if lang == default_language else site / lang / "search" / "search_index.json"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps({"config": config, "docs": docs}, ensure_ascii=False), encoding="utf-8")
        written.append(path)
    return written
