"""The numbers of the learning report: scores, class and individual normalized gain, item statistics.

Conventions (shared/reference/question-formats.md): class normalized gain (Hake) g = (post − pre) / (100 − pre) on
class means; the mean of individual gains is a different number, reported beside it, leaving out participants who
scored 100% on the pre-test (their gain is undefined). Discrimination D = p(upper 27%) − p(lower 27%) on the
post-test. A multiple-answer item scores 1 only when the letters chosen are exactly the key's letters; an unanswered
item (or one whose letter was not on the form) scores 0.

Everything is computed from the pooled participants of every event in the report, never averaged from per-event
figures: one participant counts once whatever the size of their event.

The figures are tallied as participants are scored, one at a time, so that a programme of 100,000 participants
costs counters per group and item, plus one small record per participant (`ScoredPeople`) for what cannot be
tallied: the ranking behind discrimination and the per-participant file. Means are exact (`ExactMean`), so the
figures are the same, to the last digit, as `statistics.mean` over the whole list would give.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from fractions import Fraction

from lokalatih.events.answers import AnswerCodec
from lokalatih.events.participants import Member
from lokalatih.model.report import (
    SEXES,
    GainBand,
    GroupSummary,
    ItemFlag,
    ItemStatistics,
    ParticipantScore,
    Sex,
)
from lokalatih.model.test_key import KeyItem, TestKey

SMALL_GROUP = 5
UPPER_LOWER_SHARE = 0.27
SCORING_RULE = "A multiple-answer item scores 1 only when the letters chosen equal the key's letters exactly."


def band(gain: float | None) -> GainBand | None:
    if gain is None:
        return None
    return GainBand.LOW if gain < 0.3 else GainBand.MEDIUM if gain <= 0.7 else GainBand.HIGH


def individual_gain(pre_pct: float, post_pct: float) -> float | None:
    return None if pre_pct >= 100 else (post_pct - pre_pct) / (100 - pre_pct)


@dataclass
class ExactMean:
    """The mean of floats added one by one, computed as `statistics.mean` computes it (each float as its exact
    ratio, numerators summed per denominator, one rounding at the end) without keeping the floats."""

    count: int = 0
    partials: dict[int, int] = field(default_factory=dict)

    def add(self, value: float) -> None:
        numerator, denominator = value.as_integer_ratio()
        self.partials[denominator] = self.partials.get(denominator, 0) + numerator
        self.count += 1

    def value(self) -> float | None:
        if not self.count:
            return None
        return float(sum(Fraction(n, d) for d, n in self.partials.items()) / self.count)


@dataclass
class ScoreTally:
    """n, means and gains of a set of matched participants (everyone, one sex, one group, one province)."""

    pre: ExactMean = field(default_factory=ExactMean)
    post: ExactMean = field(default_factory=ExactMean)
    gains: ExactMean = field(default_factory=ExactMean)

    def add(self, pre_pct: float, post_pct: float) -> None:
        self.pre.add(pre_pct)
        self.post.add(post_pct)
        gain = individual_gain(pre_pct, post_pct)
        if gain is not None:
            self.gains.add(gain)

    def summary(self) -> GroupSummary:
        n, pre, post, gains = self.pre.count, self.pre.value(), self.post.value(), self.gains.value()
        if pre is None or post is None:
            return GroupSummary(n=0, pre_mean_pct=None, post_mean_pct=None, class_normalized_gain=None,
                                mean_individual_gain=None, small=True)  # fmt: skip
        class_gain = None if pre >= 100 else (post - pre) / (100 - pre)
        return GroupSummary(
            n=n,
            pre_mean_pct=round(pre, 2),
            post_mean_pct=round(post, 2),
            class_normalized_gain=None if class_gain is None else round(class_gain, 4),
            gain_band=band(class_gain),
            mean_individual_gain=None if gains is None else round(gains, 4),
            small=n < SMALL_GROUP,
        )


@dataclass
class ItemTally:
    """Per item: matched participants whose forms held it, and how many of them had it right before and after."""

    item: KeyItem
    index: int  # its bit in `ScoredPeople.post_right`
    held: int = 0
    right_pre: int = 0
    right_post: int = 0


@dataclass
class ScoredPeople:
    """One compact record per matched participant, in the order they were scored (event by event, each event's
    post-test sheets in the order typed): about 150 bytes each, for the ranking behind discrimination and for the
    per-participant file."""

    events: list[tuple[str, str]] = field(default_factory=list)  # (event name, province) by event index
    event_items: list[int] = field(default_factory=list)  # by event index: the bits of the items its key holds
    code: list[str] = field(default_factory=list)
    event: array[int] = field(default_factory=lambda: array("I"))
    sex: list[Sex] = field(default_factory=list)  # shared strings: a pointer each
    group: list[str] = field(default_factory=list)
    pre_pct: array[float] = field(default_factory=lambda: array("d"))
    post_pct: array[float] = field(default_factory=lambda: array("d"))
    post_right: list[int] = field(default_factory=list)  # bits of the items right on the post-test

    def __len__(self) -> int:
        return len(self.code)

    def scores(self) -> Iterator[ParticipantScore]:
        """Each participant's result, by code only, one at a time."""
        for i, code in enumerate(self.code):
            event, province = self.events[self.event[i]]
            pre, post = self.pre_pct[i], self.post_pct[i]
            gain = individual_gain(pre, post)
            yield ParticipantScore(participant=code, event=event, province=province, sex=self.sex[i],
                                   group=self.group[i], pre_pct=round(pre, 2), post_pct=round(post, 2),
                                   gain=None if gain is None else round(gain, 4))  # fmt: skip


