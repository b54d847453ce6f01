"""Read the kit's `test-key.json` (model: model/test_key.py) and say in one line what is wrong with a bad one."""

from __future__ import annotations

from pathlib import Path

from pydantic import ValidationError

from lokalatih.model.test_key import TestKey
from lokalatih.validation import format_loc

MAX_PROBLEMS = 3  # enough to fix a hand-edited key; a wholly wrong file would otherwise print a page


class KeyFileRefused(Exception):
    """The key file is not a usable Lokalatih test key; the message names the file and the problem."""


def _problems(error: ValidationError) -> str:
    texts = []
    for problem in error.errors(include_url=False):
        if problem["type"] == "json_invalid":
            return f"not valid JSON ({problem['ctx']['error']})"
        loc, message = tuple(problem["loc"]), problem["msg"].removeprefix("Value error, ")
        if loc and loc[-1] == "[key]":  # pydantic's loc of a bad dictionary key is (..., key, "[key]"): name the key
            loc, message = loc[:-2], f"{problem['input']!r}: {message}"
        where = format_loc(loc)
        texts.append(f"{where}: {message}" if where else message)
    more = len(texts) - MAX_PROBLEMS
    return "; ".join(texts[:MAX_PROBLEMS]) + (f"; and {more} more" if more > 0 else "")


def load_key(path: Path) -> TestKey:
    try:
        return TestKey.model_validate_json(path.read_bytes())
    except OSError as error:
        raise KeyFileRefused(f"{path}: cannot read the test key ({error.strerror or error})") from None
    except ValidationError as error:
        raise KeyFileRefused(f"{path}: not a Lokalatih test key: {_problems(error)}") from None
