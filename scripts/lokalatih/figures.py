"""The province's figures and institutions as Markdown tables, for `{{ province_data_table }}` and
`{{ province_institutions_table }}` in content."""

from __future__ import annotations

import html

from markupsafe import Markup

from lokalatih.labels import label
from lokalatih.model.province import ProvinceSpec


def format_number(value: float, lang: str) -> str:
    """Digit grouping as readers write it: 10.550 in Indonesian, 10,550 in English."""
    whole = value == int(value)
    text = f"{int(value):,}" if whole else f"{value:,.1f}"
    if lang == "id":
        text = text.replace(",", "\u0000").replace(".", ",").replace("\u0000", ".")
    return text


def _cell(text: str) -> str:
    return html.escape(text, quote=False).replace("|", "\\|").replace("\n", " ")


def figures_table(province: ProvinceSpec, lang: str) -> Markup:
    """Already-escaped Markdown (profile values are escaped here, so the template may print it as is)."""
    if not province.figures:
        return Markup(_cell(label("no_figures", lang)))
    rows = [
        f"| {label('figure', lang)} | {label('number', lang)} | {label('year', lang)} | {label('source', lang)} |",
        "| --- | ---: | --- | --- |",
    ]
    for figure in province.figures:
        what = figure.label[lang] + (f" ({figure.note[lang]})" if figure.note else "")
        rows.append(f"| {_cell(what)} | {format_number(figure.value, lang)} | {figure.year} | {_cell(figure.source)} |")
    return Markup("\n".join(rows))


def institutions_table(province: ProvinceSpec, lang: str) -> Markup:
    """Already-escaped Markdown table of the province's institutions, each with its source."""
    if not province.institutions:
        return Markup(_cell(label("no_institutions", lang)))
    rows = [
        f"| {label('institution', lang)} | {label('role', lang)} | {label('source', lang)} |",
        "| --- | --- | --- |",
    ]
    for institution in province.institutions:
        rows.append(
            f"| {_cell(institution.name[lang])} | {_cell(institution.role[lang])} | {_cell(institution.source)} |"
        )
    return Markup("\n".join(rows))
