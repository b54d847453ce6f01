"""Phase 2 of loading: every rule of the kit, in one place, each a plain function `Sources -> list[Issue]`.

The pydantic models check the shape of each file (phase 1, `lokalatih.sources`); these rules check what shapes
cannot express, within a file and across files. They run only on complete `Sources`, once every file has been read
without error, so no rule ever has to guess around a source that failed to load.

- `texts`: the Markdown texts (blocks, reading length, images: alt text and a checked file next to the text,
  the limits of confidentiality);
- `sessions`: each module.yaml (minutes, keys, activity guides, `teaches` and groups, test slot, handouts,
  worksheets, sources cited);
- `bank`: question banks and blueprints (and the fit of every test item to the kit's Kahoot sheet);
- `evaluation`: each programme's evaluation form (names, scales, choices, the session that hands it out);
- `slides`: each slides.yaml against its module.yaml (key messages, activities, sources), short texts, no test item;
- `programmes`: each programme.yaml against its module folders (schedule, day windows, certificate rule);
- `kit`: the whole kit (province profiles and event dates, glossary and reference keys, ids unique across modules,
  no templates in YAML);
- `local`: a province folder's content (its own modules' ids, replacements that keep the test whole, local cases
  without images);
- `print_font`: every character of a text that reaches a PDF is in the shipped print fonts (else an empty box).

A new rule is a function in one of these modules, added to `RULES`.
"""

from __future__ import annotations

from collections.abc import Callable

from lokalatih.rules import bank, evaluation, kit, local, print_font, programmes, sessions, slides, texts
from lokalatih.rules.issue import Issue
from lokalatih.rules.texts import MIN_PARTICIPANT_WORDS, blocks_in, count_words
from lokalatih.sources import Sources

Rule = Callable[[Sources], list[Issue]]

RULES: tuple[Rule, ...] = (
    kit.no_templates_in_yaml,
    kit.province_slugs,
    kit.unique_keys,
    kit.event_dates,
    kit.unique_across_modules,
    programmes.programme_ids,
    programmes.scheduled_modules,
    programmes.day_windows,
    programmes.certificate_rule,
    sessions.unique_keys,
    sessions.durations,
    sessions.activity_guides,
    sessions.teaching,
    sessions.test_slot,
    sessions.handouts_and_worksheets,
    sessions.sources_cited,
    bank.items,
    bank.coverage,
    bank.blueprints,
    bank.kahoot_fit,
    bank.corridor_items,
    evaluation.forms,
    slides.fits_module,
    slides.short_texts,
    slides.no_test_items,
    texts.blocks,
    texts.reading_length,
    texts.images,
    texts.disclosure,
    local.local_ids,
    local.replacements,
    local.additions_without_images,
    print_font.characters,
)


def check(sources: Sources) -> list[Issue]:
    """Every issue every rule finds in the sources."""
    return [issue for rule in RULES for issue in rule(sources)]


__all__ = ["MIN_PARTICIPANT_WORDS", "RULES", "Issue", "Rule", "blocks_in", "check", "count_words"]
