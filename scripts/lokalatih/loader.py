"""Load every authored source once into a validated `Curriculum`, in three phases, as MkDocs validates its config.

1. **Read** (`lokalatih.sources`): every file on its own: YAML syntax, the shape of each kind (pydantic), missing
   files and translations, Markdown rendered with the province's variables. Every error of every file is collected.
2. **Check** (`lokalatih.rules`): every rule, within and across files, on the complete sources. It runs only when
   phase 1 found no error, so a rule never works around a source that failed to load; the errors then say that the
   cross-file checks were skipped.
3. **Assemble**: the `Curriculum` that every renderer takes, with the programmes' days and clock times.

Errors come out as one `ContentErrors` listing each problem as `file:line:col: where: message`.
"""

from __future__ import annotations

from pathlib import Path

from lokalatih.clock import parse_clock
from lokalatih.curriculum import Curriculum, Day, Module, Page, Programme, Slot
from lokalatih.errors import ErrorLog
from lokalatih.labels import label
from lokalatih.model.module import ModuleSpec
from lokalatih.model.province import ProvinceSpec
from lokalatih.model.questions import BankSpec, BlueprintSpec
from lokalatih.model.slides import SlideDeckSpec
from lokalatih.placeholders import placeholders
from lokalatih.rules import check
from lokalatih.sources import (
    ModuleSources,
    ProgrammeSources,
    Sources,
    TextFile,
    Texts,
    confidentiality_limits,
    read_sources,
    template_variables,
)

__all__ = [
    "DEFAULT_PROVINCE",
    "TextFile",
    "UnknownProvince",
    "assemble",
    "confidentiality_limits",
    "known_provinces",
    "load_curriculum",
    "template_variables",
]

DEFAULT_PROVINCE = "sumatera-utara"


class UnknownProvince(Exception):
    def __init__(self, slug: str, known: list[str]) -> None:
        self.slug = slug
        self.known = known
        super().__init__(f"unknown province '{slug}'; known provinces: {', '.join(known) or '(none)'}")


def known_provinces(root: Path) -> list[str]:
    return sorted(path.stem for path in (root / "provinces").glob("*.yaml"))


def load_curriculum(root: Path, province: str = DEFAULT_PROVINCE) -> Curriculum:
    """Load and validate every source; raise ContentErrors listing every problem, or UnknownProvince."""
    if province not in known_provinces(root):
        raise UnknownProvince(province, known_provinces(root))
    log = ErrorLog(root)
    sources = read_sources(root, province, log)  # phase 1
    if sources is None:
        log.raise_if_any(cross_file_checks_skipped=True)
        raise AssertionError("phase 1 returned no sources and no error")  # a bug, never content
    documents = sources.documents
    for issue in check(sources):  # phase 2
        issue.log_to(log, documents)
    log.raise_if_any()
    return assemble(sources)  # phase 3


def _for_corridor(spec: ModuleSpec, sources: Sources) -> ModuleSpec:
    """The module as this province's corridor sees it: glossary terms and documents about another corridor (an
    agreement with one country) are left out of its handout and source list."""
    corridor = sources.provinces[sources.province].spec.corridor.key
    others = {term.key for term in sources.glossary.spec.terms if term.corridor not in (None, corridor)}
    others |= {ref.key for ref in sources.references.spec.references if ref.corridor not in (None, corridor)}
    if not others:
        return spec
    handout = spec.handout.model_copy(update={"glossary": [k for k in spec.handout.glossary if k not in others]})
    return spec.model_copy(update={"handout": handout, "sources": [k for k in spec.sources if k not in others]})


def _slides_for_corridor(deck: SlideDeckSpec | None, sources: Sources) -> SlideDeckSpec | None:
    """The further slides about another corridor (its agreement) are left out of this province's deck."""
    if deck is None:
        return None
    corridor = sources.provinces[sources.province].spec.corridor.key
    return deck.model_copy(update={"slides": [s for s in deck.slides if s.corridor in (None, corridor)]})


