"""Write the Markdown pages MkDocs builds: authored pages rendered with the province, and generated ones."""

from __future__ import annotations

import datetime as dt
import html
import json
import re
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

import jinja2

from lokalatih.catalog import SLIDE_KINDS, Artifact, Catalog
from lokalatih.contacts import STALE_AFTER_MONTHS, contact_checks, in_person_offices, published_contacts
from lokalatih.curriculum import Curriculum, Module
from lokalatih.figures import figures_table, institutions_table
from lokalatih.formatting import format_date, markdown_cell, plain_text, readable_size
from lokalatih.labels import LABEL_FILTERS, label, translator
from lokalatih.model.common import LANGUAGES
from lokalatih.model.glossary import Term
from lokalatih.model.province import Contact
from lokalatih.model.references import Reference
from lokalatih.reproducible import source_date
from lokalatih.rules import texts as rules
from lokalatih.view import LanguageView, citation, grouping


def _md(text: str) -> str:
    # YAML texts go into Markdown, which passes raw HTML through: keep them text.
    return html.escape(text, quote=False)


_DIALABLE = re.compile(r"\+?[0-9(][0-9 ().-]*[0-9]")  # digits and the separators a number is written with


def tel_href(phone: str) -> str | None:
    """The `tel:` address a phone dials with one tap: "+62 21 2924 4800" is tel:+622129244800. None when the profile
    writes more than a plain number (an extension, two numbers, words): no link is better than a wrong one."""
    digits = re.sub(r"[^0-9+]", "", phone)
    if not _DIALABLE.fullmatch(phone.strip()) or not 3 <= len(digits.lstrip("+")) <= 15:  # E.164: 15 at most
        return None
    return "tel:" + digits


def contact_details(contact: Contact) -> str:
    """A published contact's phone, WhatsApp, website and address joined by " · ", escaped for a Markdown table cell
    or list. Numbers never break across lines; a phone number is a tap-to-call link when it is one plain number (the
    site lists only contacts that `lokalatih.contacts` publishes)."""
    parts = []
    if contact.phone:
        href = tel_href(contact.phone)
        number = markdown_cell(contact.phone)
        parts.append(
            f'<a class="lk-nowrap" href="{href}">{number}</a>' if href else f'<span class="lk-nowrap">{number}</span>'
        )
    if contact.whatsapp:
        parts.append(f'WhatsApp <span class="lk-nowrap">{markdown_cell(contact.whatsapp)}</span>')
    parts += [markdown_cell(value) for value in (contact.website, contact.address) if value]
    return " · ".join(parts)


