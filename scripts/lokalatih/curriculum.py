"""The loaded, validated curriculum: what every renderer takes, so nothing re-reads YAML."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from lokalatih.clock import format_clock
from lokalatih.errors import ContentError
from lokalatih.model.evaluation import EvaluationSpec
from lokalatih.model.glossary import GlossarySpec
from lokalatih.model.module import Activity, ModuleSpec
from lokalatih.model.pocket_card import PocketCardSpec
from lokalatih.model.programme import BreakKind, ProgrammeSpec
from lokalatih.model.province import ProvinceSpec
from lokalatih.model.questions import BankSpec, BlueprintSpec
from lokalatih.model.references import Reference
from lokalatih.model.slides import SlideDeckSpec
from lokalatih.translations import TranslationStatus

# Per-language rendered Markdown, keyed by language code.
Rendered = dict[str, str]


@dataclass(frozen=True)
class Module:
    programme: str
    slug: str  # the folder name; also its URL segment
    folder: Path
    spec: ModuleSpec
    participant: Rendered
    facilitator: Rendered
    bank: BankSpec  # kit only: never rendered into the public site
    slides: SlideDeckSpec | None = None  # the slide model (texts rendered); None: the default deck


@dataclass(frozen=True)
class Slot:
    """A scheduled item with its computed clock window."""

    start: int  # minutes since midnight
    end: int
    module: Module | None = None
    break_kind: BreakKind | None = None

    @property
    def window(self) -> str:
        return f"{format_clock(self.start)}–{format_clock(self.end)}"


@dataclass(frozen=True)
class Day:
    number: int
    start: int
    end: int
    slots: list[Slot]


@dataclass(frozen=True)
class TimedActivity:
    activity: Activity
    window: str


@dataclass(frozen=True)
class Programme:
    spec: ProgrammeSpec
    folder: Path
    days: list[Day]
    blueprint: BlueprintSpec
    evaluation: EvaluationSpec

    @property
    def id(self) -> str:
        return self.spec.id

    @property
    def modules(self) -> list[Module]:
        return [slot.module for day in self.days for slot in day.slots if slot.module is not None]

    def timed_activities(self, module: Module) -> list[TimedActivity]:
        """The module's activities with their clock windows on the day it is scheduled."""
        _, slot = self.slot_of(module)
        clock = slot.start
        timed = []
        for activity in module.spec.activities:
            timed.append(TimedActivity(activity, f"{format_clock(clock)}–{format_clock(clock + activity.minutes)}"))
            clock += activity.minutes
        return timed

    def slot_of(self, module: Module) -> tuple[Day, Slot]:
        for day in self.days:
            for slot in day.slots:
                if slot.module is module:
                    return day, slot
        raise KeyError(module.slug)


@dataclass(frozen=True)
class Page:
    """An authored page from docs/, rendered per language; `path` is relative to docs/ without suffix."""

    path: str
    rendered: Rendered
    folder: Path | None = None  # where its texts (and the images they show) are: docs/ or a province folder


@dataclass(frozen=True)
class Curriculum:
    root: Path
    province: ProvinceSpec
    provinces: dict[str, ProvinceSpec]
    programmes: list[Programme]
    glossary: GlossarySpec
    references: dict[str, Reference]
    pocket_card: PocketCardSpec
    pages: list[Page] = field(default_factory=list)
    translations: list[TranslationStatus] = field(default_factory=list)
    # Values of the active profile still to fill in (`lokalatih.placeholders`): `build` refuses them unless --draft.
    placeholders: list[ContentError] = field(default_factory=list)

    @property
    def modules(self) -> list[Module]:
        return [module for programme in self.programmes for module in programme.modules]
