"""`responses-template.csv`: where facilitators type the answers of paper forms, one row per participant and test."""

from __future__ import annotations

import csv
import io

from lokalatih.kit.forms import Form, TestKind

FIXED_COLUMNS = ("participant", "test", "sex", "group", "province")


def responses_template(forms: dict[TestKind, Form]) -> str:
    """The header only: one row per participant and test follows, answers as the letters printed on that form."""
    item_ids = forms["pre"].item_ids
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([*FIXED_COLUMNS, *item_ids])
    return out.getvalue()
