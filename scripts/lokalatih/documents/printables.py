"""The printables' HTML, one renderer per catalog kind: handouts, worksheets, workbooks, agendas, pocket cards,
facilitator guides and attendance sheets. WeasyPrint turns each into a PDF (`lokalatih.printing.pdf`).

Only what a document shows goes into its HTML: a handout without referral contacts does not mention the province,
so switching provinces leaves its cached PDF valid.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from lokalatih.catalog import SLIDE_KINDS, Artifact
from lokalatih.curriculum import Programme
from lokalatih.documents import imposition
from lokalatih.documents.markdown_html import to_html
from lokalatih.kit.evaluation import evaluation_form as evaluation_form_of
from lokalatih.labels import STAKEHOLDER_GROUPS, label
from lokalatih.printing.pdf import FittedPdfJob, RenderJob
from lokalatih.printing.render import render_html
from lokalatih.render_context import RenderContext
from lokalatih.view import LanguageView

ATTENDANCE_ROWS = 12
POCKET_CARD_SIDES = 2  # front and back: one page each on the card, one sheet page each on the A4 sheet


def _html(ctx: RenderContext, template: str, lang: str, title: str, context_line: str, **values: Any) -> str:
    province = ctx.curriculum.province
    return render_html(
        template,
        lang,
        title=title,
        created=ctx.created,
        description=None,
        context_line=context_line,
        province_name=province.name[lang],
        glossary=ctx.glossary,
        references=ctx.curriculum.references,
        contacts=ctx.published_contacts,
        offices=ctx.in_person_offices,
        no_contacts=ctx.curriculum.pocket_card.no_contacts[lang],
        event=province.event,
        draft=ctx.draft,
        **values,
    )


def _programme_line(programme: Programme, lang: str, province: str | None = None) -> str:
    """The running header: programme, and the province only where the document is about the province's event."""
    return " · ".join(["Lokalatih", programme.spec.short_title[lang], *([province] if province else [])])


def pocket_card(artifact: Artifact, ctx: RenderContext) -> Callable[[Path], RenderJob]:
    """The workers' pocket card: one card (front, back), or the A4 sheet of four with crop marks (`imposition`).
    Its job refuses a side that does not fit its card (`FittedPdfJob`)."""
    lang = artifact.lang or ""
    province = ctx.curriculum.province
    card = ctx.curriculum.pocket_card
    sheet = artifact.kind == "pocket-card-sheet"
    checks = [contact.verified.date for contact in ctx.published_contacts if contact.verified]
    html = _html(ctx, "pocket-card.html.j2", lang, f"{card.title[lang]} · {province.name[lang]}", "", card=card,
                 stages=[card.before_departure, card.abroad, card.on_return], oldest_check=min(checks, default=None),
                 sheet=sheet, cards=imposition.card_boxes(), marks=imposition.crop_marks())  # fmt: skip
    what = f"the {lang} pocket card of {province.slug}"
    return lambda output: FittedPdfJob(html, output, pages=POCKET_CARD_SIDES, what=what)


def agenda(artifact: Artifact, ctx: RenderContext) -> str:
    lang = artifact.lang or ""
    programme = ctx.programme(artifact.programme)
    view = LanguageView(ctx.curriculum, lang)
    return _html(ctx, "agenda.html.j2", lang, f"{label('agenda', lang)}: {programme.spec.title[lang]}",
                 _programme_line(programme, lang, view.province_name), programme=programme,
                 event_dates=view.event_dates(programme))  # fmt: skip


def workbook(artifact: Artifact, ctx: RenderContext) -> str:
    """The programme's handouts and worksheets in one file; like them, it names no province (the agenda does), so
    another province's build reuses it unless a handout prints referral contacts (or the offices to ask)."""
    lang = artifact.lang or ""
    programme = ctx.programme(artifact.programme)
    return _html(ctx, "workbook.html.j2", lang, f"{label('workbook', lang)}: {programme.spec.title[lang]}",
                 _programme_line(programme, lang), programme=programme)  # fmt: skip


def handout(artifact: Artifact, ctx: RenderContext) -> str:
    lang = artifact.lang or ""
    programme = ctx.programme(artifact.programme)
    module = ctx.module(programme, artifact.module)
    return _html(ctx, "handout.html.j2", lang, f"{module.spec.title[lang]} · {label('handout', lang)}",
                 _programme_line(programme, lang), module=module)  # fmt: skip


def worksheet(artifact: Artifact, ctx: RenderContext) -> str:
    lang = artifact.lang or ""
    programme = ctx.programme(artifact.programme)
    module = ctx.module(programme, artifact.module)
    sheet = next(s for s in module.spec.worksheets if s.key == artifact.part)
    return _html(ctx, "worksheet.html.j2", lang, f"{sheet.title[lang]} · {label('worksheet', lang)}",
                 _programme_line(programme, lang), sheet=sheet, module=module)  # fmt: skip


def facilitator_guide(artifact: Artifact, ctx: RenderContext) -> str:
    lang = artifact.lang or ""
    programme = ctx.programme(artifact.programme)
    view = LanguageView(ctx.curriculum, lang)
    page = next((page for page in ctx.curriculum.pages if page.path == "facilitators"), None)
    plans = {}
    for module in programme.modules:
        day, slot = programme.slot_of(module)
        plans[module.slug] = {
            "day": day.number,
            "window": slot.window,
            "activities": programme.timed_activities(module),
            "notes": to_html(module.facilitator[lang], lang, demote=1),
            # The session's slides, by the names they have in the site's downloads (and the offline bundle).
            "slides": [a.path for a in ctx.catalog.public(lang, programme.id, module.slug) if a.kind in SLIDE_KINDS],
        }
    return _html(ctx, "facilitator-guide.html.j2", lang,
                 f"{label('facilitator_guide', lang)}: {programme.spec.title[lang]}",
                 _programme_line(programme, lang, view.province_name), programme=programme, plans=plans,
                 how_to_use=to_html(page.rendered[lang], lang, demote=1) if page else "",
                 event_dates=view.event_dates(programme))  # fmt: skip


def attendance(artifact: Artifact, ctx: RenderContext) -> str:
    lang = artifact.lang or ""
    programme = ctx.programme(artifact.programme)
    view = LanguageView(ctx.curriculum, lang)
    number = int(artifact.part or "1")
    dates = view.event_dates(programme)
    title = f"{label('attendance', lang)}: {programme.spec.short_title[lang]} {number}"
    return _html(ctx, "attendance.html.j2", lang, title, _programme_line(programme, lang, view.province_name),
                 programme=programme, day_number=number, date=dates[number - 1] if dates else None,
                 rows=ATTENDANCE_ROWS, groups=STAKEHOLDER_GROUPS)  # fmt: skip


def evaluation_form(artifact: Artifact, ctx: RenderContext) -> str:
    """One A4 page, anonymous; like the handouts it names no province, so every province's build shares it."""
    lang = artifact.lang or ""
    programme = ctx.programme(artifact.programme)
    form = evaluation_form_of(programme)
    return _html(ctx, "evaluation-form.html.j2", lang, f"{form.title[lang]}: {form.programme_title[lang]}",
                 _programme_line(programme, lang), form=form, blocks=list(form.blocks()))  # fmt: skip


RENDERERS = {
    "pocket-card": pocket_card,
    "pocket-card-sheet": pocket_card,
    "agenda": agenda,
    "workbook": workbook,
    "handout": handout,
    "worksheet": worksheet,
    "facilitator-guide": facilitator_guide,
    "attendance": attendance,
    "evaluation-form": evaluation_form,
}
