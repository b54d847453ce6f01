"""The output catalog: every file a build makes, listed once, with the facts every consumer needs.

File names, the manifests, the PDF jobs, the facilitator kit's folders and the site's download links all read this
list; none of them spells a file name of its own. A new renderer (slides, certificates, evaluation forms) adds its
artifacts here and a renderer for its kind to `lokalatih.outputs.RENDERERS`, and the rest follows.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum
from typing import Literal

from lokalatih.curriculum import Curriculum, Module, Programme
from lokalatih.labels import label
from lokalatih.model.common import LANGUAGES
from lokalatih.model.test_key import TESTS

Kind = Literal[
    "handout", "worksheet", "workbook", "agenda", "pocket-card", "pocket-card-sheet", "facilitator-guide", "attendance",
    "test-form", "answer-key", "test-key", "xlsform", "gift", "moodle-xml", "kahoot", "coverage",
    "registration-form", "evaluation-form", "evaluation-xlsform", "slides", "slides-pptx",
]  # fmt: skip
# A session's deck in its two renderings: a PDF to project or share, a PowerPoint file to edit.
SLIDE_KINDS: tuple[Kind, ...] = ("slides", "slides-pptx")


class Audience(StrEnum):
    """Who may see an artifact: the public site's downloads, or the facilitator kit (test items and keys)."""

    PUBLIC = "public"
    KIT = "kit"


@dataclass(frozen=True)
class Artifact:
    path: str  # relative to its audience's folder: site/downloads/ (public) or dist/kit/ (kit)
    kind: Kind
    audience: Audience
    title: str  # what a download link or a list calls it, in the artifact's language
    lang: str | None = None
    programme: str | None = None
    module: str | None = None
    part: str | None = None  # worksheet key, test ("pre"/"post") or day number: what tells two of a kind apart

    @property
    def is_pdf(self) -> bool:
        return self.path.endswith(".pdf")


class Catalog:
    """The artifacts of one build, in a stable order, with the look-ups the renderers and pages need."""

    def __init__(self, artifacts: list[Artifact]) -> None:
        counts = Counter((a.audience, a.path) for a in artifacts)
        duplicates = sorted(f"{audience}:{path}" for (audience, path), n in counts.items() if n > 1)
        if duplicates:
            raise ValueError(f"two artifacts share a path: {', '.join(duplicates)}")
        self.artifacts = tuple(artifacts)

    def __iter__(self) -> Iterator[Artifact]:
        return iter(self.artifacts)

    def __len__(self) -> int:
        return len(self.artifacts)

    def of(self, audience: Audience) -> list[Artifact]:
        return [a for a in self.artifacts if a.audience == audience]

    def public(self, lang: str, programme: str | None = None, module: str | None = None) -> list[Artifact]:
        """The public files of one language; with `programme`/`module`, only theirs (in catalog order)."""
        return [
            a
            for a in self.of(Audience.PUBLIC)
            if a.lang == lang
            and (programme is None or a.programme == programme)
            and (module is None or a.module == module)
        ]

    def province_files(self, lang: str) -> list[Artifact]:
        """Public files that belong to no programme (the pocket card)."""
        return [a for a in self.public(lang) if a.programme is None]


def _public(curriculum: Curriculum, lang: str) -> list[Artifact]:
    slug = curriculum.province.slug
    found = [
        Artifact(f"pocket-card-{slug}.{lang}.pdf", "pocket-card", Audience.PUBLIC, label("pocket_card", lang), lang),
        # The same card four times on an A4 sheet with crop marks, for a copy shop.
        Artifact(f"pocket-card-sheet-{slug}.{lang}.pdf", "pocket-card-sheet", Audience.PUBLIC,
                 label("pocket_card_sheet", lang), lang),
    ]  # fmt: skip
    for programme in curriculum.programmes:
        p = programme.id
        found += [
            Artifact(f"agenda-{p}.{lang}.pdf", "agenda", Audience.PUBLIC, label("agenda", lang), lang, p),
            Artifact(f"workbook-{p}.{lang}.pdf", "workbook", Audience.PUBLIC, label("workbook", lang), lang, p),
        ]
        for module in programme.modules:
            found.append(_handout(module, programme, lang))
            # Slides hold no test item, so they are public: participants may keep them after the session.
            found += [
                Artifact(f"slides-{module.slug}.{lang}.pdf", "slides", Audience.PUBLIC, label("slides_pdf", lang),
                         lang, p, module.slug),
                Artifact(f"slides-{module.slug}.{lang}.pptx", "slides-pptx", Audience.PUBLIC,
                         label("slides_pptx", lang), lang, p, module.slug),
            ]  # fmt: skip
            found += [
                Artifact(f"worksheet-{sheet.key}.{lang}.pdf", "worksheet", Audience.PUBLIC, sheet.title[lang], lang,
                         p, module.slug, sheet.key)
                for sheet in module.spec.worksheets
            ]  # fmt: skip
        # The evaluation form: a public download, linked from the session that hands it out.
        evaluation = programme.evaluation
        found.append(Artifact(f"evaluation-form-{p}.{lang}.pdf", "evaluation-form", Audience.PUBLIC,
                              evaluation.title[lang], lang, p, evaluation.handed_out_in))  # fmt: skip
    return found


def _handout(module: Module, programme: Programme, lang: str) -> Artifact:
    title = f"{module.spec.id.upper()} · {module.spec.title[lang]}"
    return Artifact(
        f"handout-{module.slug}.{lang}.pdf", "handout", Audience.PUBLIC, title, lang, programme.id, module.slug
    )


def _kit(programme: Programme) -> list[Artifact]:
    """The facilitator kit of a programme; nothing links to these files, so each is titled by its name."""
    p = programme.id
    paths: list[tuple[str, Kind, str | None, str | None]] = [
        (f"{p}/test-key.json", "test-key", None, None),
        (f"{p}/evaluation.xlsform.xlsx", "evaluation-xlsform", None, None),
    ]
    for test in TESTS:
        paths.append((f"{p}/test-{test}.xlsform.xlsx", "xlsform", None, test))
        for lang in LANGUAGES:
            paths += [
                (f"{p}/test-form-{test}.{lang}.pdf", "test-form", lang, test),
                (f"{p}/answer-key-{test}.{lang}.pdf", "answer-key", lang, test),
            ]
    for lang in LANGUAGES:
        paths += [
            (f"{p}/questions.{lang}.gift", "gift", lang, None),
            (f"{p}/questions.{lang}.moodle.xml", "moodle-xml", lang, None),
            (f"{p}/kahoot-pre.{lang}.xlsx", "kahoot", lang, "pre"),
            (f"{p}/coverage.{lang}.html", "coverage", lang, None),
            (f"{p}/facilitator-guide-{p}.{lang}.pdf", "facilitator-guide", lang, None),
        ]
        paths += [
            (f"{p}/attendance-{p}-day{day.number}.{lang}.pdf", "attendance", lang, str(day.number))
            for day in programme.days
        ]
    return [
        Artifact(path, kind, Audience.KIT, path.rsplit("/", 1)[-1], lang, p, part=part)
        for path, kind, lang, part in paths
    ]


def build_catalog(curriculum: Curriculum) -> Catalog:
    artifacts = [a for lang in LANGUAGES for a in _public(curriculum, lang)]
    artifacts += [a for programme in curriculum.programmes for a in _kit(programme)]
    # The participant registration form serves every programme: the event folder's participant list, on a phone.
    artifacts.append(Artifact("registration.xlsform.xlsx", "registration-form", Audience.KIT,
                              "registration.xlsform.xlsx"))  # fmt: skip
    return Catalog(artifacts)
