"""Phase 1 of loading: read every authored source into its typed spec, or say why it cannot be read.

This phase reads each file on its own: YAML syntax (with the position of every value), the shape of each YAML kind
(pydantic, `validation.py`), missing files and missing translations, and the Markdown texts rendered with the
province's variables (`templating.py`). Nothing here compares one file with another: that is phase 2, the rules of
`lokalatih.rules`, which run only on complete `Sources` (see `loader.py`).
"""

from __future__ import annotations

import re
import types
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any, Generic, TypeVar

from markupsafe import Markup
from pydantic import BaseModel, ValidationError

from lokalatih import templating, translations
from lokalatih.errors import ErrorLog
from lokalatih.figures import figures_table, institutions_table
from lokalatih.formatting import format_items
from lokalatih.labels import label
from lokalatih.model.common import LANGUAGE_NAMES, LANGUAGES
from lokalatih.model.corridor import Corridor
from lokalatih.model.evaluation import EvaluationSpec
from lokalatih.model.glossary import GlossarySpec
from lokalatih.model.local import ProgrammeOverlaySpec
from lokalatih.model.module import ModuleSpec
from lokalatih.model.pocket_card import PocketCardSpec
from lokalatih.model.programme import ProgrammeSpec
from lokalatih.model.province import ProvinceSpec
from lokalatih.model.questions import BankSpec, BlueprintSpec
from lokalatih.model.references import ReferencesSpec
from lokalatih.model.safeguarding import SafeguardingSpec
from lokalatih.model.slides import SlideDeckSpec
from lokalatih.validation import parse
from lokalatih.yamlsource import Loc, YamlDocument, YamlSyntaxError, load_yaml

M = TypeVar("M", bound=BaseModel)
T = TypeVar("T")
Variables = dict[str, dict[str, Any]]  # per language: what content templates may use
_TEMPLATE_SYNTAX = re.compile(r"\{[{%#]")


@dataclass(frozen=True)
class Parsed(Generic[M]):
    """A YAML source that parsed into its spec; the document keeps the position of every value for messages."""

    document: YamlDocument
    spec: M

    @property
    def path(self) -> Path:
        return self.document.path


@dataclass(frozen=True)
class TextFile:
    """One Markdown text: as written (the translation marker blanked, so lines keep their numbers) and rendered."""

    path: Path
    source: str
    rendered: str


Texts = dict[str, TextFile]  # one text per language, every language present


class Origin(StrEnum):
    """Where a module comes from: the core `modules/`, or the folder of the province the kit is built for."""

    CORE = "core"
    LOCAL = "local"  # the province's own module, placed by its programme.yaml overlay
    REPLACEMENT = "replacement"  # the province's module in place of the core module of the same folder name


@dataclass(frozen=True)
class ModuleSources:
    folder: Path
    module: Parsed[ModuleSpec]
    bank: Parsed[BankSpec]
    participant: Texts
    facilitator: Texts
    slides: Parsed[SlideDeckSpec] | None = None  # as written; None: the default deck
    rendered_slides: SlideDeckSpec | None = None  # the same, its texts rendered with the province's variables
    origin: Origin = Origin.CORE
    replaced: ModuleSources | None = None  # a replacement's core module, as read
    # The province's local cases for a module's pages ("participant", "facilitator"), appended in their own section.
    additions: dict[str, Texts] = field(default_factory=dict)

    @property
    def slug(self) -> str:
        return self.folder.name


@dataclass(frozen=True)
class Overlay:
    """A province's programme.yaml overlay, and for each day it changes (by index) where it does so: a day that
    runs late is reported there, where the province can fix it."""

    parsed: Parsed[ProgrammeOverlaySpec]
    day_places: dict[int, Loc]


@dataclass(frozen=True)
class ProgrammeSources:
    folder: Path
    programme: Parsed[ProgrammeSpec]
    blueprint: Parsed[BlueprintSpec]
    evaluation: Parsed[EvaluationSpec]
    modules: dict[str, ModuleSources]  # every module folder (with a module.yaml), by folder name, sorted
    overlay: Overlay | None = None  # the province's changes; `programme.spec` then holds the merged schedule

    @property
    def spec(self) -> ProgrammeSpec:
        return self.programme.spec


@dataclass(frozen=True)
class PageSources:
    """An authored page of docs/; `path` is relative to docs/ without the language suffix."""

    path: str
    texts: Texts


