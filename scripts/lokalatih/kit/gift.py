"""GIFT export (Moodle's text format): one file per language, a `$CATEGORY` per module, `::ID::` names."""

from __future__ import annotations

from lokalatih.curriculum import Programme
from lokalatih.model.questions import Item, ItemType

# Moodle accepts only these partial-credit percentages; n correct options share 100 between them.
MOODLE_FRACTIONS = {1: "100", 2: "50", 3: "33.33333", 4: "25", 5: "20", 6: "16.66667"}


def escape(text: str) -> str:
    """GIFT's special characters, backslash first (Moodle's format.php and gift-pegjs agree on this set)."""
    text = text.replace("\r", "").replace("\\", "\\\\")
    for char in "#=~{}:":
        text = text.replace(char, "\\" + char)
    return text.replace("\n", "\\n")


def _answers(item: Item, lang: str) -> list[str]:
    rationale = escape(item.rationale[lang])
    if item.type == ItemType.TRUE_FALSE:
        return [f"{'TRUE' if item.answer else 'FALSE'}#{rationale}#{rationale}"]
    if item.type == ItemType.SINGLE:
        lines = [("=" if option.correct else "~") + escape(option[lang]) for option in item.options]
    else:
        right = sum(option.correct for option in item.options)
        wrong = len(item.options) - right
        lines = [
            f"~%{MOODLE_FRACTIONS[right]}%{escape(option[lang])}"
            if option.correct
            else f"~%-{MOODLE_FRACTIONS[wrong]}%{escape(option[lang])}"
            for option in item.options
        ]
    return [*lines, f"####{rationale}"]


def gift(programme: Programme, lang: str) -> str:
    blocks = [f"// Lokalatih question bank: {programme.id} ({lang}). Generated; edit questions.yaml instead."]
    for module in programme.modules:
        blocks.append(f"$CATEGORY: lokalatih/{programme.id}/{module.slug}")
        for item in module.bank.items:
            answers = "\n".join(f"\t{line}" for line in _answers(item, lang))
            blocks.append(f"::{item.id}::[plain]{escape(item.stem[lang])} {{\n{answers}\n}}")
    return "\n\n".join(blocks) + "\n"