# The heading of a province's local cases at the end of a module's page; the class lets the site and tests find it.
LOCAL_SECTION = "## {title} {{ .lk-local }}\n\n"


def _with_addition(texts: Texts, addition: Texts | None, province: ProvinceSpec) -> dict[str, str]:
    """The module's text per language, with the province's addition appended under "Di <province>"."""
    rendered = {lang: text.rendered for lang, text in texts.items()}
    if addition is None:
        return rendered
    return {
        lang: text.rstrip("\n")
        + "\n\n"
        + LOCAL_SECTION.format(title=label("local_section", lang, province=province.name[lang]))
        + addition[lang].rendered
        for lang, text in rendered.items()
    }


def _module(module: ModuleSources, sources: Sources) -> Module:
    province = sources.provinces[sources.province].spec
    return Module(
        module.folder.parent.name,
        module.slug,
        module.folder,
        _for_corridor(module.module.spec, sources),
        _with_addition(module.participant, module.additions.get("participant"), province),
        _with_addition(module.facilitator, module.additions.get("facilitator"), province),
        _bank_for_corridor(module.bank.spec, sources),
        _slides_for_corridor(module.rendered_slides, sources),
    )


def _bank_for_corridor(bank: BankSpec, sources: Sources) -> BankSpec:
    """The items about another corridor are left out of this province's bank (its exports and forms)."""
    corridor = sources.provinces[sources.province].spec.corridor.key
    kept = [item for item in bank.items if item.corridor in (None, corridor)]
    return bank if len(kept) == len(bank.items) else bank.model_copy(update={"items": kept})


def _blueprint_for_corridor(programme: ProgrammeSources, sources: Sources) -> BlueprintSpec:
    """The test of this province: an item about another corridor is replaced by its `otherwise` (the rules made sure
    there is one), in the same place."""
    corridor = sources.provinces[sources.province].spec.corridor.key
    items = {item.id: item for module in programme.modules.values() for item in module.bank.spec.items}
    blueprint = programme.blueprint.spec

    def asked_instead(item_id: str) -> str:
        item = items.get(item_id)
        return item.otherwise or item_id if item and item.corridor not in (None, corridor) else item_id

    asked = [asked_instead(item_id) for item_id in blueprint.items]
    return blueprint if asked == blueprint.items else blueprint.model_copy(update={"items": asked})


def _programme(programme: ProgrammeSources, sources: Sources) -> Programme:
    """The programme's days with the clock window of every session and break (the rules made sure they fit)."""
    modules = {slug: _module(module, sources) for slug, module in programme.modules.items()}
    days: list[Day] = []
    for number, day in enumerate(programme.spec.days, start=1):
        clock = start = parse_clock(day.start)
        slots: list[Slot] = []
        for entry in day.sessions:
            if entry.module is not None:
                module = modules[entry.module]
                slots.append(Slot(clock, clock + module.spec.duration, module=module))
                clock += module.spec.duration
            else:
                assert entry.minutes is not None  # the Slot model guarantees it
                slots.append(Slot(clock, clock + entry.minutes, break_kind=entry.break_))
                clock += entry.minutes
        days.append(Day(number, start, parse_clock(day.end), slots))
    blueprint = _blueprint_for_corridor(programme, sources)
    return Programme(programme.spec, programme.folder, days, blueprint, programme.evaluation.spec)


def assemble(sources: Sources) -> Curriculum:
    """Phase 3: the curriculum every renderer takes, from sources that passed every rule."""
    province = sources.provinces[sources.province].spec
    return Curriculum(
        sources.root,
        province,
        {slug: profile.spec for slug, profile in sources.provinces.items()},
        [_programme(programme, sources) for programme in sources.programmes],
        sources.glossary.spec,
        {reference.key: reference for reference in sources.references.spec.references},
        sources.pocket_card.spec,
        [
            Page(page.path, {lang: text.rendered for lang, text in page.texts.items()}, page.texts["id"].path.parent)
            for page in sources.pages
        ],
        sources.translations,
        placeholders(sources.provinces[sources.province].document, sources.root),
    )
