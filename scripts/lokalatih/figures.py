"""The province's figures and institutions as Markdown tables, for `{{ province_data_table }}` and
`{{ province_institutions_table }}` in content."""

from __future__ import annotations

from markupsafe import Markup

from lokalatih.formatting import format_number
from lokalatih.formatting import markdown_cell as _cell
from lokalatih.labels import label
from lokalatih.model.province import ProvinceSpec


def _table(headings: list[str], aligns: list[str], rows: list[list[str]]) -> Markup:
    lines = ["| " + " | ".join(headings) + " |", "| " + " | ".join(aligns) + " |"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return Markup("\n".join(lines))


def figures_table(province: ProvinceSpec, lang: str) -> Markup:
    """Already-escaped Markdown (profile values are escaped here, so the template may print it as is)."""
    if not province.figures:
        return Markup(_cell(label("no_figures", lang)))
    rows = [
        [
            _cell(figure.label[lang] + (f" ({figure.note[lang]})" if figure.note else "")),
            format_number(figure.value, lang),
            str(figure.year),
            _cell(figure.source),
        ]
        for figure in province.figures
    ]
    headings = [label("figure", lang), label("number", lang), label("year", lang), label("source", lang)]
    return _table(headings, ["---", "---:", "---", "---"], rows)


def institutions_table(province: ProvinceSpec, lang: str) -> Markup:
    """Already-escaped Markdown table of the province's institutions, each with its source."""
    if not province.institutions:
        return Markup(_cell(label("no_institutions", lang)))
    rows = [[_cell(i.name[lang]), _cell(i.role[lang]), _cell(i.source)] for i in province.institutions]
    headings = [label("institution", lang), label("role", lang), label("source", lang)]
    return _table(headings, ["---", "---", "---"], rows)
