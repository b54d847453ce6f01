"""The facilitator kit's files, one renderer per catalog kind: test forms and keys (HTML for PDF), the test key,
and the question bank for Moodle (GIFT, XML), KoboToolbox/ODK (XLSForm) and Kahoot. Typed-in answers go into the
entry files of an event folder (`lokalatih event new`), numbered as each form prints its questions."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any

from lokalatih.catalog import Artifact
from lokalatih.curriculum import Programme
from lokalatih.errors import BuildFailed
from lokalatih.kit.evaluation import evaluation_form, evaluation_xlsform
from lokalatih.kit.forms import Form, TestKind
from lokalatih.kit.gift import gift
from lokalatih.kit.kahoot import kahoot
from lokalatih.kit.moodle import moodle_xml
from lokalatih.kit.registration import registration_xlsform
from lokalatih.kit.xlsform import xlsform
from lokalatih.labels import TEST_KINDS, label
from lokalatih.printing.render import render_html
from lokalatih.render_context import RenderContext


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


def _form(artifact: Artifact, ctx: RenderContext) -> Form:
    test: TestKind = "post" if artifact.part == "post" else "pre"
    return ctx.forms(ctx.programme(artifact.programme))[test]


def _form_html(template: str, artifact: Artifact, ctx: RenderContext, kind: str, province: str | None) -> str:
    lang = artifact.lang or ""
    form = _form(artifact, ctx)
    objectives = {
        fi.item.id: next(o for o in fi.module.spec.objectives if o.key == fi.item.objective) for fi in form.items
    }
    short = form.programme.spec.short_title[lang]
    return render_html(
        template,
        lang,
        form=form,
        province=province,
        objectives=objectives,
        title=f"{kind}: {form.programme.spec.title[lang]}",
        created=ctx.created,
        draft=ctx.draft,
        description=None,
        context_line=" · ".join(["Lokalatih", short, *([province] if province else [])]),
    )


def test_form(artifact: Artifact, ctx: RenderContext) -> str:
    lang = artifact.lang or ""
    province = ctx.curriculum.province.name[lang]  # printed in the form's header, so the paper says where it was
    kind = TEST_KINDS[_form(artifact, ctx).test][lang]
    return _form_html("test-form.html.j2", artifact, ctx, kind, province)


def answer_key(artifact: Artifact, ctx: RenderContext) -> str:
    return _form_html("answer-key.html.j2", artifact, ctx, label("answer_key", artifact.lang or ""), None)


def key_json(artifact: Artifact, ctx: RenderContext) -> str:
    return ctx.test_key(ctx.programme(artifact.programme))


def xlsform_file(artifact: Artifact, ctx: RenderContext) -> bytes:
    key = ctx.test_key(ctx.programme(artifact.programme))
    version = hashlib.sha256(key.encode()).hexdigest()[:10]  # changes whenever a letter does
    return xlsform(_form(artifact, ctx), ctx.curriculum.province.slug, version, ctx.when)


def registration_form(artifact: Artifact, ctx: RenderContext) -> bytes:
    return registration_xlsform(ctx.when.strftime("%Y%m%d"), ctx.when)


def gift_file(artifact: Artifact, ctx: RenderContext) -> str:
    return gift(ctx.programme(artifact.programme), artifact.lang or "")


def moodle_file(artifact: Artifact, ctx: RenderContext) -> str:
    return moodle_xml(ctx.programme(artifact.programme), artifact.lang or "")


def kahoot_file(artifact: Artifact, ctx: RenderContext) -> bytes:
    """The Kahoot sheet with every item of the form; an item left out fails the build (`lokalatih check` should have
    refused it), so a facilitator never gets a quiz that silently lacks questions."""
    workbook, skipped = kahoot(_form(artifact, ctx), artifact.lang or "", ctx.when)
    if skipped:
        raise BuildFailed(
            f"{artifact.path}: {len(skipped)} item(s) do not fit Kahoot's limits and would be left out: "
            f"{', '.join(skipped)}; `lokalatih check` names what is too long"
        )
    return workbook


def coverage(artifact: Artifact, ctx: RenderContext) -> str:
    programme = ctx.programme(artifact.programme)
    return render_html("coverage.html.j2", artifact.lang or "", draft=ctx.draft, programme=programme,
                       rows=_coverage_rows(programme), in_test=set(programme.blueprint.items))  # fmt: skip


def evaluation_xlsform_file(artifact: Artifact, ctx: RenderContext) -> bytes:
    return evaluation_xlsform(evaluation_form(ctx.programme(artifact.programme)), ctx.when)


RENDERERS = {
    "test-form": test_form,
    "answer-key": answer_key,
    "test-key": key_json,
    "xlsform": xlsform_file,
    "gift": gift_file,
    "moodle-xml": moodle_file,
    "kahoot": kahoot_file,
    "coverage": coverage,
    "registration-form": registration_form,
    "evaluation-xlsform": evaluation_xlsform_file,
}
