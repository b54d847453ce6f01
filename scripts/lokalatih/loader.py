"""Load every authored source once into a validated `Curriculum`, collecting all errors before failing."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from markupsafe import Markup
from pydantic import BaseModel

from lokalatih import bank_rules, rules, templating, translations
from lokalatih.clock import format_clock, parse_clock
from lokalatih.curriculum import Curriculum, Day, Module, Page, Programme, Slot
from lokalatih.errors import ErrorLog
from lokalatih.figures import figures_table, institutions_table
from lokalatih.labels import label
from lokalatih.model.common import LANGUAGE_NAMES, LANGUAGES
from lokalatih.model.glossary import GlossarySpec
from lokalatih.model.module import ModuleSpec
from lokalatih.model.pocket_card import PocketCardSpec
from lokalatih.model.programme import Delivery, ProgrammeSpec
from lokalatih.model.province import ProvinceSpec
from lokalatih.model.questions import BankSpec, BlueprintSpec
from lokalatih.model.references import Reference, ReferencesSpec
from lokalatih.model.safeguarding import SafeguardingSpec
from lokalatih.validation import format_loc, parse
from lokalatih.yamlsource import Loc, YamlDocument, YamlSyntaxError, load_yaml

M = TypeVar("M", bound=BaseModel)

DEFAULT_PROVINCE = "sumatera-utara"


class UnknownProvince(Exception):
    def __init__(self, slug: str, known: list[str]) -> None:
        self.slug = slug
        self.known = known
        super().__init__(f"unknown province '{slug}'; known provinces: {', '.join(known) or '(none)'}")


@dataclass(frozen=True)
class TextFile:
    path: Path
    source: str
    rendered: str


class _Loader:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.log = ErrorLog(root)
        self.documents: dict[Path, YamlDocument] = {}
        self.known_references: dict[str, Reference] | None = None  # None until references.yaml is read
        self.glossary_keys: set[str] | None = None  # None until glossary.yaml is read
        self.translations: list[translations.TranslationStatus] = []

    # -- reading -------------------------------------------------------------------------------------------
    def read(self, path: Path, model: type[M]) -> tuple[YamlDocument | None, M | None]:
        try:
            document = load_yaml(path)
        except YamlSyntaxError as error:
            self.log.add(path, error.position.line, error.position.column, "", error.message)
            return None, None
        except (OSError, UnicodeDecodeError) as error:
            self.log.add(path, 1, 1, "", f"cannot read file: {error}")
            return None, None
        self.documents[path] = document
        self.refuse_templates(document, document.data, ())
        return document, parse(document, model, self.log)

    def refuse_templates(self, document: YamlDocument, value: Any, loc: Loc) -> None:
        """YAML texts are printed as written; `{{ }}` there would reach readers literally."""
        if isinstance(value, dict):
            for key, item in value.items():
                self.refuse_templates(document, item, (*loc, key))
        elif isinstance(value, list):
            for index, item in enumerate(value):
                self.refuse_templates(document, item, (*loc, index))
        elif isinstance(value, str) and ("{{" in value or "{%" in value):
            self.error_at(document, loc, "template syntax works in the Markdown texts only, not in YAML")

    def error_at(self, document: YamlDocument, loc: Loc, message: str) -> None:
        position = document.position_of(loc)
        self.log.add(document.path, position.line, position.column, format_loc(loc), message)

    def duplicates(self, document: YamlDocument, items: list[Any], list_name: str, attribute: str) -> None:
        counts = Counter(getattr(item, attribute) for item in items)
        for index, item in enumerate(items):
            value = getattr(item, attribute)
            if counts[value] > 1:
                self.error_at(document, (list_name, index, attribute), f"duplicate {attribute} '{value}'")

    def render_pair(self, stem: Path, variables: dict[str, dict[str, Any]]) -> dict[str, TextFile]:
        """`stem.id.md` and `stem.en.md`, both required, rendered with the province's variables."""
        paths = {lang: stem.with_name(f"{stem.name}.{lang}.md") for lang in LANGUAGES}
        if not any(path.is_file() for path in paths.values()):
            names = " and ".join(path.name for path in paths.values())
            self.log.add(stem.parent, 1, 1, "", f"missing texts: this folder needs {names}")
            return {}
        texts: dict[str, TextFile] = {}
        sources: dict[str, str] = {}
        for lang, path in paths.items():
            if not path.is_file():
                self.log.add(path, 1, 1, "", f"missing {LANGUAGE_NAMES[lang]} translation of the other text")
                continue
            sources[lang] = path.read_text(encoding="utf-8")
            # The marker line stays in the file, not in the page; blank, so template lines keep their numbers.
            source = translations.MARKER.sub("\n", sources[lang], count=1)
            self.problems(path, rules.image_problems(source, path, self.root))
            try:
                rendered = templating.render(source, variables[lang])
                self.problems(path, rules.templated_image_problems(source, rendered))
                texts[lang] = TextFile(path, source, rendered.lstrip("\n"))
            except templating.TemplateProblem as problem:
                self.log.add(path, problem.line, 1, "", problem.message)
        if len(sources) == len(LANGUAGES):
            self.translations.append(translations.status(paths["id"], sources["id"], paths["en"], sources["en"]))
        return texts

    def problems(self, path: Path, problems: list[rules.Problem]) -> None:
        for problem in problems:
            self.log.add(path, problem.line, 1, problem.where, problem.message)

    # -- sources -------------------------------------------------------------------------------------------
    def provinces(self) -> dict[str, ProvinceSpec]:
        found: dict[str, ProvinceSpec] = {}
        for path in sorted((self.root / "provinces").glob("*.yaml")):
            document, province = self.read(path, ProvinceSpec)
            if document is None or province is None:
                continue
            if province.slug != path.stem:
                self.error_at(document, ("slug",), f"slug '{province.slug}' must equal the file name '{path.stem}'")
            found[path.stem] = province
        return found

    def references(self) -> dict[str, Reference]:
        document, spec = self.read(self.root / "modules" / "references.yaml", ReferencesSpec)
        if document is None or spec is None:
            return {}
        self.duplicates(document, spec.references, "references", "key")
        return {reference.key: reference for reference in spec.references}

    def glossary(self) -> GlossarySpec | None:
        path = self.root / "modules" / "glossary.yaml"
        document, glossary = self.read(path, GlossarySpec)
        if document is not None and glossary is not None:
            self.duplicates(document, glossary.terms, "terms", "key")
            self.glossary_keys = {term.key for term in glossary.terms}
        return glossary

    def pocket_card(self) -> PocketCardSpec | None:
        return self.read(self.root / "modules" / "pocket-card.yaml", PocketCardSpec)[1]

    def safeguarding(self) -> SafeguardingSpec | None:
        return self.read(self.root / "modules" / "safeguarding.yaml", SafeguardingSpec)[1]

    def province_problems(self, slug: str, province: ProvinceSpec, programmes: list[Programme]) -> None:
        document = self.documents[self.root / "provinces" / f"{slug}.yaml"]
        self.duplicates(document, province.contacts, "contacts", "key")
        self.duplicates(document, province.institutions, "institutions", "key")
        self.duplicates(document, province.figures, "figures", "key")
        if province.event is None:
            return
        days = {programme.id: len(programme.days) for programme in programmes}
        for programme_id, dates in province.event.dates.items():
            loc: Loc = ("event", "dates", programme_id)
            if programme_id not in days:
                self.error_at(document, loc, f"no programme '{programme_id}'; known: {', '.join(days)}")
            elif len(dates) != days[programme_id]:
                self.error_at(document, loc, f"{programme_id} has {days[programme_id]} day(s) but {len(dates)} date(s)")

    def module(
        self,
        programme: ProgrammeSpec | None,
        blueprint: BlueprintSpec | None,
        folder: Path,
        variables: dict[str, dict[str, Any]],
    ) -> Module | None:
        document, spec = self.read(folder / "module.yaml", ModuleSpec)
        bank_path = folder / "questions.yaml"
        bank_document, bank = self.read(bank_path, BankSpec) if bank_path.is_file() else (None, None)
        if not bank_path.is_file():
            self.log.add(bank_path, 1, 1, "", "missing the module's question bank (see modules/README.md)")
        participant = self.render_pair(folder / "participant", variables)
        facilitator = self.render_pair(folder / "facilitator", variables)
        required: tuple[str, ...] = rules.REQUIRED_BLOCKS
        if programme is not None and programme.delivery == Delivery.HYBRID:
            required += rules.REQUIRED_IN_HYBRID
        for text in participant.values():
            self.problems(text.path, rules.block_problems(text.source, facilitator=False))
            problem = rules.reading_length_problem(text.rendered)
            self.problems(text.path, [problem] if problem else [])
        for text in facilitator.values():
            self.problems(text.path, rules.block_problems(text.source, facilitator=True, required=required))
        if document is None or spec is None:
            return None
        if spec.disclosure:
            for text in facilitator.values():
                self.problems(text.path, rules.disclosure_problems(text.source))
        if programme is not None:
            for loc, message in rules.teaching_problems(spec, programme.participants):
                self.error_at(document, loc, message)
            if blueprint is not None:
                for loc, message in rules.test_slot_problems(
                    spec, len(blueprint.items), programme.minutes_per_test_item
                ):
                    self.error_at(document, loc, message)
        self.duplicates(document, spec.objectives, "objectives", "key")
        self.duplicates(document, spec.activities, "activities", "key")
        self.duplicates(document, spec.worksheets, "worksheets", "key")
        total = sum(activity.minutes for activity in spec.activities)
        if total != spec.duration:
            self.error_at(
                document,
                ("duration",),
                f"the activities add up to {total} minutes but the duration is {spec.duration}",
            )
        for loc, message in rules.activity_problems(spec):
            self.error_at(document, loc, message)
        if self.glossary_keys is not None:
            for loc, message in rules.handout_problems(spec, self.glossary_keys):
                self.error_at(document, loc, message)
        for index, key in enumerate(spec.sources):
            if self.known_references is not None and key not in self.known_references:
                self.error_at(document, ("sources", index), f"no reference '{key}' in modules/references.yaml")
        if bank_document is not None and bank is not None:
            self.duplicates(bank_document, bank.items, "items", "id")
            minimum = blueprint.min_items_per_module if blueprint else None
            for loc, message in bank_rules.bank_problems(bank, spec, minimum):
                self.error_at(bank_document, loc, message)
        if len(participant) != len(LANGUAGES) or len(facilitator) != len(LANGUAGES) or bank is None:
            return None
        return Module(
            folder.parent.name,
            folder.name,
            folder,
            spec,
            {lang: text.rendered for lang, text in participant.items()},
            {lang: text.rendered for lang, text in facilitator.items()},
            bank,
        )

    def programme(self, folder: Path, variables: dict[str, dict[str, Any]]) -> Programme | None:
        document, spec = self.read(folder / "programme.yaml", ProgrammeSpec)
        blueprint_document, blueprint = self.read(folder / "blueprint.yaml", BlueprintSpec)
        module_folders = sorted(p.parent for p in folder.glob("*/module.yaml"))
        modules = {path.name: self.module(spec, blueprint, path, variables) for path in module_folders}
        loaded = [module for module in modules.values() if module is not None]
        if blueprint_document is not None and blueprint is not None and len(loaded) == len(modules):
            self.blueprint_problems(blueprint_document, blueprint, loaded)
        if document is None or spec is None:
            return None
        if spec.id != folder.name:
            self.error_at(document, ("id",), f"id '{spec.id}' must equal the folder name '{folder.name}'")
        scheduled: Counter[str] = Counter()
        days: list[Day] = []
        complete = True
        for day_index, day in enumerate(spec.days):
            clock = start = parse_clock(day.start)
            end = parse_clock(day.end)
            slots: list[Slot] = []
            for slot_index, entry in enumerate(day.sessions):
                loc: Loc = ("days", day_index, "sessions", slot_index)
                if entry.module is not None:
                    scheduled[entry.module] += 1
                    if entry.module not in modules:
                        known = ", ".join(modules) or "(none)"
                        self.error_at(document, (*loc, "module"), f"no module folder '{entry.module}'; known: {known}")
                        complete = False
                        continue
                    module = modules[entry.module]
                    if module is None:
                        complete = False
                        continue
                    slots.append(Slot(clock, clock + module.spec.duration, module=module))
                    clock += module.spec.duration
                else:
                    assert entry.minutes is not None  # the Slot model guarantees it
                    slots.append(Slot(clock, clock + entry.minutes, break_kind=entry.break_))
                    clock += entry.minutes
            if end <= start:
                self.error_at(document, ("days", day_index, "end"), f"the day ends ({day.end}) before it starts")
            elif complete and clock > end:
                self.error_at(
                    document,
                    ("days", day_index, "end"),
                    f"day {day_index + 1} runs until {format_clock(clock)}, past its end {day.end} "
                    f"({clock - end} minutes too long)",
                )
            days.append(Day(day_index + 1, start, end, slots))
        for name in modules:
            if scheduled[name] == 0:
                self.log.add(
                    folder / name / "module.yaml", 1, 1, "", f"module is not scheduled in {folder.name}/programme.yaml"
                )
        for day_index, day in enumerate(spec.days):
            for slot_index, entry in enumerate(day.sessions):
                if entry.module is not None and scheduled[entry.module] > 1:
                    self.error_at(
                        document,
                        ("days", day_index, "sessions", slot_index, "module"),
                        f"module '{entry.module}' is scheduled more than once",
                    )
        if not complete or blueprint is None:
            return None
        return Programme(spec, folder, days, blueprint)

    def blueprint_problems(self, document: YamlDocument, blueprint: BlueprintSpec, modules: list[Module]) -> None:
        owner = {item.id: module for module in modules for item in module.bank.items}
        counts = Counter(blueprint.items)
        for index, item_id in enumerate(blueprint.items):
            if item_id not in owner:
                self.error_at(document, ("items", index), f"no item '{item_id}' in this programme's question banks")
            elif counts[item_id] > 1:
                self.error_at(document, ("items", index), f"item '{item_id}' is listed more than once")
        for index, item_id in enumerate(blueprint.items):
            if item_id not in owner:
                continue
            module = owner[item_id]
            item = next(item for item in module.bank.items if item.id == item_id)
            taught = {key for activity in module.spec.activities for key in activity.teaches}
            known = {objective.key for objective in module.spec.objectives}
            if item.objective in known and item.objective not in taught:  # an unknown one is the bank's error
                self.error_at(
                    document,
                    ("items", index),
                    f"item '{item_id}' tests objective '{item.objective}', which no activity of {module.slug} "
                    "teaches (list it in an activity's `teaches`)",
                )
        tested = {owner[item_id].slug for item_id in blueprint.items if item_id in owner}
        for module in modules:
            if module.slug not in tested:
                self.error_at(document, ("items",), f"no item of module {module.spec.id} ({module.slug}) in the test")

    def unique_across_modules(self, programmes: list[Programme]) -> None:
        """Ids that outputs and reports rely on must not repeat between modules (file names, key columns)."""
        modules = [module for programme in programmes for module in programme.modules]
        checks: list[tuple[str, Any, str]] = [
            ("module.yaml", lambda m: [(("id",), m.spec.id)], "duplicate module id '{}'"),
            (
                "module.yaml",
                lambda m: [(("worksheets", i, "key"), w.key) for i, w in enumerate(m.spec.worksheets)],
                "worksheet key '{}' is used twice",
            ),
            (
                "questions.yaml",
                lambda m: [(("items", i, "id"), item.id) for i, item in enumerate(m.bank.items)],
                "item id '{}' is used by another bank too",
            ),
        ]
        for file, places, message in checks:
            owners: dict[str, set[Path]] = {}
            for module in modules:
                for _, value in places(module):
                    owners.setdefault(value, set()).add(module.folder)
            for module in modules:
                for loc, value in places(module):
                    if len(owners[value]) > 1:
                        self.error_at(self.documents[module.folder / file], loc, message.format(value))

    def pages(self, variables: dict[str, dict[str, Any]]) -> list[Page]:
        docs = self.root / "docs"
        stems = sorted(
            {path.with_name(path.name.rsplit(".", 2)[0]) for lang in LANGUAGES for path in docs.rglob(f"*.{lang}.md")}
        )
        pages = []
        for stem in stems:
            texts = self.render_pair(stem, variables)
            for text in texts.values():
                self.problems(text.path, rules.block_problems(text.source, facilitator=True))
            if len(texts) == len(LANGUAGES):
                pages.append(Page(stem.relative_to(docs).as_posix(), {lang: t.rendered for lang, t in texts.items()}))
        return pages