@dataclass(frozen=True)
class Sources:
    """Everything phase 1 read, complete: the input of the rules (phase 2) and of `loader.assemble` (phase 3)."""

    root: Path
    province: str  # the slug of the profile this build is for
    provinces: dict[str, Parsed[ProvinceSpec]]  # every profile, by file name
    glossary: Parsed[GlossarySpec]
    references: Parsed[ReferencesSpec]
    pocket_card: Parsed[PocketCardSpec]
    safeguarding: Parsed[SafeguardingSpec]
    programmes: list[ProgrammeSources]  # in navigation order
    pages: list[PageSources]
    translations: list[translations.TranslationStatus]

    @property
    def modules(self) -> Iterator[tuple[ProgrammeSources, ModuleSources]]:
        for programme in self.programmes:
            for module in programme.modules.values():
                yield programme, module

    @property
    def documents(self) -> dict[Path, YamlDocument]:
        """Every YAML document read, by path: how a rule's location becomes `line:col`."""
        parsed: list[Parsed[Any]] = [
            *self.provinces.values(),
            self.glossary,
            self.references,
            self.pocket_card,
            self.safeguarding,
        ]
        for programme in self.programmes:
            parsed += [programme.programme, programme.blueprint, programme.evaluation]
            parsed += [programme.overlay.parsed] if programme.overlay else []
            for module in programme.modules.values():
                parsed += [module.module, module.bank, *([module.slides] if module.slides else [])]
        return {source.path: source.document for source in parsed}

    @property
    def texts(self) -> Iterator[TextFile]:
        """Every Markdown text: participant and facilitator texts of every module (with a province's additions),
        then the authored pages."""
        for _, module in self.modules:
            yield from module.participant.values()
            yield from module.facilitator.values()
            for texts in module.additions.values():
                yield from texts.values()
        for page in self.pages:
            yield from page.texts.values()


def template_variables(province: ProvinceSpec, safeguarding: SafeguardingSpec) -> Variables:
    """What content may use, per language: `province.name`, `province.capital`, `corridor.country`,
    `province_data_table`, ..."""
    return {
        lang: {
            "province": templating.localize(province, lang),
            "corridor": corridor_variables(province.corridor, lang),
            "province_data_table": figures_table(province, lang),
            "province_institutions_table": institutions_table(province, lang),
            "confidentiality_limits": confidentiality_limits(safeguarding, province, lang),
        }
        for lang in LANGUAGES
    }


def corridor_variables(corridor: Corridor, lang: str) -> Mapping[str, Any]:
    """The profile's corridor, plus what sentences need: `mission`, the first mission's name ("hubungi
    {{ corridor.mission }}", so content need not index a list); `sectors_list`, "a, b dan c"; `agreement_note`, one
    sentence on the bilateral agreement, or that the profile records none, for passages that read well either way."""
    values = dict(templating.localize(corridor, lang))
    values["mission"] = corridor.missions[0].name[lang]
    values["sectors_list"] = format_items([sector[lang] for sector in corridor.sectors], lang)
    agreement = corridor.agreement
    values["agreement_note"] = (
        label("corridor_agreement", lang, name=agreement.name[lang], scope=agreement.scope[lang])
        if agreement
        else label("corridor_no_agreement", lang, country=corridor.country[lang])
    )
    return types.MappingProxyType(values)


def confidentiality_limits(safeguarding: SafeguardingSpec, province: ProvinceSpec, lang: str) -> Markup:
    """The kit's limits of confidentiality and the event's focal point, as paragraphs of a `!!!` block (4 spaces)."""
    focal = province.event.safeguarding_focal_point if province.event else None
    parts = [
        (label("confidentiality_limits", lang), safeguarding.limits[lang]),
        (label("confidentiality_promise", lang), safeguarding.promise[lang]),
        (label("confidentiality_records", lang), safeguarding.records[lang]),
        (label("safeguarding_focal_point", lang), focal[lang] if focal else label("focal_point_unnamed", lang)),
    ]
    return Markup("\n\n    ").join(Markup("**{}** {}").format(title, text) for title, text in parts)


@dataclass(frozen=True)
class _Written:
    """A text pair as written, before rendering."""

    paths: dict[str, Path]
    sources: dict[str, str]  # by language; the marker line blanked


