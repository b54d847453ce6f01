"""A session's deck in one language, from its module: what each slide says and the speaker notes, before layout.

The order follows the session as taught: title, objectives, then each activity in its order with its debrief, the
key-message slides after the activity that teaches them (by default the first presentation), and a closing slide
with the key messages. The slide model (`slides.yaml`) replaces defaults; without it every slide is drawn from
module.yaml and the facilitator plan, so every session has slides from day one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lokalatih.clock import format_clock
from lokalatih.curriculum import Curriculum, Module, Programme
from lokalatih.formatting import format_number, plain_text
from lokalatih.labels import BLOCK_LABELS, label
from lokalatih.model.common import Method, Text
from lokalatih.model.module import Activity
from lokalatih.model.programme import Delivery
from lokalatih.model.slides import ActivitySlide, ContentSlide, ProfileTable, SlideDeckSpec
from lokalatih.view import LanguageView, citation, grouping

# What a projector shows of an activity that the room does not act on: the facilitator speaks.
_SPOKEN = {Method.PRESENTATION, Method.TEST, Method.ENERGISER}
_QUOTED_QUESTION = re.compile(r"“([^”]*\?)”")
_ADMONITION = re.compile(r"^!!! (\w+)[^\n]*\n((?:(?:    [^\n]*)?\n)*)", re.MULTILINE)


@dataclass(frozen=True)
class Block:
    """Lines under an optional label ("Task", "Discuss"): bullets, or plain paragraphs."""

    items: tuple[str, ...]
    label: str | None = None
    bullets: bool = True


@dataclass(frozen=True)
class Table:
    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class Slide:
    kind: str  # title, objectives, activity, message, content, debrief, closing
    title: str
    blocks: tuple[Block, ...] = ()
    table: Table | None = None
    source: str | None = None  # the source line of a slide with figures or provisions
    notes: tuple[str, ...] = ()
    subtitle: tuple[str, ...] = ()  # the title slide's programme, province and date lines


@dataclass(frozen=True)
class Deck:
    lang: str
    title: str  # "T04 · Recognising trafficking and forced labour"
    running: str  # the header line of every slide
    slides: tuple[Slide, ...]


def facilitator_blocks(facilitator: str) -> dict[str, list[str]]:
    """The safeguarding, inclusion and hybrid blocks (`!!! kind`) of a facilitator text, each as its points."""
    found: dict[str, list[str]] = {}
    for match in _ADMONITION.finditer(facilitator + "\n"):
        kind, body = match.group(1), match.group(2)
        lines = [line[4:] if line.startswith("    ") else line for line in body.split("\n")]
        points: list[str] = []
        for chunk in re.split(r"\n(?=\s*[-*] )|\n\s*\n", "\n".join(lines)):
            point = plain_text(re.sub(r"^\s*[-*] ", "", chunk))
            if point:
                points.append(point)
        found.setdefault(kind, []).extend(points)
    return found


def _sentences(text: str) -> tuple[str, ...]:
    """A key message as the lines of its default slide: one sentence each."""
    return tuple(part.strip() for part in re.split(r"(?<=[.!?])\s+(?=[A-Z“\"(])", text) if part.strip())


class _Builder:
    def __init__(self, curriculum: Curriculum, programme: Programme, module: Module, lang: str) -> None:
        self.curriculum, self.programme, self.module, self.lang = curriculum, programme, module, lang
        self.spec = module.spec
        self.model = module.slides or SlideDeckSpec()
        self.hybrid = programme.spec.delivery == Delivery.HYBRID
        self.blocks = facilitator_blocks(module.facilitator[lang])

    def text(self, text: Text) -> str:
        """A text of module.yaml as a slide shows it: Markdown emphasis (`*gallery walk*`) is for the site."""
        return plain_text(text[self.lang])

    # --- the slides -------------------------------------------------------------------------------------------

    def title_slide(self) -> Slide:
        lang = self.lang
        view = LanguageView(self.curriculum, lang)
        day, slot = self.programme.slot_of(self.module)
        dates = view.event_dates(self.programme)
        when = [dates[day.number - 1]] if dates else [f"{label('day', lang)} {day.number}"]
        subtitle = (self.programme.spec.title[lang], view.province_name, " · ".join([*when, slot.window]))
        notes = [label("slides_notes_timing", lang, minutes=self.spec.duration, window=slot.window)]
        clock = 0
        for activity in self.spec.activities:
            span = f"{clock}–{clock + activity.minutes}"
            notes.append(label("slides_notes_minutes", lang, span=span, title=self.text(activity.title)))
            clock += activity.minutes
        for kind in ("safeguarding", "inclusion", "hybrid"):
            if self.blocks.get(kind):
                notes.append(f"{BLOCK_LABELS[kind][lang]}:")
                notes += [f"- {point}" for point in self.blocks[kind]]
        return Slide("title", self.deck_title(), subtitle=subtitle, notes=tuple(notes))

    def deck_title(self) -> str:
        return f"{self.spec.id.upper()} · {self.text(self.spec.title)}"

    def objectives_slide(self) -> Slide:
        items = tuple(self.text(objective) for objective in self.spec.objectives)
        notes = [label("slides_notes_objectives", self.lang)]
        index = self.programme.modules.index(self.module)
        if index:
            before = self.programme.modules[index - 1].spec
            title = f"{before.id.upper()} {self.text(before.title)}"
            notes.append(label("slides_notes_previous", self.lang, title=title))
        return Slide("objectives", label("objectives", self.lang), (Block(items),), notes=tuple(notes))

    def activity_slide(self, activity: Activity, window: str, given: ActivitySlide) -> Slide:
        lang = self.lang
        duration = f"{activity.minutes} {label('minutes_unit', lang)}"
        facts = [duration]
        if activity.groups:
            facts.append(grouping(activity, lang))
        blocks = [Block((" · ".join(facts),), bullets=False)]
        spoken = activity.method in _SPOKEN
        task = given.task[lang] if given.task else (None if spoken else self.text(activity.purpose))
        if task:
            blocks.append(Block((task,), label("slides_task", self.lang), bullets=False))
        elif spoken:  # the facilitator speaks: the slide says what about
            blocks.append(Block((self.text(activity.purpose),), bullets=False))
        questions = (
            [q[lang] for q in given.questions]
            if given.questions is not None
            else [] if spoken else [m for step in activity.steps for m in _QUOTED_QUESTION.findall(self.text(step))]
        )  # fmt: skip
        if questions:
            blocks.append(Block(tuple(questions), label("slides_discuss", self.lang)))
        produce = given.produce[lang] if given.produce else self.worksheet_of(activity)
        if produce:
            blocks.append(Block((produce,), label("slides_produce", self.lang), bullets=False))
        notes = [f"{window} · {duration} · {self.text(activity.purpose)}"]
        notes += [f"{number}. {plain_text(step[lang])}" for number, step in enumerate(activity.steps, start=1)]
        if activity.expected_answers:
            notes.append(label("slides_notes_expected", self.lang))
            notes += [f"- {plain_text(answer[lang])}" for answer in activity.expected_answers]
        if self.hybrid and not spoken:
            notes.append(label("slides_notes_online_activity", self.lang))
        return Slide("activity", self.text(activity.title), tuple(blocks), notes=tuple(notes))

    def worksheet_of(self, activity: Activity) -> str | None:
        sheets = [self.text(sheet.title) for sheet in self.spec.worksheets if sheet.activity == activity.key]
        return label("slides_worksheet", self.lang, title=", ".join(sheets)) if sheets else None

    def debrief_slide(self, activity: Activity) -> Slide:
        questions = tuple(self.text(question) for question in activity.debrief)
        notes = [label("slides_notes_debrief", self.lang)]
        if self.hybrid:
            notes.append(label("slides_notes_online_debrief", self.lang))
        title = f"{label('debrief', self.lang)} · {self.text(activity.title)}"  # a title may hold a colon itself
        return Slide("debrief", title, (Block(questions),), notes=tuple(notes))

    def message_slide(self, number: int, message: Text, given: ContentSlide | None) -> Slide:
        full = self.text(message)
        notes = (label("slides_notes_message", self.lang), full)
        if given is None:
            title = label("slides_key_message", self.lang, number=number, count=len(self.spec.key_messages))
            return Slide("message", title, (Block(_sentences(full)),), notes=notes)
        slide = self.content_slide(given, "message", notes)
        if not (slide.blocks or slide.table):  # a heading alone: the message itself, a sentence a line
            slide = Slide("message", slide.title, (Block(_sentences(full)),), None, slide.source, notes)
        return slide

    def content_slide(self, given: ContentSlide, kind: str = "content", notes: tuple[str, ...] = ()) -> Slide:
        lang = self.lang
        blocks = (Block(tuple(line[lang] for line in given.lines)),) if given.lines else ()
        references = [self.curriculum.references[key] for key in given.sources]
        # The slide names a document briefly ("UU 21/2007"); the speaker notes give the full citation.
        sources = [r.short[lang] if r.short else citation(r) for r in references]
        if references:
            notes = (*notes, f"{label('source', lang)}: {' '.join(citation(r) for r in references)}")
        table = None
        if given.table:
            table = Table(tuple(c[lang] for c in given.table.columns),
                          tuple(tuple(cell[lang] for cell in row) for row in given.table.rows))  # fmt: skip
        elif given.profile_table:
            table, profile_sources = self.profile_table(given.profile_table)
            sources += profile_sources
            if table is None:  # a profile without them says so, as the site's pages do
                empty = label("no_figures" if given.profile_table == ProfileTable.FIGURES else "no_institutions", lang)
                blocks = (*blocks, Block((empty,), bullets=False))
        source = (
            f"{label('source', lang)}: {'; '.join(s.removesuffix('.') for s in dict.fromkeys(sources))}"
            if sources
            else None
        )
        return Slide(kind, given.heading[lang], blocks, table, source, notes)

    def profile_table(self, which: ProfileTable) -> tuple[Table | None, list[str]]:
        """The province profile's figures or institutions; a profile without them says so on the slide."""
        lang, province = self.lang, self.curriculum.province
        if which == ProfileTable.FIGURES:
            if not province.figures:
                return None, []
            columns: tuple[str, ...] = (
                label("figure", self.lang),
                label("number", self.lang),
                label("year", self.lang),
            )
            rows = tuple((f.label[lang], format_number(f.value, lang), str(f.year)) for f in province.figures)
            return Table(columns, rows), [f.source for f in province.figures]
        if not province.institutions:
            return None, []
        columns = (label("institution", self.lang), label("role", self.lang))
        return Table(columns, tuple((i.name[lang], i.role[lang]) for i in province.institutions)), [
            i.source for i in province.institutions
        ]

    def closing_slide(self) -> Slide:
        if self.model.messages:
            items = tuple(message.heading[self.lang] for message in self.model.messages)
        else:
            items = tuple(self.text(message) for message in self.spec.key_messages)
        notes = [label("slides_notes_closing", self.lang)]
        following = self.next_session()
        if following:
            notes.append(following)
        return Slide("closing", label("key_messages", self.lang), (Block(items),), notes=tuple(notes))

    def next_session(self) -> str | None:
        modules = self.programme.modules
        index = modules.index(self.module)
        if index + 1 >= len(modules):
            return None
        after = modules[index + 1]
        day, slot = self.programme.slot_of(after)
        return label("slides_notes_next", self.lang, title=f"{after.spec.id.upper()} {self.text(after.spec.title)}",
                     day=day.number, window=slot.window)  # fmt: skip

    # --- the order --------------------------------------------------------------------------------------------

    def pre_test(self) -> str | None:
        """The key of the programme's pre-test (its first test activity) when this session holds it."""
        for module in self.programme.modules:
            for activity in module.spec.activities:
                if activity.method == Method.TEST:
                    return activity.key if module is self.module else None
        return None

    def deck(self) -> Deck:
        spec, model = self.spec, self.model
        activities = [a.key for a in spec.activities]
        # Before the pre-test the room sees no content that could hint at an answer, the objectives included:
        # in the session that holds it, they and the default-placed slides come after it.
        pre_test = self.pre_test()
        after_test = activities[activities.index(pre_test) + 1 :] if pre_test else activities
        default_place = next(
            (a.key for a in spec.activities if a.method == Method.PRESENTATION and a.key in after_test), pre_test
        )
        placed: dict[str | None, list[Slide]] = {}
        objectives = self.objectives_slide()
        placed.setdefault(pre_test, []).append(objectives)
        for number, message in enumerate(spec.key_messages, start=1):
            given = model.messages[number - 1] if model.messages else None
            where = given.after if given and given.after else default_place
            placed.setdefault(where, []).append(self.message_slide(number, message, given))
        for extra in model.slides:
            notes = (label("slides_notes_content", self.lang),)
            placed.setdefault(extra.after or default_place, []).append(self.content_slide(extra, notes=notes))
        slides = [self.title_slide(), *placed.get(None, [])]
        _, slot = self.programme.slot_of(self.module)
        clock = slot.start
        for activity in spec.activities:
            window = f"{format_clock(clock)}–{format_clock(clock + activity.minutes)}"
            clock += activity.minutes
            shown = model.activities.get(activity.key, ActivitySlide())
            if shown.show:
                slides.append(self.activity_slide(activity, window, shown))
            slides += placed.get(activity.key, [])
            if activity.debrief:
                slides.append(self.debrief_slide(activity))
        assert all(key is None or key in activities for key in placed)  # the slides rule guarantees it
        slides.append(self.closing_slide())
        running = " · ".join(["Lokalatih", self.programme.spec.short_title[self.lang], spec.id.upper()])
        return Deck(self.lang, self.deck_title(), running, tuple(slides))


def build_deck(curriculum: Curriculum, programme: Programme, module: Module, lang: str) -> Deck:
    return _Builder(curriculum, programme, module, lang).deck()
