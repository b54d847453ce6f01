"""`test-key.json`: the machine-readable key of both forms, what `lokalatih score` reads (model: model/test_key.py)."""

from __future__ import annotations

from lokalatih.kit.forms import Form, FormItem
from lokalatih.model.test_key import KeyItem, PrintedItem, TestKey, TestKind


def _printed(form_item: FormItem) -> PrintedItem:
    return PrintedItem(options=form_item.letters, correct=form_item.correct_letters)


def build_test_key(forms: dict[TestKind, Form]) -> TestKey:
    pre = forms["pre"]
    return TestKey(
        programme=pre.programme.id,
        pre=forms["pre"].item_ids,
        post=forms["post"].item_ids,
        # Letters as printed on the pre-test; `forms` gives each form's own letters (the post-test is reshuffled).
        items=[
            KeyItem(
                id=fi.item.id,
                module=fi.module.slug,
                objective=fi.item.objective,
                type=fi.item.type,
                options=fi.letters,
                correct=fi.correct_letters,
            )
            for fi in pre.items
        ],
        forms={test: {fi.item.id: _printed(fi) for fi in form.items} for test, form in forms.items()},
    )


def test_key(forms: dict[TestKind, Form]) -> str:
    """The file's text; validating the model here means the kit never ships a key that `score` would refuse."""
    return build_test_key(forms).to_json()