_templates = jinja2.Environment(
    loader=jinja2.PackageLoader("lokalatih.site", "templates"),
    undefined=jinja2.StrictUndefined,
    keep_trailing_newline=True,
    autoescape=False,  # the output is Markdown; `md` (text) or `cell` (table cells) escapes what came from YAML, once
)
_templates.filters.update(
    LABEL_FILTERS,
    md=_md,
    cell=markdown_cell,
    grouping=grouping,
    citation=citation,
    contact_details=contact_details,
    date=format_date,
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
    return {t.abbreviation: t.term[lang] for t in corridor_terms(curriculum) if t.abbreviation}


def corridor_terms(curriculum: Curriculum) -> list[Term]:
    """The glossary as this province's site shows it: without the terms about another corridor (its agreement)."""
    corridor = curriculum.province.corridor.key
    return [term for term in curriculum.glossary.terms if term.corridor in (None, corridor)]


def glossary_definitions_script(terms: list[Term], lang: str) -> str:
    """The definitions of the glossary's abbreviations as a script (glossary/terms.js of each language), which
    glossary-tips.js loads the first time a reader reaches for a term: a script, not JSON, so that it also loads
    from file:// in the offline bundle."""
    definitions = {t.abbreviation: plain_text(t.definition[lang]) for t in terms if t.abbreviation}
    return f"window.lkGlossary={json.dumps(definitions, ensure_ascii=False, sort_keys=True)};\n"


def with_abbreviations(markdown: str, titles: dict[str, str]) -> str:
    """Append Markdown `abbr` definitions for the glossary abbreviations this page uses (tooltips on hover)."""
    used = [abbr for abbr in sorted(titles) if re.search(rf"(?<![\w-]){re.escape(abbr)}(?![\w-])", markdown)]
    if not used:
        return markdown
    definitions = "\n".join(f"*[{abbr}]: {titles[abbr]}" for abbr in used)
    return f"{markdown.rstrip()}\n\n{definitions}\n"


def _render(template: str, lang: str, **context: Any) -> str:
    return _templates.get_template(template).render(lang=lang, t=translator(lang), **context)


def front_matter(title: str | None = None, description: str | None = None, programme: str | None = None) -> str:
    """The page's title and description for its <title> and its link preview, as plain text in YAML front matter
    (JSON strings are YAML); the site's hook reads them (`lk_title`, `lk_description`) and escapes them once.
    `lk_programme` marks a page a participant of that programme reads: it offers to save the programme offline."""
    fields = {
        "lk_title": title,
        "lk_description": plain_text(description) if description else None,
        "lk_programme": programme,
    }
    lines = [f"{key}: {json.dumps(value, ensure_ascii=False)}" for key, value in fields.items() if value]
    return "---\n" + "\n".join(lines) + "\n---\n\n" if lines else ""


def session_title(module: Module, lang: str, kind_of_page: str) -> str:
    """ "T04 · Recognising trafficking and forced labour · Participant reading": code, title, the kind of page."""
    return f"{module.spec.id.upper()} · {module.spec.title[lang]} · {kind_of_page}"


def format_size(name: str, size: int | None, lang: str) -> str:
    """ "PDF, 23 KB", "PPTX, 81 KB": the format (from the file name) and the size a phone user pays for."""
    kind = name.rsplit(".", 1)[-1].upper()
    return kind if size is None else f"{kind}, {readable_size(size, lang)}"


# Pages are written before the PDFs finish (MkDocs and WeasyPrint run side by side), so a download link carries a
# token for its file's size, replaced in the built site once the PDFs exist (`fill_download_sizes`).
SIZE_TOKEN = re.compile(r"@@size:(?P<lang>[a-z]+):(?P<name>[\w.-]+)@@")


def size_token(name: str, lang: str) -> str:
    return f"@@size:{lang}:{name}@@"


SizeText = Callable[[str, str], str]  # (file name, language) -> "PDF, 23 KB" or a token for it


def download_link(artifact: Artifact, title: str, depth: int, size: SizeText) -> str:
    """A raw HTML link into site/downloads/ (MkDocs does not know those files; a test follows every link)."""
    href = "../" * depth + "downloads/" + artifact.path
    lang = artifact.lang or ""
    return f'<a href="{href}" download>{html.escape(title)}</a> ({size(artifact.path, lang)})'


def _session_title(artifact: Artifact) -> str:
    return label("handout", artifact.lang or "") if artifact.kind == "handout" else artifact.title


def download_links(artifacts: list[Artifact], depth: int, size: SizeText) -> str:
    return " · ".join(download_link(a, _session_title(a), depth, size) for a in artifacts)


def no_size(name: str, lang: str) -> str:
    return format_size(name, None, lang)


def sizes_in(folder: Path) -> SizeText:
    """Sizes of the files a previous build left (the live preview shows them; a missing file just says PDF)."""

    def size(name: str, lang: str) -> str:
        path = folder / name
        return format_size(name, path.stat().st_size if path.is_file() else None, lang)

    return size


def page_depth(path: str, lang: str, directory_urls: bool = True) -> int:
    """How many folders deep a page's URL is: workshop/x/facilitator.md is workshop/x/facilitator/ (3) with
    directory URLs and workshop/x/facilitator.html (2) without; en/ adds one."""
    parts = path.removesuffix(".md").split("/")
    depth = len(parts) - (1 if parts[-1] == "index" or not directory_urls else 0)
    return depth + (0 if lang == "id" else 1)


def page_texts(
    curriculum: Curriculum,
    catalog: Catalog,
    size: SizeText = no_size,
    directory_urls: bool = True,
    today: dt.date | None = None,
) -> dict[str, str | bytes]:
    """Every page of the site as {path relative to docs_dir: Markdown}, both languages, suffixed, and the images
    they show (bytes). `size` writes a download's size; `directory_urls` false is the offline bundle's layout
    (page.html, opened from file://); `today` is the day contacts' ages count to (default: the build's date)."""
    today = today or source_date(curriculum.root).date()
    province = curriculum.province
    # Participants see only published contacts; with none, where to ask in person (`lokalatih.contacts`).
    help_contacts = published_contacts(province, today)
    offices = in_person_offices(province)
    pages: dict[str, str] = {}
    for page in curriculum.pages:
        for lang in LANGUAGES:
            pages[f"{page.path}.{lang}.md"] = page.rendered[lang]
    terms = corridor_terms(curriculum)
    for lang in LANGUAGES:
        ordered = sorted(terms, key=lambda term: term.term[lang].casefold())
        pages[f"glossary.{lang}.md"] = _render("glossary.md.j2", lang, terms=ordered)
        pages[f"glossary/terms.{lang}.js"] = glossary_definitions_script(terms, lang)
        view = LanguageView(curriculum, lang)
        for programme in curriculum.programmes:
            base = programme.id
            programme_title, programme_summary = programme.spec.title[lang], programme.spec.summary[lang]
            pages[f"{base}/index.{lang}.md"] = front_matter(
                f"{programme_title} · {label('overview', lang)}", programme_summary, programme.id
            ) + _render("programme.md.j2", lang, programme=programme)
            pages[f"{base}/agenda.{lang}.md"] = front_matter(
                f"{programme_title} · {label('agenda_of', lang)}", programme_summary, programme.id
            ) + _render(
                "agenda.md.j2",
                lang,
                programme=programme,
                province_name=view.province_name,
                venue=view.venue,
                dates=view.event_dates(programme),
            )
            for module in programme.modules:
                day, slot = programme.slot_of(module)
                sources = [curriculum.references[key] for key in module.spec.sources]
                files = catalog.public(lang, programme.id, module.slug)
                printables = [artifact for artifact in files if artifact.kind not in SLIDE_KINDS]
                slides = [artifact for artifact in files if artifact.kind in SLIDE_KINDS]
                context = {"module": module, "day": day, "slot": slot, "sources": sources}
                depths = {page: page_depth(f"{base}/{module.slug}/{page}.md", lang, directory_urls)
                          for page in ("index", "facilitator")}  # fmt: skip
                downloads = {page: download_links(printables, depth, size) for page, depth in depths.items()}
                folder = f"{base}/{module.slug}"
                summary = module.spec.summary[lang]
                pages[f"{folder}/index.{lang}.md"] = front_matter(
                    session_title(module, lang, label("participant_page", lang)), summary, programme.id
                ) + _render(
                    "participant.md.j2",
                    lang,
                    downloads=downloads["index"],
                    help_contacts=help_contacts,
                    offices=offices,
                    **context,
                )
                pages[f"{folder}/facilitator.{lang}.md"] = front_matter(
                    session_title(module, lang, label("facilitator_page", lang)), summary
                ) + _render(
                    "facilitator.md.j2",
                    lang,
                    timed_activities=programme.timed_activities(module),
                    downloads=downloads["facilitator"],
                    slides=download_links(slides, depths["facilitator"], size),
                    **context,
                )
    for lang in LANGUAGES:
        pages[f"references.{lang}.md"] = _render("references.md.j2", lang, references=citations(curriculum))
        depth = page_depth("downloads.md", lang, directory_urls)
        groups = [
            (title, [download_link(a, _downloads_title(a, lang), depth, size) for a in files])
            for title, files in _download_groups(curriculum, catalog, lang)
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
        pages[f"contacts.{lang}.md"] = _render(
            "contacts.md.j2", lang, checks=contact_checks(province, today), today=today, months=STALE_AFTER_MONTHS
        )
        province_name = curriculum.province.name[lang]
        pages[f"province.{lang}.md"] = front_matter(
            description=label("province_description", lang, province=province_name)
        ) + _render(
            "province.md.j2",
            lang,
            province=province,
            contacts=help_contacts,
            offices=offices,
            figures=figures_table(province, lang),
            institutions=institutions_table(province, lang),
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
        texts.append((page.folder or curriculum.root / "docs" / folder, folder.as_posix(), page.rendered))
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


def _downloads_title(artifact: Artifact, lang: str) -> str:
    """An artifact's name in the downloads page's list, where the session's files stand side by side: "W01 · Opening ·
    Handout", "Slides W01: to project"."""
    if artifact.kind == "handout":
        return f"{artifact.title} · {label('handout', lang)}"
    if artifact.kind in SLIDE_KINDS and artifact.module:
        return f"{label('slides_of', lang, code=artifact.module.split('-')[0].upper())}: {artifact.title}"
    return artifact.title


def _download_groups(curriculum: Curriculum, catalog: Catalog, lang: str) -> list[tuple[str, list[Artifact]]]:
    groups = [(p.spec.title[lang], catalog.public(lang, p.id)) for p in curriculum.programmes]
    province = (f"{label('pocket_card', lang)}: {curriculum.province.name[lang]}", catalog.province_files(lang))
    return [*groups, province]


def fill_download_sizes(site: Path, downloads: Path) -> None:
    """Put each download's real size where the pages left a token: pages, search indexes and their script twins."""
    sizes = {path.name: path.stat().st_size for path in downloads.iterdir() if path.is_file()}

    def size(match: re.Match[str]) -> str:
        return format_size(match.group("name"), sizes.get(match.group("name")), match.group("lang"))

    for path in site.rglob("*"):
        if path.suffix in (".html", ".json", ".js") and path.is_file():
            text = path.read_text(encoding="utf-8")
            if "@@size:" in text:
                path.write_text(SIZE_TOKEN.sub(size, text), encoding="utf-8")


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