class Reader:
    """Reads files one by one; every problem goes to the log, and a source that cannot be read is left out.
    `variables` are what the texts are rendered with (None when the profile could not be read: texts are then only
    checked for presence)."""

    def __init__(self, root: Path, log: ErrorLog, variables: Variables | None = None) -> None:
        self.root = root
        self.log = log
        self.variables = variables
        self.translations: list[translations.TranslationStatus] = []

    def read(self, path: Path, model: type[M]) -> Parsed[M] | None:
        try:
            document = load_yaml(path)
        except YamlSyntaxError as error:
            self.log.add(path, error.position.line, error.position.column, "", error.message)
            return None
        except (OSError, UnicodeDecodeError) as error:
            self.log.add(path, 1, 1, "", f"cannot read file: {error}")
            return None
        spec = parse(document, model, self.log)
        return None if spec is None else Parsed(document, spec)

    def written(self, stem: Path) -> _Written | None:
        """`stem.id.md` and `stem.en.md`, both required; records how fresh the translation is."""
        paths = {lang: stem.with_name(f"{stem.name}.{lang}.md") for lang in LANGUAGES}
        if not any(path.is_file() for path in paths.values()):
            names = " and ".join(path.name for path in paths.values())
            self.log.add(stem.parent, 1, 1, "", f"missing texts: this folder needs {names}")
            return None
        raw: dict[str, str] = {}
        for lang, path in paths.items():
            if not path.is_file():
                self.log.add(path, 1, 1, "", f"missing {LANGUAGE_NAMES[lang]} translation of the other text")
                continue
            raw[lang] = path.read_text(encoding="utf-8")
        if len(raw) != len(LANGUAGES):
            return None
        self.translations.append(translations.status(paths["id"], raw["id"], paths["en"], raw["en"]))
        # The marker line stays in the file, not in the page; blank, so template lines keep their numbers.
        return _Written(paths, {lang: translations.MARKER.sub("\n", text, count=1) for lang, text in raw.items()})

    def render(self, written: _Written, variables: Variables) -> Texts | None:
        texts: Texts = {}
        for lang, path in written.paths.items():
            source = written.sources[lang]
            try:
                texts[lang] = TextFile(path, source, templating.render(source, variables[lang]).lstrip("\n"))
            except templating.TemplateProblem as problem:
                self.log.add(path, problem.line, 1, "", problem.message)
        return texts if len(texts) == len(LANGUAGES) else None

    def texts(self, stem: Path) -> Texts | None:
        """`stem.id.md` and `stem.en.md`, read and rendered."""
        written = self.written(stem)
        if written is None or self.variables is None:
            return None
        return self.render(written, self.variables)

    def module(self, folder: Path, origin: Origin = Origin.CORE) -> ModuleSources | None:
        """A module folder: module.yaml, the question bank, both texts in both languages, the slide model."""
        module = self.templated(folder / "module.yaml", ModuleSpec, self.variables)
        bank = self.bank(folder)
        participant = self.texts(folder / "participant")
        facilitator = self.texts(folder / "facilitator")
        slides_read, slides, rendered_slides = (
            self.slides(folder, self.variables) if self.variables is not None else (False, None, None)
        )
        if not (module and bank and participant and facilitator and slides_read):
            return None
        return ModuleSources(folder, module, bank, participant, facilitator, slides, rendered_slides, origin)

    def provinces(self) -> dict[str, Parsed[ProvinceSpec] | None]:
        return {path.stem: self.read(path, ProvinceSpec) for path in sorted((self.root / "provinces").glob("*.yaml"))}

    def bank(self, folder: Path) -> Parsed[BankSpec] | None:
        path = folder / "questions.yaml"
        if not path.is_file():
            self.log.add(path, 1, 1, "", "missing the module's question bank (see modules/README.md)")
            return None
        return self.read(path, BankSpec)

    def evaluation(self, folder: Path) -> Parsed[EvaluationSpec] | None:
        path = folder / "evaluation.yaml"
        if not path.is_file():
            self.log.add(path, 1, 1, "", "missing the programme's evaluation form (see modules/README.md)")
            return None
        return self.read(path, EvaluationSpec)

    def slides(
        self, folder: Path, variables: Variables
    ) -> tuple[bool, Parsed[SlideDeckSpec] | None, SlideDeckSpec | None]:
        """The module's slide model, if it has one: (read without error, as written, rendered). Its texts are
        templates like the Markdown texts; an error names the YAML line of the text."""
        path = folder / "slides.yaml"
        if not path.is_file():
            return True, None, None
        parsed = self.read(path, SlideDeckSpec)
        if parsed is None:
            return False, None, None
        rendered = self.rendered(parsed, SlideDeckSpec, variables)
        return rendered is not None, parsed, rendered

    def rendered(self, parsed: Parsed[M], model: type[M], variables: Variables) -> M | None:
        """A YAML source whose texts are templates (module.yaml, slides.yaml, pocket-card.yaml), with every
        language's text rendered in that language; None when a template fails (the error names its YAML line)."""
        failed = False

        def render(text: str, lang: str, loc: tuple[Any, ...]) -> str:
            nonlocal failed
            if not _TEMPLATE_SYNTAX.search(text):
                return text  # most texts have no variable: skip the sandbox's cost
            try:
                return templating.render(text, variables[lang])
            except templating.TemplateProblem as problem:
                failed = True
                position = parsed.document.position_of(loc)
                self.log.add(parsed.path, position.line + problem.line - 1, position.column, "", problem.message)
                return text

        data = _rendered_texts(parsed.document.data, (), render)
        if failed:
            return None
        try:
            return model.model_validate(data)
        except ValidationError as error:  # a variable that renders empty where a text is required
            for problem in error.errors():
                position = parsed.document.position_of(tuple(problem["loc"]))
                self.log.add(parsed.path, position.line, position.column, "", f"once rendered: {problem['msg']}")
            return None

    def templated(self, path: Path, model: type[M], variables: Variables | None) -> Parsed[M] | None:
        """A YAML source whose texts may use the province's variables: kept as written for its positions, with
        the rendered texts as its spec (what the rules check and the renderers print)."""
        parsed = self.read(path, model)
        if parsed is None or variables is None:
            return parsed
        rendered = self.rendered(parsed, model, variables)
        return None if rendered is None else Parsed(parsed.document, rendered)


