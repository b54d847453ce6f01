"""Assemble the facilitator kit of every programme: `dist/kit/<programme>/...`, plus the PDFs it needs."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lokalatih.curriculum import Curriculum, Programme
from lokalatih.formatting import iso_timestamp
from lokalatih.kit.forms import TESTS, Form, build_forms
from lokalatih.kit.gift import gift
from lokalatih.kit.kahoot import kahoot
from lokalatih.kit.key import test_key
from lokalatih.kit.moodle import moodle_xml
from lokalatih.kit.responses import responses_template
from lokalatih.kit.xlsform import xlsform
from lokalatih.labels import TEST_KINDS, label
from lokalatih.model.common import LANGUAGES
from lokalatih.outputs import Outputs
from lokalatih.printing.render import render_html


@dataclass(frozen=True)
class CoverageRow:
    module: Any
    objective: Any
    items: list[Any]


def _coverage_rows(programme: Programme) -> list[CoverageRow]:
    return [
        CoverageRow(module, objective, [item for item in module.bank.items if item.objective == objective.key])
        for module in programme.modules
        for objective in module.spec.objectives
    ]


def _form_html(template: str, form: Form, curriculum: Curriculum, lang: str, when: dt.datetime) -> str:
    province = curriculum.province.name[lang]
    kind = label("answer_key", lang) if "key" in template else TEST_KINDS[form.test][lang]
    objectives = {
        fi.item.id: next(o for o in fi.module.spec.objectives if o.key == fi.item.objective) for fi in form.items
    }
    return render_html(
        template,
        lang,
        form=form,
        province=province,
        objectives=objectives,
        title=f"{kind}: {form.programme.spec.title[lang]}",
        created=iso_timestamp(when),
        description=None,
        context_line=f"Lokalatih · {form.programme.spec.short_title[lang]} · {province}",
    )


def build_kit(curriculum: Curriculum, kit_dir: Path, when: dt.datetime) -> Outputs:
    writer = Outputs(kit_dir)
    for programme in curriculum.programmes:
        base = programme.id
        forms = build_forms(programme)
        key = test_key(forms)
        writer.file(f"{base}/test-key.json", key, "test-key", None, base)
        writer.file(f"{base}/responses-template.csv", responses_template(forms), "responses-template", None, base)
        version = hashlib.sha256(key.encode()).hexdigest()[:10]
        in_test = set(programme.blueprint.items)
        for test in TESTS:
            form = forms[test]
            data = xlsform(form, curriculum.province.slug, version, when)
            writer.file(f"{base}/test-{test}.xlsform.xlsx", data, "export", None, base)
            for lang in LANGUAGES:
                writer.pdf(
                    f"{base}/test-form-{test}.{lang}.pdf",
                    _form_html("test-form.html.j2", form, curriculum, lang, when),
                    "test-form",
                    lang,
                    base,
                )
                writer.pdf(
                    f"{base}/answer-key-{test}.{lang}.pdf",
                    _form_html("answer-key.html.j2", form, curriculum, lang, when),
                    "answer-key",
                    lang,
                    base,
                )
        for lang in LANGUAGES:
            writer.file(f"{base}/questions.{lang}.gift", gift(programme, lang), "export", lang, base)
            writer.file(f"{base}/questions.{lang}.moodle.xml", moodle_xml(programme, lang), "export", lang, base)
            workbook, _skipped = kahoot(forms["pre"], lang, when)
            writer.file(f"{base}/kahoot-pre.{lang}.xlsx", workbook, "export", lang, base)
            page = render_html(
                "coverage.html.j2", lang, programme=programme, rows=_coverage_rows(programme), in_test=in_test
            )
            writer.file(f"{base}/coverage.{lang}.html", page, "coverage", lang, base)
    return writer
