"""Write the Markdown pages MkDocs builds: authored pages rendered with the province, and generated ones."""

from __future__ import annotations

import html
import re
import shutil
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

import jinja2

from lokalatih import rules
from lokalatih.curriculum import Curriculum, Module
from lokalatih.documents.plan import format_date, handout_name, public_file_names, worksheet_name
from lokalatih.figures import figures_table, institutions_table
from lokalatih.formatting import markdown_cell
from lokalatih.labels import LABEL_FILTERS, label
from lokalatih.model.common import LANGUAGES
from lokalatih.model.references import Reference


def _md(text: str) -> str:
    # YAML texts go into Markdown, which passes raw HTML through: keep them text.
    return html.escape(text, quote=False)


_templates = jinja2.Environment(
    loader=jinja2.PackageLoader("lokalatih.site", "templates"),
    undefined=jinja2.StrictUndefined,
    keep_trailing_newline=True,
    autoescape=False,  # the output is Markdown; `md` (text) or `cell` (table cells) escapes what came from YAML, once
)
_templates.filters.update(LABEL_FILTERS, md=_md, cell=markdown_cell)


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


def _render(template: str, lang: str, **context: Any) -> str:
    return _templates.get_template(template).render(lang=lang, t=lambda key: label(key, lang), **context)


def format_size(size: int | None, lang: str) -> str:
    if size is None:
        return "PDF"
    if size < 1_000_000:
        return f"PDF, {max(1, round(size / 1000))} KB"
    megabytes = f"{size / 1_000_000:.1f}"
    return f"PDF, {megabytes.replace('.', ',') if lang == 'id' else megabytes} MB"


def download_link(name: str, title: str, depth: int, sizes: dict[str, int], lang: str) -> str:
    """A raw HTML link into site/downloads/ (MkDocs does not know those files; a test follows every link)."""
    href = "../" * depth + "downloads/" + name
    return f'<a href="{href}" download>{html.escape(title)}</a> ({format_size(sizes.get(name), lang)})'


def download_links(files: list[tuple[str, str]], depth: int, sizes: dict[str, int], lang: str) -> str:
    return " · ".join(download_link(name, title, depth, sizes, lang) for name, title in files)


def page_depth(path: str, lang: str, directory_urls: bool = True) -> int:
    """How many folders deep a page's URL is: workshop/x/facilitator.md is workshop/x/facilitator/ (3) with
    directory URLs and workshop/x/facilitator.html (2) without; en/ adds one."""
    parts = path.removesuffix(".md").split("/")
    depth = len(parts) - (1 if parts[-1] == "index" or not directory_urls else 0)
    return depth + (0 if lang == "id" else 1)


