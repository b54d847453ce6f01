"""The numbers of the learning report: scores, class and individual normalized gain, item statistics.

Conventions (shared/reference/question-formats.md): class normalized gain (Hake) g = (post − pre) / (100 − pre) on
class means; the mean of individual gains is a different number, reported beside it, leaving out participants who
scored 100% on the pre-test (their gain is undefined). Discrimination D = p(upper 27%) − p(lower 27%) on the
post-test. A multiple-answer item scores 1 only when the letters chosen are exactly the key's letters; an unanswered
item (or one whose letter was not on the form) scores 0.

Everything is computed from the pooled participants of every event in the report, never averaged from per-event
figures: one participant counts once whatever the size of their event.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from statistics import mean

from lokalatih.model.report import (
    SEXES,
    GainBand,
    GroupSummary,
    ItemFlag,
    ItemStatistics,
    ParticipantScore,
    Sex,
)
from lokalatih.model.test_key import KeyItem, TestKey, TestKind

SMALL_GROUP = 5
UPPER_LOWER_SHARE = 0.27
SCORING_RULE = "A multiple-answer item scores 1 only when the letters chosen equal the key's letters exactly."


@dataclass(frozen=True)
class Scored:
    participant: str
    event: str
    province: str
    sex: Sex
    group: str
    pre_correct: dict[str, bool]
    post_correct: dict[str, bool]

    @property
    def pre_pct(self) -> float:
        return _pct(self.pre_correct)

    @property
    def post_pct(self) -> float:
        return _pct(self.post_correct)

    @property
    def gain(self) -> float | None:
        return None if self.pre_pct >= 100 else (self.post_pct - self.pre_pct) / (100 - self.pre_pct)


def correct_items(answers: dict[str, frozenset[str]], key: TestKey, test: TestKind) -> dict[str, bool]:
    """Item id → scored 1, for every item of the key (an item missing from the answers is unanswered)."""
    return {
        item_id: answers.get(item_id, frozenset()) == frozenset(key.printed(test, item_id).correct)
        for item_id in key.item_ids
    }


def _pct(correct: dict[str, bool]) -> float:
    return 100 * sum(correct.values()) / len(correct)


def band(gain: float | None) -> GainBand | None:
    if gain is None:
        return None
    return GainBand.LOW if gain < 0.3 else GainBand.MEDIUM if gain <= 0.7 else GainBand.HIGH


def summary(people: list[Scored]) -> GroupSummary:
    """n, means and both gains for a set of matched participants."""
    if not people:
        return GroupSummary(n=0, pre_mean_pct=None, post_mean_pct=None, class_normalized_gain=None,
                            mean_individual_gain=None, small=True)  # fmt: skip
    pre = mean(p.pre_pct for p in people)
    post = mean(p.post_pct for p in people)
    gains = [g for p in people if (g := p.gain) is not None]
    class_gain = None if pre >= 100 else (post - pre) / (100 - pre)
    return GroupSummary(
        n=len(people),
        pre_mean_pct=round(pre, 2),
        post_mean_pct=round(post, 2),
        class_normalized_gain=None if class_gain is None else round(class_gain, 4),
        gain_band=band(class_gain),
        mean_individual_gain=round(mean(gains), 4) if gains else None,
        small=len(people) < SMALL_GROUP,
    )


def breakdown(people: list[Scored], value: Callable[[Scored], str]) -> dict[str, GroupSummary]:
    return {k: summary([p for p in people if value(p) == k]) for k in sorted({value(p) for p in people})}


def by_sex(people: list[Scored]) -> dict[Sex, GroupSummary]:
    return {sex: summary([p for p in people if p.sex == sex]) for sex in SEXES}


def item_stats(people: list[Scored], items: list[KeyItem]) -> list[ItemStatistics]:
    """Per item, over the participants whose forms held it (events may have used different versions of a test)."""
    stats = []
    for item in items:
        holders = sorted((p for p in people if item.id in p.post_correct), key=lambda p: p.post_pct)
        k = max(1, round(UPPER_LOWER_SHARE * len(holders))) if holders else 0
        base = {"id": item.id, "module": item.module, "objective": item.objective, "type": item.type, "n": len(holders)}
        if not holders:
            stats.append(ItemStatistics(**base, p_pre=None, p_post=None, sensitivity=None, discrimination=None))
            continue
        lower, upper = holders[:k], holders[-k:]
        p_pre = mean(p.pre_correct[item.id] for p in holders)
        p_post = mean(p.post_correct[item.id] for p in holders)
        discrimination = mean(p.post_correct[item.id] for p in upper) - mean(p.post_correct[item.id] for p in lower)
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


def participant_row(p: Scored) -> ParticipantScore:
    """By code only: a report never names a participant."""
    gain = None if p.gain is None else round(p.gain, 4)
    return ParticipantScore(participant=p.participant, event=p.event, province=p.province, sex=p.sex, group=p.group,
                            pre_pct=round(p.pre_pct, 2), post_pct=round(p.post_pct, 2), gain=gain)  # fmt: skip
