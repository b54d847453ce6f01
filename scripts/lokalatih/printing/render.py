"""The print templates' Jinja2 environment (trusted, package-internal templates; HTML autoescaped)."""

from __future__ import annotations

from typing import Any

import jinja2

from lokalatih.formatting import format_date
from lokalatih.labels import LABEL_FILTERS, translator
from lokalatih.view import citation, grouping

_environment = jinja2.Environment(
    loader=jinja2.PackageLoader("lokalatih.printing", "templates"),
    undefined=jinja2.StrictUndefined,
    autoescape=True,
    trim_blocks=True,
    lstrip_blocks=True,
)
_environment.filters.update(LABEL_FILTERS, grouping=grouping, citation=citation, date=format_date)


def render_html(template: str, lang: str, **context: Any) -> str:
    """`draft=True` in the context: the document says on every page that it is not for publication (`build
    --draft`, templates/_draft-mark.html.j2); documents made outside a build (an event's sheets) are never drafts."""
    return _environment.get_template(template).render(lang=lang, t=translator(lang), **{"draft": False, **context})
