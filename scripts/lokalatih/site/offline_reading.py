"""Readable offline after one visit: the service worker, the lists of what "save for offline reading" keeps, and the
page shown for what was never kept. Runs on the built public site (not on the file:// bundle, where no service
worker can run, nor under `lokalatih serve`, whose pages must never come from a cache).

- `sw.js` at the site's root (its scope holds both languages), versioned by a hash of every other file of the
  site: a new build is a new worker, whose cache replaces the old one once it holds the programmes the reader saved.
- `offline/<programme>.<lang>.json`, one pack per programme and language: its participant pages (overview, agenda,
  every session's reading), every file those pages load (stylesheets, scripts, icons, images; not search), and its
  handouts, with their bytes. The save button of the programme's pages shows the size, filled in here.
- `offline/fallback.html` and `en/offline/fallback.html`: what a page never opened nor saved shows offline.
Every address is relative to the site's root, so the site works under any sub-path.

How the worker (service-worker.js) answers, and why:
- a page: from the network first, without the browser's own cache (which would answer offline as if online); the copy
  when offline or after 6 s without an answer (a slow phone connection), marked so that the page says when it was
  kept; every page read is kept, so a reader who never taps "save" still has the pages opened;
- a stylesheet, script or image: the copy first. Safe because the copy belongs to one build: a new build is a new
  worker and a new cache;
- on a new build the new worker downloads the saved programmes again *before* it takes over (its install step), then
  deletes the old cache; if the network fails meanwhile, the old worker and its copy stay until the next visit;
- the pages start the worker at the reader's first touch, key or scroll (partials/offline-start.html), so that a
  page's first view on metered data fetches nothing for it.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from html.parser import HTMLParser
from importlib.resources import files
from pathlib import Path, PurePosixPath
from typing import ClassVar

import jinja2
import rjsmin

from lokalatih.catalog import Catalog
from lokalatih.curriculum import Curriculum, Programme
from lokalatih.formatting import readable_size
from lokalatih.labels import translator
from lokalatih.model.common import LANGUAGES

WORKER = "sw.js"
PACK_FOLDER = "offline"
DEFAULT_LANGUAGE = LANGUAGES[0]
# The save button's sizes are written in the page by the theme (overrides/partials/offline-save.html) as tokens.
SIZE_TOKEN = re.compile(r"@@offline-size:(?P<programme>[\w-]+):(?P<lang>[a-z]+):(?P<part>pages|handouts|all)@@")


def language_folder(lang: str) -> str:
    """A language's folder in the site: "" for Indonesian at the root, "en/" for English."""
    return "" if lang == DEFAULT_LANGUAGE else f"{lang}/"


@dataclass(frozen=True)
class Pack:
    programme: str
    lang: str
    pages: list[str]  # addresses of the pages, relative to the site's root ("en/workshop/w01-opening/")
    files: list[str]  # what those pages load
    handouts: list[str]

    @property
    def key(self) -> str:
        return f"{self.programme}.{self.lang}"


def programme_pages(programme: Programme, lang: str) -> list[str]:
    """The pages a participant reads: the programme's overview and agenda, then each session's reading."""
    base = f"{language_folder(lang)}{programme.id}/"
    return [base, f"{base}agenda/", *(f"{base}{module.slug}/" for module in programme.modules)]


def _page_path(address: str) -> str:
    """The file of a page's address: workshop/ is workshop/index.html."""
    return address + "index.html" if address.endswith("/") or not address else address


def page_file(site: Path, address: str) -> Path:
    return site / _page_path(address)


class _Loads(HTMLParser):
    """The files a page loads by itself: scripts (offline-save.js too, which loads at the first touch),
    stylesheets, icons, the manifest, images."""

    KEPT_LINKS: ClassVar[set[str]] = {"stylesheet", "icon", "manifest", "apple-touch-icon"}

    def __init__(self) -> None:
        super().__init__()
        self.found: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag in ("script", "img") and values.get("src"):
            self.found.append(str(values["src"]))
        elif tag == "script" and values.get("data-src"):  # loaded later (partials/offline-start.html)
            self.found.append(str(values["data-src"]))
        elif tag == "link" and values.get("href") and (values.get("rel") or "") in self.KEPT_LINKS:
            self.found.append(str(values["href"]))


def loaded_files(site: Path, address: str) -> list[str]:
    """What the page at `address` loads, as addresses relative to the site's root (files of the site only)."""
    parser = _Loads()
    parser.feed(page_file(site, address).read_text(encoding="utf-8"))
    folder = PurePosixPath("/" + _page_path(address)).parent
    found = []
    for url in parser.found:
        if "://" in url or url.startswith(("data:", "//", "#")):
            continue
        resolved = _normalised(folder / url.split("?")[0].split("#")[0])
        if (site / resolved).is_file():
            found.append(resolved)
    return found


def _normalised(path: PurePosixPath) -> str:
    parts: list[str] = []
    for part in path.parts[1:]:
        if part == "..":
            if parts:
                parts.pop()
        elif part not in (".", ""):
            parts.append(part)
    return "/".join(parts)


