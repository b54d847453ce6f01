"""The numbers of the learning report: scores, class and individual normalized gain, item statistics.

Conventions (shared/reference/question-formats.md): class normalized gain (Hake) g = (post − pre) / (100 − pre) on
class means; the mean of individual gains is a different number, reported beside it, leaving out participants who
scored 100% on the pre-test (their gain is undefined). Discrimination D = p(upper 27%) − p(lower 27%) on the
post-test. A multiple-answer item scores 1 only when the letters chosen are exactly the key's letters.
"""

from __future__ import annotations

from dataclasses import dataclass
from statistics import mean

from lokalatih.model.report import (
    SEXES,
    GainBand,
    GroupSummary,
    ItemFlag,
    ItemStatistics,
    ParticipantScore,
    RejectedRow,
    Report,
    Sex,
)
from lokalatih.model.test_key import TestKey
from lokalatih.scoring.responses import Response, ResponseSet

TARGET_WOMEN_SHARE = 0.4
SMALL_GROUP = 5
UPPER_LOWER_SHARE = 0.27
SCORING_RULE = "A multiple-answer item scores 1 only when the letters chosen equal the key's letters exactly."


@dataclass(frozen=True)
class Scored:
    participant: str
    sex: Sex
    group: str
    pre_pct: float
    post_pct: float
    pre_correct: dict[str, bool]
    post_correct: dict[str, bool]

    @property
    def gain(self) -> float | None:
        return None if self.pre_pct >= 100 else (self.post_pct - self.pre_pct) / (100 - self.pre_pct)


def score(response: Response, key: TestKey) -> dict[str, bool]:
    return {
        item_id: response.answers[item_id] == frozenset(key.printed(response.test, item_id).correct)
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
    gains = [p.gain for p in people if p.gain is not None]
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


def item_stats(people: list[Scored], key: TestKey) -> list[ItemStatistics]:
    ranked = sorted(people, key=lambda p: p.post_pct)
    k = max(1, round(UPPER_LOWER_SHARE * len(ranked))) if ranked else 0
    lower, upper = ranked[:k], ranked[-k:] if k else []
    stats = []
    for item_id in key.item_ids:
        item = key.item(item_id)
        if not people:
            stats.append(ItemStatistics(id=item_id, module=item.module, objective=item.objective, type=item.type,
                                        p_pre=None, p_post=None, sensitivity=None, discrimination=None))  # fmt: skip
            continue
        p_pre = mean(p.pre_correct[item_id] for p in people)
        p_post = mean(p.post_correct[item_id] for p in people)
        discrimination = mean(p.post_correct[item_id] for p in upper) - mean(p.post_correct[item_id] for p in lower)
        flags = []
        if p_pre >= 0.9:
            flags.append(ItemFlag.TOO_EASY)
        if p_post < 0.3:
            flags.append(ItemFlag.TOO_HARD)
        if discrimination < 0:
            flags.append(ItemFlag.NEGATIVE_DISCRIMINATION)
        if p_post < p_pre:
            flags.append(ItemFlag.FEWER_CORRECT_AFTER)
        stats.append(ItemStatistics(id=item_id, module=item.module, objective=item.objective, type=item.type,
                                    p_pre=round(p_pre, 4), p_post=round(p_post, 4),
                                    sensitivity=round(p_post - p_pre, 4), discrimination=round(discrimination, 4),
                                    flags=flags))  # fmt: skip
    return stats


def _participant_row(p: Scored) -> ParticipantScore:
    """By code only: a report never names a participant."""
    gain = None if p.gain is None else round(p.gain, 4)
    return ParticipantScore(participant=p.participant, sex=p.sex, group=p.group, pre_pct=round(p.pre_pct, 2),
                            post_pct=round(p.post_pct, 2), gain=gain)  # fmt: skip


def analyse(responses: ResponseSet, key: TestKey) -> Report:
    pre = {r.participant: r for r in responses.responses if r.test == "pre"}
    post = {r.participant: r for r in responses.responses if r.test == "post"}
    people = []
    for code in sorted(pre.keys() & post.keys()):
        first, second = pre[code], post[code]
        pre_correct, post_correct = score(first, key), score(second, key)
        people.append(
            Scored(code, first.sex, first.group, _pct(pre_correct), _pct(post_correct), pre_correct, post_correct)
        )
    n_women = sum(p.sex == "F" for p in people)
    overall = summary(people)
    share = n_women / len(people) if people else None
    return Report(
        programme=key.programme,
        n_items=len(key.item_ids),
        n_participants=len(people),
        n_women=n_women,
        women_share=None if share is None else round(share, 4),
        target_women_share=TARGET_WOMEN_SHARE,
        target_met=share is not None and share >= TARGET_WOMEN_SHARE,
        pre_mean_pct=overall.pre_mean_pct,
        post_mean_pct=overall.post_mean_pct,
        class_normalized_gain=overall.class_normalized_gain,
        gain_band=overall.gain_band,
        mean_individual_gain=overall.mean_individual_gain,
        pre_100_participants=[p.participant for p in people if p.gain is None],
        unmatched_pre_participants=sorted(pre.keys() - post.keys()),
        by_sex={sex: summary([p for p in people if p.sex == sex]) for sex in SEXES},
        by_group={g: summary([p for p in people if p.group == g]) for g in sorted({p.group for p in people})},
        participants=[_participant_row(p) for p in people],
        items=item_stats(people, key),
        rejected_rows=[RejectedRow(line=r.line, reason=r.reason) for r in responses.rejected],
        scoring_rule=SCORING_RULE,
    )
