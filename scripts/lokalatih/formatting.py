"""Numbers and table cells as readers of each language expect them; shared by pages, printables and reports."""

from __future__ import annotations

import html


def format_number(value: float, lang: str, digits: int | None = None) -> str:
    """Digit grouping and decimal mark per language: 10.550 and 0,67 in Indonesian, 10,550 and 0.67 in English.
    Without `digits`, whole numbers print whole and others with one decimal."""
    if digits is None:
        digits = 0 if value == int(value) else 1
    text = f"{value:,.{digits}f}"
    if lang == "id":
        text = text.replace(",", "\u0000").replace(".", ",").replace("\u0000", ".")
    return text


def markdown_cell(text: str) -> str:
    """Plain text as a Markdown table cell: HTML-escaped (the only escaping it gets, so never also through `md`),
    no column break, one line."""
    return html.escape(text, quote=False).replace("|", "\\|").replace("\n", " ")