def _rendered_texts(value: Any, loc: tuple[Any, ...], render: Callable[[str, str, tuple[Any, ...]], str]) -> Any:
    """The YAML data with every language's text (a string under `id` or `en`) rendered in that language."""
    if isinstance(value, dict):
        return {key: _rendered_texts(item, (*loc, key), render) for key, item in value.items()}
    if isinstance(value, list):
        return [_rendered_texts(item, (*loc, index), render) for index, item in enumerate(value)]
    if isinstance(value, str) and loc and loc[-1] in LANGUAGES:
        return render(value, loc[-1], loc)
    return value


def _all_or_none(values: dict[str, T | None]) -> dict[str, T] | None:
    """Every value, or None when one is missing (its error is logged)."""
    complete = {key: value for key, value in values.items() if value is not None}
    return complete if len(complete) == len(values) else None


def read_sources(root: Path, province: str, log: ErrorLog) -> Sources | None:
    """Read every source; None when any could not be read (the log then says why, file by file)."""
    reader = Reader(root, log)
    provinces = reader.provinces()
    modules_folder = root / "modules"
    glossary = reader.read(modules_folder / "glossary.yaml", GlossarySpec)
    references = reader.read(modules_folder / "references.yaml", ReferencesSpec)
    safeguarding = reader.read(modules_folder / "safeguarding.yaml", SafeguardingSpec)
    active = provinces.get(province)
    # Texts are rendered with the active profile; when it (or the safeguarding text) cannot be read, its own error
    # is logged above and the texts are only checked for presence: nothing past this phase runs on a failed read.
    reader.variables = template_variables(active.spec, safeguarding.spec) if active and safeguarding else None
    pocket_card = reader.templated(modules_folder / "pocket-card.yaml", PocketCardSpec, reader.variables)

    programmes: list[ProgrammeSources | None] = []
    for folder in sorted(p.parent for p in modules_folder.glob("*/programme.yaml")):
        programme = reader.read(folder / "programme.yaml", ProgrammeSpec)
        blueprint = reader.read(folder / "blueprint.yaml", BlueprintSpec)
        evaluation = reader.evaluation(folder)
        modules = {
            module_folder.name: reader.module(module_folder)
            for module_folder in sorted(p.parent for p in folder.glob("*/module.yaml"))
        }
        complete_modules = _all_or_none(modules)
        programmes.append(
            ProgrammeSources(folder, programme, blueprint, evaluation, complete_modules)
            if programme and blueprint and evaluation and complete_modules is not None
            else None
        )

    docs = root / "docs"
    stems = sorted(
        {path.with_name(path.name.rsplit(".", 2)[0]) for lang in LANGUAGES for path in docs.rglob(f"*.{lang}.md")}
    )
    pages: list[PageSources | None] = []
    for stem in stems:
        page_texts = reader.texts(stem)
        pages.append(PageSources(stem.relative_to(docs).as_posix(), page_texts) if page_texts else None)
    # The province folder lays its own modules, cases and pages over the core (`local_content.py`).
    from lokalatih import local_content  # it reads with this module's Reader: imported here, not at the top

    province_folder = local_content.read(reader, province, programmes, pages)
    programmes, pages = province_folder.programmes, province_folder.pages

    read_provinces = _all_or_none(provinces)
    read_programmes = [programme for programme in programmes if programme is not None]
    read_pages = [page for page in pages if page is not None]
    if (
        log.errors
        or read_provinces is None
        or province not in read_provinces
        or glossary is None
        or references is None
        or pocket_card is None
        or safeguarding is None
        or len(read_programmes) != len(programmes)
        or len(read_pages) != len(pages)
    ):
        if not log.errors:
            raise AssertionError("a source was left out without an error")  # a bug of this module, never content
        return None
    return Sources(
        root,
        province,
        read_provinces,
        glossary,
        references,
        pocket_card,
        safeguarding,
        sorted(read_programmes, key=lambda programme: (programme.spec.order, programme.spec.id)),
        read_pages,
        sorted(reader.translations, key=lambda status: status.translation),
    )
