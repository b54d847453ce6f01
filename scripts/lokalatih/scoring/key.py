"""The kit's `test-key.json`, read back and checked: what each letter means on each form."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path


class KeyError_(Exception):
    """The key file is not a Lokalatih test key."""


@dataclass(frozen=True)
class KeyItem:
    id: str
    module: str
    objective: str
    type: str
    options: dict[str, list[str]]  # per form: the letters printed
    correct: dict[str, frozenset[str]]  # per form: the letters that score


@dataclass(frozen=True)
class TestKey:
    programme: str
    order: dict[str, list[str]]  # per form: item ids in printed order
    items: dict[str, KeyItem]

    @property
    def item_ids(self) -> list[str]:
        return self.order["pre"]


def load_key(path: Path) -> TestKey:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        forms = data["forms"]
        items = {}
        for entry in data["items"]:
            item_id = entry["id"]
            items[item_id] = KeyItem(
                id=item_id,
                module=entry["module"],
                objective=entry["objective"],
                type=entry["type"],
                options={test: forms[test][item_id]["options"] for test in ("pre", "post")},
                correct={test: frozenset(forms[test][item_id]["correct"]) for test in ("pre", "post")},
            )
        return TestKey(data["programme"], {"pre": data["pre"], "post": data["post"]}, items)
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise KeyError_(f"{path}: not a Lokalatih test key ({error.__class__.__name__}: {error})") from None
