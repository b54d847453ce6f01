"""Authored Markdown (facilitator notes, the facilitators page) as HTML for print, with block titles translated."""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree

import markdown
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor
from markupsafe import Markup

from lokalatih.labels import block_titles

# The admonition line without a title, as Python-Markdown reads it; the print gets the same titles as the site.
_UNTITLED_BLOCK = re.compile(r"^(?P<indent>[ \t]*)!!! ?(?P<type>[\w-]+)[ \t]*$", re.MULTILINE)
_WEB_LINK = re.compile(r"^(https?:|mailto:|tel:)", re.IGNORECASE)


class _PrintLinks(Treeprocessor):
    """Links between site pages (`../agenda.md`) mean nothing on paper, and a PDF renderer would resolve them against
    the build machine's folders: keep their text, drop the link. Web addresses stay links."""

    def run(self, root: etree.Element) -> None:
        for element in root.iter("a"):
            if not _WEB_LINK.match(element.get("href", "")):
                element.tag = "span"
                element.attrib.clear()


class _PrintLinksExtension(Extension):
    def extendMarkdown(self, md: markdown.Markdown) -> None:
        md.treeprocessors.register(_PrintLinks(md), "print_links", 0)


_EXTENSIONS: list[str | Extension] = [
    "admonition",
    "attr_list",
    "def_list",
    "tables",
    "md_in_html",
    _PrintLinksExtension(),
]


def to_html(text: str, lang: str, demote: int = 0) -> Markup:
    """Markdown to HTML (trusted: content was rendered through the sandbox already). `demote` lowers headings."""
    titles = block_titles(lang)

    def titled(match: re.Match[str]) -> str:
        kind = match.group("type")
        title = titles.get(kind.lower())
        return f'{match.group("indent")}!!! {kind} "{title}"' if title else match.group(0)

    html = markdown.markdown(_UNTITLED_BLOCK.sub(titled, text), extensions=_EXTENSIONS)
    if demote:
        html = re.sub(r"<(/?)h([1-6])\b", lambda m: f"<{m.group(1)}h{min(int(m.group(2)) + demote, 6)}", html)
    return Markup(html)
