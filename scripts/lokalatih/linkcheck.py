"""Check every link of a built site: internal targets and anchors must exist; external links are listed only.

MkDocs validates Markdown links, but not raw HTML (our download links), not the theme's own links, and not links
between the two languages; this reads the HTML it wrote, as a reader's browser would.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit


@dataclass
class _Page(HTMLParser):
    ids: set[str] = field(default_factory=set)
    links: list[tuple[str, str]] = field(default_factory=list)  # (tag/attribute, url)

    def __post_init__(self) -> None:
        super().__init__()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        for name in ("id", "name"):
            if values.get(name) and (name == "id" or tag == "a"):
                self.ids.add(str(values[name]))
        for attribute in ("href", "src"):
            url = values.get(attribute)
            if url and not (tag == "link" and values.get("rel") in ("canonical", "alternate")):
                self.links.append((f"{tag}[{attribute}]", url))


@dataclass
class LinkReport:
    checked: int = 0
    broken: list[str] = field(default_factory=list)
    external: set[str] = field(default_factory=set)


def _target(page: Path, path: str, site: Path) -> Path:
    target = (page.parent / unquote(path)).resolve()
    if target.is_dir() or path.endswith("/"):
        target = target / "index.html"
    return target


def check_site(site: Path, site_url: str = "") -> LinkReport:
    parsed: dict[Path, _Page] = {}
    for page in sorted(site.rglob("*.html")):
        parser = _Page()
        parser.feed(page.read_text(encoding="utf-8"))
        parsed[page.resolve()] = parser
    report = LinkReport()
    own = urlsplit(site_url)
    for page, parser in parsed.items():
        relative_page = page.relative_to(site.resolve()).as_posix()
        for where, url in parser.links:
            parts = urlsplit(url)
            if parts.scheme in ("mailto", "tel", "data", "javascript"):
                continue
            if parts.scheme or parts.netloc:
                if own.netloc and parts.netloc == own.netloc:
                    path = parts.path.removeprefix(own.path.rstrip("/"))
                    target = _target(site / "index.html", "." + path, site)
                else:
                    report.external.add(url)
                    continue
            elif not parts.path:
                target = page
            elif parts.path.startswith("/"):
                target = _target(site / "index.html", "." + parts.path, site)
            else:
                target = _target(page, parts.path, site)
            report.checked += 1
            if relative_page.endswith("404.html") and not target.exists():
                continue  # the 404 page links by site_url, which a local copy of the site does not have
            if not target.exists():
                report.broken.append(f"{relative_page}: {where} {url}: no such file")
                continue
            if parts.fragment and target.suffix == ".html":
                ids = parsed[target.resolve()].ids if target.resolve() in parsed else set()
                if unquote(parts.fragment) not in ids:
                    report.broken.append(f"{relative_page}: {where} {url}: no anchor #{parts.fragment}")
    return report