def page_texts(
    curriculum: Curriculum, sizes: dict[str, int] | None = None, directory_urls: bool = True
) -> dict[str, str | bytes]:
    """Every page of the site as {path relative to docs_dir: Markdown}, both languages, suffixed, and the images
    they show (bytes). `directory_urls` false is the offline bundle's layout (page.html, opened from file://)."""
    sizes = sizes or {}
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
            event = curriculum.province.event
            dates = event.dates.get(programme.id) if event else None
            pages[f"{base}/agenda.{lang}.md"] = _render(
                "agenda.md.j2",
                lang,
                programme=programme,
                province_name=curriculum.province.name[lang],
                venue=f"{event.venue}, {event.city}" if event else None,
                dates=[format_date(day, lang) for day in dates] if dates else None,
            )
            for module in programme.modules:
                day, slot = programme.slot_of(module)
                sources = [curriculum.references[key] for key in module.spec.sources]
                printables = [(handout_name(module, lang), label("handout", lang))]
                printables += [(worksheet_name(s.key, lang), s.title[lang]) for s in module.spec.worksheets]
                context = {"module": module, "day": day, "slot": slot, "sources": sources}
                downloads = {
                    "index": download_links(
                        printables, page_depth(f"{base}/{module.slug}/index.md", lang, directory_urls), sizes, lang
                    ),
                    "facilitator": download_links(
                        printables,
                        page_depth(f"{base}/{module.slug}/facilitator.md", lang, directory_urls),
                        sizes,
                        lang,
                    ),
                }
                folder = f"{base}/{module.slug}"
                pages[f"{folder}/index.{lang}.md"] = _render(
                    "participant.md.j2", lang, downloads=downloads["index"], **context
                )
                pages[f"{folder}/facilitator.{lang}.md"] = _render(
                    "facilitator.md.j2",
                    lang,
                    timed_activities=programme.timed_activities(module),
                    downloads=downloads["facilitator"],
                    **context,
                )
    for lang in LANGUAGES:
        pages[f"references.{lang}.md"] = _render("references.md.j2", lang, references=citations(curriculum))
        depth = page_depth("downloads.md", lang, directory_urls)
        groups = [
            (title, [download_link(name, file_title, depth, sizes, lang) for name, file_title in files])
            for title, files in _download_groups(curriculum, lang)
        ]
        pages[f"downloads.{lang}.md"] = _render("downloads.md.j2", lang, groups=groups)
        statuses = [
            {
                "translation": st.translation.relative_to(curriculum.root).as_posix(),
                "source": st.source.relative_to(curriculum.root).as_posix(),
                "freshness": str(st.freshness),
            }
            for st in sorted(curriculum.translations, key=lambda st: (st.freshness == "current", str(st.translation)))
        ]
        pages[f"translations.{lang}.md"] = _render("translations.md.j2", lang, statuses=statuses)
        pages[f"province.{lang}.md"] = _render(
            "province.md.j2",
            lang,
            province=curriculum.province,
            figures=figures_table(curriculum.province, lang),
            institutions=institutions_table(curriculum.province, lang),
        )
        titles = abbreviation_titles(curriculum, lang)
        for path in [p for p in pages if p.endswith(f".{lang}.md")]:
            pages[path] = with_abbreviations(pages[path], titles)
    return {**pages, **page_images(curriculum)}


def page_images(curriculum: Curriculum) -> dict[str, bytes]:
    """The image files that texts show, in their page's folder in docs_dir, where MkDocs looks for them (`check`
    has made sure that each is an image file inside its text's folder). Each gets the suffix of the language whose
    text shows it (map.en.png): mkdocs-static-i18n, without fallback to Indonesian, publishes no unsuffixed file in
    the English site."""
    texts = [(module.folder, f"{module.programme}/{module.slug}", module.participant) for module in curriculum.modules]
    texts += [(module.folder, f"{module.programme}/{module.slug}", module.facilitator) for module in curriculum.modules]
    for page in curriculum.pages:
        folder = Path(page.path).parent
        texts.append((curriculum.root / "docs" / folder, folder.as_posix(), page.rendered))
    images: dict[str, bytes] = {}
    for source_folder, page_folder, rendered in texts:
        for lang, text in rendered.items():
            for image in rules.images_in(text):
                problem = rules.image_source_problem(image.source, source_folder, curriculum.root.resolve())
                if problem:  # the loader refuses these: nothing but a checked image of the folder goes public
                    raise RuntimeError(f"unchecked image in {source_folder.name}: {problem}")
                file = rules.image_file(image.source, source_folder)
                relative = PurePosixPath(page_folder, file.relative_to(source_folder.resolve()).as_posix())
                images[str(relative.with_suffix(f".{lang}{relative.suffix}"))] = file.read_bytes()
    return images


def _download_groups(curriculum: Curriculum, lang: str) -> list[tuple[str, list[tuple[str, str]]]]:
    names = public_file_names(curriculum, lang)
    groups = [(p.spec.title[lang], names[p.id]) for p in curriculum.programmes]
    return [*groups, (f"{label('pocket_card', lang)}: {curriculum.province.name[lang]}", names[""])]


def write_pages(pages: dict[str, str | bytes], docs_dir: Path) -> int:
    """Make `docs_dir` hold exactly `pages`; rewrite only what changed (the live preview reloads less)."""
    docs_dir.mkdir(parents=True, exist_ok=True)
    changed = 0
    for relative, content in pages.items():
        path = docs_dir / relative
        data = content.encode("utf-8") if isinstance(content, str) else content
        if path.is_file() and path.read_bytes() == data:
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        changed += 1
    wanted = {docs_dir / relative for relative in pages}
    for path in sorted(docs_dir.rglob("*"), reverse=True):
        if path.is_file() and path not in wanted:
            path.unlink()
            changed += 1
        elif path.is_dir() and not any(path.iterdir()):
            shutil.rmtree(path)
    return changed