def build_packs(site: Path, curriculum: Curriculum, catalog: Catalog) -> list[Pack]:
    packs = []
    for programme in curriculum.programmes:
        for lang in LANGUAGES:
            pages = programme_pages(programme, lang)
            loaded = {path for page in pages for path in loaded_files(site, page)}
            # The glossary's definitions load at the first tap on a term, not with the page: saved with it all the same.
            definitions = f"{language_folder(lang)}glossary/terms.js"
            if (site / definitions).is_file():
                loaded.add(definitions)
            handouts = [
                f"downloads/{artifact.path}"
                for artifact in catalog.public(lang, programme.id)
                if artifact.kind == "handout" and (site / "downloads" / artifact.path).is_file()
            ]
            packs.append(Pack(programme.id, lang, pages, sorted(loaded), handouts))
    return packs


def _pack_bytes(pack: Pack, size_of: dict[str, int]) -> dict[str, int]:
    pages = sum(size_of[path] for path in [*map(_page_path, pack.pages), *pack.files])
    return {"pages": pages, "handouts": sum(size_of[path] for path in pack.handouts)}


def _size_texts(packs: list[Pack], sizes: dict[str, dict[str, int]]) -> dict[str, str]:
    """Each size token's text: the pages (and what they load), the handouts, both."""
    texts = {}
    for pack in packs:
        pages, handouts = sizes[pack.key]["pages"], sizes[pack.key]["handouts"]
        for part, amount in {"pages": pages, "handouts": handouts, "all": pages + handouts}.items():
            texts[f"@@offline-size:{pack.programme}:{pack.lang}:{part}@@"] = readable_size(amount, pack.lang)
    return texts


def _filled(text: str, sizes: dict[str, str]) -> str:
    return SIZE_TOKEN.sub(lambda match: sizes.get(match.group(0), "0 KB"), text)


def fill_save_sizes(site: Path, packs: list[Pack]) -> dict[str, dict[str, int]]:
    """Write each pack's size into the save buttons of its pages, and return the sizes ({"workshop.id": {"pages",
    "handouts"}}). The pages are in the packs, so their size depends on the sizes written in them: measure with the
    texts of the last round until they no longer change (a digit more or less rarely changes a rounded size)."""
    pages = {}
    for file in site.rglob("*.html"):
        text = file.read_text(encoding="utf-8")
        if "@@offline-size:" in text:
            pages[file.relative_to(site).as_posix()] = text
    wanted = {path for pack in packs for path in [*map(_page_path, pack.pages), *pack.files, *pack.handouts]}
    size_of = {path: (site / path).stat().st_size for path in wanted}
    written: dict[str, str] = {}
    sizes: dict[str, dict[str, int]] = {}
    for _round in range(5):
        size_of |= {path: len(_filled(text, written).encode("utf-8")) for path, text in pages.items()}
        sizes = {pack.key: _pack_bytes(pack, size_of) for pack in packs}
        texts = _size_texts(packs, sizes)
        if texts == written:
            break
        written = texts
    for path, text in pages.items():
        unknown = {match.group(0) for match in SIZE_TOKEN.finditer(text)} - set(written)
        if unknown:
            raise RuntimeError(f"{path}: a save button names no pack: {', '.join(sorted(unknown))}")
        (site / path).write_text(_filled(text, written), encoding="utf-8")
    return sizes


_fallback_templates = jinja2.Environment(
    loader=jinja2.PackageLoader("lokalatih.site", "templates"),
    undefined=jinja2.StrictUndefined,
    autoescape=True,
    keep_trailing_newline=True,
)


def fallback_page(lang: str, draft: bool = False) -> str:
    """The offline page of a language, in its folder's offline/ (the worker shows it with that folder as its base,
    whatever the address it answers); a draft build marks it as it marks every page."""
    template = _fallback_templates.get_template("offline-fallback.html.j2")
    return template.render(lang=lang, t=translator(lang), draft=draft)


def site_version(site: Path) -> str:
    """A hash of every file of the site but the worker: any change to a page, a script or a download is a new
    version, and the same build gives the same one."""
    digest = hashlib.sha256()
    for path in sorted(p for p in site.rglob("*") if p.is_file()):
        relative = path.relative_to(site).as_posix()
        if relative != WORKER:
            digest.update(relative.encode() + b"\0")
            digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()[:16]


def worker_script(version: str) -> str:
    """service-worker.js with the build's version, minified like the kit's other scripts (its comments are for the
    next maintainer, not for phones)."""
    text = files("lokalatih.site").joinpath("service-worker.js").read_text(encoding="utf-8")
    return str(rjsmin.jsmin(text)).replace('"@@version@@"', json.dumps(version))


def write_offline_reading(
    site: Path, curriculum: Curriculum, catalog: Catalog, draft: bool = False
) -> dict[str, dict[str, int]]:
    """Write the packs, the fallback pages and the worker into the built site; returns each pack's bytes."""
    folder = site / PACK_FOLDER
    for lang in LANGUAGES:
        page = site / language_folder(lang) / PACK_FOLDER / "fallback.html"
        page.parent.mkdir(exist_ok=True)
        page.write_text(fallback_page(lang, draft), encoding="utf-8")
    packs = build_packs(site, curriculum, catalog)
    sizes = fill_save_sizes(site, packs)
    for pack in packs:
        listing = {
            "programme": pack.programme,
            "lang": pack.lang,
            "pages": pack.pages,
            "files": pack.files,
            "handouts": pack.handouts,
            "bytes": sizes[pack.key],
        }
        (folder / f"{pack.key}.json").write_text(json.dumps(listing, indent=1) + "\n", encoding="utf-8")
    (site / WORKER).write_text(worker_script(site_version(site)), encoding="utf-8")
    return sizes
