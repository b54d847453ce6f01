"""Write the Markdown pages MkDocs builds: authored pages rendered with the province, and generated ones."""

from __future__ import annotations

import html
import re
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2

from lokalatih.clock import format_clock
from lokalatih.curriculum import Curriculum, Module, Programme
from lokalatih.labels import BREAK_LABELS, DELIVERY_LABELS, METHOD_LABELS, label
from lokalatih.model.common import LANGUAGES, Method
from lokalatih.model.module import Activity
from lokalatih.model.programme import BreakKind, Delivery
from lokalatih.model.references import Reference


def _md(text: str) -> str:
    # YAML texts go into Markdown, which passes raw HTML through: keep them text.
    return html.escape(text, quote=False)


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


_templates = jinja2.Environment(
    loader=jinja2.PackageLoader("lokalatih.site", "templates"),
    undefined=jinja2.StrictUndefined,
    keep_trailing_newline=True,
    autoescape=False,  # the output is Markdown; `md` escapes what came from YAML
)
_templates.filters.update(
    md=_md,
    cell=_cell,
    method=lambda method, lang: METHOD_LABELS[Method(method)][lang],
    break_label=lambda kind, lang: BREAK_LABELS[BreakKind(kind)][lang],
    delivery=lambda delivery, lang: DELIVERY_LABELS[Delivery(delivery)][lang],
)


@dataclass(frozen=True)
class Citation:
    source: Reference
    modules: list[Module]


def citations(curriculum: Curriculum) -> list[Citation]:
    """Every document of the bibliography, once, with the modules that cite it."""
    cited: dict[str, list[Module]] = {key: [] for key in curriculum.references}
    for module in curriculum.modules:
        for key in module.spec.sources:
            cited[key].append(module)
    ordered = sorted(curriculum.references.values(), key=lambda r: (r.issuer.casefold(), r.year, r.title.casefold()))
    return [Citation(reference, cited[reference.key]) for reference in ordered]


def abbreviation_titles(curriculum: Curriculum, lang: str) -> dict[str, str]:
    return {t.abbreviation: t.term[lang] for t in curriculum.glossary.terms if t.abbreviation}


def with_abbreviations(markdown: str, titles: dict[str, str]) -> str:
    """Append Markdown `abbr` definitions for the glossary abbreviations this page uses (tooltips on hover)."""
    used = [abbr for abbr in sorted(titles) if re.search(rf"(?<![\w-]){re.escape(abbr)}(?![\w-])", markdown)]
    if not used:
        return markdown
    definitions = "\n".join(f"*[{abbr}]: {titles[abbr]}" for abbr in used)
    return f"{markdown.rstrip()}\n\n{definitions}\n"


@dataclass(frozen=True)
class TimedActivity:
    activity: Activity
    window: str


def _timed_activities(programme: Programme, module: Module) -> list[TimedActivity]:
    _, slot = programme.slot_of(module)
    clock = slot.start
    timed = []
    for activity in module.spec.activities:
        timed.append(TimedActivity(activity, f"{format_clock(clock)}–{format_clock(clock + activity.minutes)}"))
        clock += activity.minutes
    return timed


def _render(template: str, lang: str, **context: Any) -> str:
    return _templates.get_template(template).render(lang=lang, t=lambda key: label(key, lang), **context)


def page_texts(curriculum: Curriculum) -> dict[str, str]:
    """Every page of the site as {path relative to docs_dir: Markdown}, both languages, suffixed."""
    pages: dict[str, str] = {}
    for page in curriculum.pages:
        for lang in LANGUAGES:
            pages[f"{page.path}.{lang}.md"] = page.rendered[lang]
    terms = curriculum.glossary.terms
    for lang in LANGUAGES:
        ordered = sorted(terms, key=lambda term: term.term[lang].casefold())
        pages[f"glossary.{lang}.md"] = _render("glossary.md.j2", lang, terms=ordered)
        for programme in curriculum.programmes:
            base = programme.id
            pages[f"{base}/index.{lang}.md"] = _render("programme.md.j2", lang, programme=programme)
            pages[f"{base}/agenda.{lang}.md"] = _render("agenda.md.j2", lang, programme=programme)
            for module in programme.modules:
                day, slot = programme.slot_of(module)
                sources = [curriculum.references[key] for key in module.spec.sources]
                context = {"module": module, "day": day, "slot": slot, "sources": sources}
                folder = f"{base}/{module.slug}"
                pages[f"{folder}/index.{lang}.md"] = _render("participant.md.j2", lang, **context)
                pages[f"{folder}/facilitator.{lang}.md"] = _render(
                    "facilitator.md.j2", lang, timed_activities=_timed_activities(programme, module), **context
                )
    for lang in LANGUAGES:
        pages[f"references.{lang}.md"] = _render("references.md.j2", lang, references=citations(curriculum))
        titles = abbreviation_titles(curriculum, lang)
        for path in [p for p in pages if p.endswith(f".{lang}.md")]:
            pages[path] = with_abbreviations(pages[path], titles)
    return pages


def write_pages(pages: dict[str, str], docs_dir: Path) -> int:
    """Make `docs_dir` hold exactly `pages`; rewrite only what changed (the live preview reloads less)."""
    docs_dir.mkdir(parents=True, exist_ok=True)
    changed = 0
    for relative, text in pages.items():
        path = docs_dir / relative
        if path.is_file() and path.read_text(encoding="utf-8") == text:
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        changed += 1
    wanted = {docs_dir / relative for relative in pages}
    for path in sorted(docs_dir.rglob("*"), reverse=True):
        if path.is_file() and path not in wanted:
            path.unlink()
            changed += 1
        elif path.is_dir() and not any(path.iterdir()):
            shutil.rmtree(path)
    return changed