def template_variables(province: ProvinceSpec, safeguarding: SafeguardingSpec) -> dict[str, dict[str, Any]]:
    """What content may use, per language: `province.name`, `province.capital`, `province_data_table`, ..."""
    return {
        lang: {
            "province": templating.localize(province, lang),
            "province_data_table": figures_table(province, lang),
            "province_institutions_table": institutions_table(province, lang),
            "confidentiality_limits": confidentiality_limits(safeguarding, province, lang),
        }
        for lang in LANGUAGES
    }


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


def known_provinces(root: Path) -> list[str]:
    return sorted(path.stem for path in (root / "provinces").glob("*.yaml"))


def load_curriculum(root: Path, province: str = DEFAULT_PROVINCE) -> Curriculum:
    """Load and validate every source; raise ContentErrors listing every problem, or UnknownProvince."""
    if province not in known_provinces(root):
        raise UnknownProvince(province, known_provinces(root))
    loader = _Loader(root)
    provinces = loader.provinces()
    glossary = loader.glossary()
    references = loader.known_references = loader.references()
    pocket_card = loader.pocket_card()
    safeguarding = loader.safeguarding()
    active = provinces.get(province)
    programmes: list[Programme] = []
    pages: list[Page] = []
    if active is not None and safeguarding is not None:
        variables = template_variables(active, safeguarding)
        programme_folders = sorted(p.parent for p in (root / "modules").glob("*/programme.yaml"))
        for folder in programme_folders:
            programme = loader.programme(folder, variables)
            if programme is not None:
                programmes.append(programme)
        programmes.sort(key=lambda programme: (programme.spec.order, programme.id))
        if len(programmes) == len(programme_folders):  # dates are checked against days, once the days are known
            for slug, profile in provinces.items():
                loader.province_problems(slug, profile, programmes)
        pages = loader.pages(variables)
        loader.unique_across_modules(programmes)
    loader.log.raise_if_any()
    assert active is not None and glossary is not None and pocket_card is not None
    return Curriculum(
        root,
        active,
        provinces,
        programmes,
        glossary,
        references,
        pocket_card,
        pages,
        sorted(loader.translations, key=lambda status: status.translation),
    )