@dataclass
class Scoring:
    """Every figure of the learning part of the report, tallied participant by participant over all events."""

    overall: ScoreTally = field(default_factory=ScoreTally)
    by_sex: dict[Sex, ScoreTally] = field(default_factory=lambda: {sex: ScoreTally() for sex in SEXES})
    by_group: dict[str, ScoreTally] = field(default_factory=dict)
    by_province: dict[str, ScoreTally] = field(default_factory=dict)
    items: dict[str, ItemTally] = field(default_factory=dict)  # in the order the events' keys list them
    people: ScoredPeople = field(default_factory=ScoredPeople)
    pre_100: list[str] = field(default_factory=list)  # codes left out of the mean individual gain

    def event(self, name: str, province: str, key: TestKey, pre: AnswerCodec, post: AnswerCodec) -> EventScorer:
        for item in key.items:
            if item.id not in self.items:
                self.items[item.id] = ItemTally(item, len(self.items))
        self.people.events.append((name, province))
        self.people.event_items.append(sum(1 << self.items[item_id].index for item_id in key.item_ids))
        return EventScorer(self, len(self.people.events) - 1, province, pre, post)

    @property
    def n_women(self) -> int:
        return self.by_sex["F"].pre.count

    def item_stats(self) -> list[ItemStatistics]:
        """Per item, over the participants whose forms held it (events may have used different versions of a
        test). The upper and lower 27% are those of the post-test ranking, ties in the order scored."""
        people = self.people
        ranking = sorted(range(len(people)), key=people.post_pct.__getitem__)
        holders_of: dict[frozenset[int], list[int]] = {}  # the same events hold most items: rank them once
        stats = []
        for tally in self.items.values():
            bit = 1 << tally.index
            events = frozenset(e for e, held in enumerate(people.event_items) if held & bit)
            holders = holders_of.get(events)
            if holders is None:
                holders = holders_of[events] = [i for i in ranking if people.event[i] in events]
            item = tally.item
            base = {"id": item.id, "module": item.module, "objective": item.objective, "type": item.type,
                    "n": len(holders)}  # fmt: skip
            if not holders:
                stats.append(ItemStatistics(**base, p_pre=None, p_post=None, sensitivity=None, discrimination=None))
                continue
            k = max(1, round(UPPER_LOWER_SHARE * len(holders)))
            right = people.post_right
            lower = sum(1 for i in holders[:k] if right[i] & bit)
            upper = sum(1 for i in holders[-k:] if right[i] & bit)
            p_pre, p_post = tally.right_pre / tally.held, tally.right_post / tally.held
            discrimination = upper / k - lower / k
            flags = []
            if p_pre >= 0.9:
                flags.append(ItemFlag.TOO_EASY)
            if p_post < 0.3:
                flags.append(ItemFlag.TOO_HARD)
            if discrimination < 0:
                flags.append(ItemFlag.NEGATIVE_DISCRIMINATION)
            if p_post < p_pre:
                flags.append(ItemFlag.FEWER_CORRECT_AFTER)
            stats.append(ItemStatistics(**base, p_pre=round(p_pre, 4), p_post=round(p_post, 4),
                                        sensitivity=round(p_post - p_pre, 4), discrimination=round(discrimination, 4),
                                        flags=flags))  # fmt: skip
        return stats


def summaries(tallies: Mapping[str, ScoreTally]) -> dict[str, GroupSummary]:
    return {key: tallies[key].summary() for key in sorted(tallies)}


class EventScorer:
    """Scores the matched participants of one event into a `Scoring`: each item compared once per sheet."""

    def __init__(self, scoring: Scoring, event: int, province: str, pre: AnswerCodec, post: AnswerCodec) -> None:
        self.scoring, self.event, self.province = scoring, event, province
        post_fields = {item_id: (whole, correct) for item_id, whole, correct in post.fields}
        self.n_items = len(pre.fields)
        # Per item: its tally, its bit, and (bits, correct bits) on each form.
        self.plan = [
            (scoring.items[item_id], 1 << scoring.items[item_id].index, whole, correct, *post_fields[item_id])
            for item_id, whole, correct in pre.fields
        ]

    def add(self, code: str, member: Member, pre: int, post: int) -> None:
        right_pre = right_post = post_bits = 0
        for tally, bit, pre_whole, pre_correct, post_whole, post_correct in self.plan:
            tally.held += 1
            if pre & pre_whole == pre_correct:
                tally.right_pre += 1
                right_pre += 1
            if post & post_whole == post_correct:
                tally.right_post += 1
                right_post += 1
                post_bits |= bit
        # As a percentage of the key's items, computed as it always was: 100 × right / items.
        pre_pct, post_pct = 100 * right_pre / self.n_items, 100 * right_post / self.n_items
        scoring, people = self.scoring, self.scoring.people
        for group in (scoring.overall, scoring.by_sex[member.sex],
                      scoring.by_province.setdefault(self.province, ScoreTally()),
                      scoring.by_group.setdefault(member.group, ScoreTally())):  # fmt: skip
            group.add(pre_pct, post_pct)
        if pre_pct >= 100:
            scoring.pre_100.append(code)
        people.code.append(code)
        people.event.append(self.event)
        people.sex.append(member.sex)
        people.group.append(member.group)
        people.pre_pct.append(pre_pct)
        people.post_pct.append(post_pct)
        people.post_right.append(post_bits)
