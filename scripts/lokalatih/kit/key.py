"""`test-key.json`: the machine-readable key of both forms, what `lokalatih score` reads."""

from __future__ import annotations

import json
from typing import Any

from lokalatih.kit.forms import Form, TestKind


def _entry(form_item: Any) -> dict[str, Any]:
    return {"options": form_item.letters, "correct": form_item.correct_letters}


def test_key(forms: dict[TestKind, Form]) -> str:
    pre = forms["pre"]
    key = {
        "programme": pre.programme.id,
        "pre": forms["pre"].item_ids,
        "post": forms["post"].item_ids,
        # Letters as printed on the pre-test; `forms` gives each form's own letters (the post-test is reshuffled).
        "items": [
            {
                "id": fi.item.id,
                "module": fi.module.slug,
                "objective": fi.item.objective,
                "type": str(fi.item.type),
                **_entry(fi),
            }
            for fi in pre.items
        ],
        "forms": {test: {fi.item.id: _entry(fi) for fi in form.items} for test, form in forms.items()},
    }
    return json.dumps(key, indent=2, ensure_ascii=False) + "\n"
