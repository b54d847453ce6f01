"""Every printable of a build, as PDF jobs plus their manifest entries: rendered once from the curriculum."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from lokalatih.curriculum import Curriculum, Module, Programme
from lokalatih.documents.markdown_html import to_html
from lokalatih.formatting import format_event_dates, iso_timestamp
from lokalatih.labels import STAKEHOLDER_GROUPS, label
from lokalatih.model.common import LANGUAGES
from lokalatih.model.province import Stage
from lokalatih.outputs import Outputs
from lokalatih.printing.render import render_html

ATTENDANCE_ROWS = 12


def public_file_names(curriculum: Curriculum, lang: str) -> dict[str, list[tuple[str, str]]]:
    """Per programme id (and "" for the province), the public PDFs of one language: (file name, title)."""
    names: dict[str, list[tuple[str, str]]] = {
        "": [(f"pocket-card-{curriculum.province.slug}.{lang}.pdf", label("pocket_card", lang))]
    }
    for programme in curriculum.programmes:
        entries = [
            (f"agenda-{programme.id}.{lang}.pdf", label("agenda", lang)),
            (f"workbook-{programme.id}.{lang}.pdf", label("workbook", lang)),
        ]
        for module in programme.modules:
            entries.append((handout_name(module, lang), f"{module.spec.id.upper()} · {module.spec.title[lang]}"))
            entries += [(worksheet_name(sheet.key, lang), sheet.title[lang]) for sheet in module.spec.worksheets]
        names[programme.id] = entries
    return names


def handout_name(module: Module, lang: str) -> str:
    return f"handout-{module.slug}.{lang}.pdf"


def worksheet_name(key: str, lang: str) -> str:
    return f"worksheet-{key}.{lang}.pdf"


class _Context:
    """What every document template gets: language, labels, province, dates."""

    def __init__(self, curriculum: Curriculum, when: dt.datetime) -> None:
        self.curriculum = curriculum
        self.created = iso_timestamp(when)
        self.glossary = {term.key: term for term in curriculum.glossary.terms}

    def html(self, template: str, lang: str, title: str, context_line: str, **values: Any) -> str:
        province = self.curriculum.province
        contacts = list(province.contacts)
        return render_html(
            template,
            lang,
            title=title,
            created=self.created,
            description=None,
            context_line=context_line,
            province_name=province.name[lang],
            glossary=self.glossary,
            references=self.curriculum.references,
            contacts=contacts,
            no_contacts=self.curriculum.pocket_card.no_contacts[lang],
            event=province.event,
            **values,
        )

    def event_dates(self, programme: Programme, lang: str) -> list[str] | None:
        event = self.curriculum.province.event
        dates = event.dates.get(programme.id) if event else None
        return format_event_dates(dates, lang)


def public_documents(curriculum: Curriculum, downloads: Path, when: dt.datetime) -> Outputs:
    docs = Outputs(downloads)
    ctx = _Context(curriculum, when)
    province = curriculum.province
    card = curriculum.pocket_card
    for lang in LANGUAGES:
        stages = [
            (Stage.BEFORE_DEPARTURE, card.before_departure),
            (Stage.ABROAD, card.abroad),
            (Stage.ON_RETURN, card.on_return),
        ]
        by_stage = {stage: [c for c in province.contacts if stage in c.stages] for stage, _ in stages}
        docs.pdf(
            f"pocket-card-{province.slug}.{lang}.pdf",
            ctx.html("pocket-card.html.j2", lang, f"{card.title[lang]} · {province.name[lang]}", "", card=card,
                     stages=stages, contacts_by_stage=by_stage),
            "pocket-card", lang,
        )  # fmt: skip
        for programme in curriculum.programmes:
            line = f"Lokalatih · {programme.spec.short_title[lang]} · {province.name[lang]}"
            docs.pdf(
                f"agenda-{programme.id}.{lang}.pdf",
                ctx.html("agenda.html.j2", lang, f"{label('agenda', lang)}: {programme.spec.title[lang]}", line,
                         programme=programme, event_dates=ctx.event_dates(programme, lang)),
                "agenda", lang, programme.id,
            )  # fmt: skip
            docs.pdf(
                f"workbook-{programme.id}.{lang}.pdf",
                ctx.html("workbook.html.j2", lang, f"{label('workbook', lang)}: {programme.spec.title[lang]}", line,
                         programme=programme),
                "workbook", lang, programme.id,
            )  # fmt: skip
            for module in programme.modules:
                docs.pdf(
                    handout_name(module, lang),
                    ctx.html("handout.html.j2", lang, f"{module.spec.title[lang]} · {label('handout', lang)}", line,
                             module=module),
                    "handout", lang, programme.id, module.slug,
                )  # fmt: skip
                for sheet in module.spec.worksheets:
                    docs.pdf(
                        worksheet_name(sheet.key, lang),
                        ctx.html("worksheet.html.j2", lang, f"{sheet.title[lang]} · {label('worksheet', lang)}", line,
                                 sheet=sheet, module=module),
                        "worksheet", lang, programme.id, module.slug,
                    )  # fmt: skip
    return docs


def kit_documents(curriculum: Curriculum, kit: Path, when: dt.datetime) -> Outputs:
    docs = Outputs(kit)
    ctx = _Context(curriculum, when)
    province = curriculum.province
    facilitators_page = next((page for page in curriculum.pages if page.path == "facilitators"), None)
    for lang in LANGUAGES:
        how_to_use = to_html(facilitators_page.rendered[lang], lang, demote=1) if facilitators_page else ""
        for programme in curriculum.programmes:
            line = f"Lokalatih · {programme.spec.short_title[lang]} · {province.name[lang]}"
            plans = {}
            for module in programme.modules:
                day, slot = programme.slot_of(module)
                plans[module.slug] = {
                    "day": day.number,
                    "window": slot.window,
                    "activities": programme.timed_activities(module),
                    "notes": to_html(module.facilitator[lang], lang, demote=1),
                }
            docs.pdf(
                f"{programme.id}/facilitator-guide-{programme.id}.{lang}.pdf",
                ctx.html("facilitator-guide.html.j2", lang,
                         f"{label('facilitator_guide', lang)}: {programme.spec.title[lang]}", line,
                         programme=programme, plans=plans, how_to_use=how_to_use,
                         event_dates=ctx.event_dates(programme, lang)),
                "facilitator-guide", lang, programme.id,
            )  # fmt: skip
            dates = ctx.event_dates(programme, lang)
            for day in programme.days:
                title = f"{label('attendance', lang)}: {programme.spec.short_title[lang]} {day.number}"
                html = ctx.html(
                    "attendance.html.j2",
                    lang,
                    title,
                    line,
                    programme=programme,
                    day_number=day.number,
                    date=dates[day.number - 1] if dates else None,
                    rows=ATTENDANCE_ROWS,
                    groups=STAKEHOLDER_GROUPS,
                )
                relative = f"{programme.id}/attendance-{programme.id}-day{day.number}.{lang}.pdf"
                docs.pdf(relative, html, "attendance", lang, programme.id)
    return docs
