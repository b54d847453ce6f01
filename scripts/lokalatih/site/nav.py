"""The navigation of each language, generated from the programmes (MkDocs would otherwise title sections by folder)."""

from __future__ import annotations

import html
from typing import Any

from lokalatih.curriculum import Curriculum
from lokalatih.labels import label
from lokalatih.model.common import LANGUAGES


def _text(title: str) -> str:
    # MkDocs and Material print navigation titles as HTML: a title from YAML must stay text.
    return html.escape(title, quote=False)


def navigation(curriculum: Curriculum, lang: str) -> list[Any]:
    nav: list[Any] = [{label("home", lang): "index.md"}]
    for programme in curriculum.programmes:
        base = programme.id
        entries: list[Any] = [
            {label("overview", lang): f"{base}/index.md"},
            {label("agenda", lang): f"{base}/agenda.md"},
        ]
        for module in programme.modules:
            title = _text(f"{module.spec.id.upper()} · {module.spec.title[lang]}")
            entries.append(
                {
                    title: [
                        {label("participant_page", lang): f"{base}/{module.slug}/index.md"},
                        {label("facilitator_page", lang): f"{base}/{module.slug}/facilitator.md"},
                    ]
                }
            )
        nav.append({_text(programme.spec.short_title[lang]): entries})
    nav.append({_text(f"{label('province_page', lang)}: {curriculum.province.name[lang]}"): "province.md"})
    nav.append({label("glossary", lang): "glossary.md"})
    nav.append({label("references", lang): "references.md"})
    nav.append({label("downloads", lang): "downloads.md"})
    nav.append({label("translation_status", lang): "translations.md"})
    nav.append({label("contact_status", lang): "contacts.md"})
    extra_pages = sorted(page.path for page in curriculum.pages if page.path != "index")
    for path in extra_pages:
        nav.append(f"{path}.md")
    return nav


def navigations(curriculum: Curriculum) -> dict[str, list[Any]]:
    return {lang: navigation(curriculum, lang) for lang in LANGUAGES}
