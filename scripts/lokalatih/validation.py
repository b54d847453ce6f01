"""Turn a YAML document into a typed model, translating pydantic's errors into `file:line:col` messages."""

from __future__ import annotations

import difflib
import types
import typing
from typing import Any, TypeVar, get_args, get_origin

from pydantic import BaseModel, ValidationError

from lokalatih.errors import ErrorLog
from lokalatih.model.common import LANGUAGE_NAMES, Text
from lokalatih.yamlsource import Loc, YamlDocument

M = TypeVar("M", bound=BaseModel)


def format_loc(loc: Loc) -> str:
    """`("objectives", 1, "en")` → `objectives[1].en`, the way authors see their YAML."""
    text = ""
    for part in loc:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def _unwrap(annotation: Any) -> Any:
    """Strip Optional/Annotated/list wrappers down to the model class (or leave a plain type)."""
    while True:
        origin = get_origin(annotation)
        if origin is typing.Annotated:
            annotation = get_args(annotation)[0]
        elif origin in (typing.Union, types.UnionType):
            models = [a for a in get_args(annotation) if a is not type(None)]
            annotation = models[0] if len(models) == 1 else annotation
            if len(models) != 1:
                return annotation
        else:
            return annotation


def _model_at(model: type[BaseModel], loc: Loc) -> type[BaseModel] | None:
    """The model class that owns the last element of `loc`, found by walking the field annotations."""
    current: Any = model
    for part in loc[:-1]:
        if isinstance(part, int):
            if get_origin(current) is list:
                current = _unwrap(get_args(current)[0])
            continue
        if not (isinstance(current, type) and issubclass(current, BaseModel)):
            return None
        field = current.model_fields.get(str(part)) or next(
            (f for f in current.model_fields.values() if f.alias == part), None
        )
        if field is None:
            return None
        current = _unwrap(field.annotation)
    return current if isinstance(current, type) and issubclass(current, BaseModel) else None


def _allowed_keys(owner: type[BaseModel] | None) -> list[str]:
    if owner is None:
        return []
    return [field.alias or name for name, field in owner.model_fields.items()]


def explain(model: type[BaseModel], error: Any) -> tuple[Loc, str]:
    """One pydantic error as (location in the YAML, message an author understands)."""
    loc: Loc = tuple(part for part in error["loc"] if not (isinstance(part, str) and "[" in part))
    kind = error["type"]
    owner = _model_at(model, loc) if loc else model
    name = str(loc[-1]) if loc else ""
    is_text = owner is not None and issubclass(owner, Text) and name in LANGUAGE_NAMES
    if kind == "missing":
        if is_text:
            return loc, f"missing {LANGUAGE_NAMES[name]} text"
        return loc, f"missing required key '{name}'"
    if kind == "string_too_short" and is_text:
        return loc, f"empty {LANGUAGE_NAMES[name]} text"
    if kind == "extra_forbidden":
        allowed = _allowed_keys(owner)
        close = difflib.get_close_matches(name, allowed, n=1)
        hint = f" (did you mean '{close[0]}'?)" if close else ""
        return loc, f"unknown key '{name}'{hint}; expected one of: {', '.join(allowed)}"
    if kind in ("enum", "literal_error"):
        expected = error.get("ctx", {}).get("expected", "")
        return loc, f"'{error['input']}' is not allowed; expected {expected}"
    if kind == "string_pattern_mismatch":
        owner_field = owner.model_fields.get(name) if owner else None
        description = owner_field.description if owner_field is not None else None
        return loc, f"'{error['input']}' does not fit: {description or error['msg']}"
    if kind == "model_type" or kind == "dict_type":
        return loc, "expected a mapping of keys to values"
    if kind == "list_type":
        return loc, "expected a list"
    message = str(error["msg"]).removeprefix("Value error, ")
    return loc, message


def _explained_by_a_typo(model: type[BaseModel], error: Any, errors: list[Any]) -> bool:
    """A required key reported missing next to an unknown key that is its misspelling (`key_mesages`): the
    "did you mean" of the unknown key says it all, so the author gets one line for one typo."""
    if error["type"] != "missing" or not error["loc"]:
        return False
    parent, name = tuple(error["loc"][:-1]), str(error["loc"][-1])
    owner = _model_at(model, parent) if parent else model
    for other in errors:
        other_loc = tuple(other["loc"])
        if (
            other["type"] == "extra_forbidden"
            and other_loc[:-1] == parent
            and difflib.get_close_matches(str(other_loc[-1]), _allowed_keys(owner), n=1) == [name]
        ):
            return True
    return False


def parse(document: YamlDocument, model: type[M], log: ErrorLog) -> M | None:
    """Validate `document` against `model`; on failure log every error with its position and return None."""
    try:
        return model.model_validate(document.data if document.data is not None else {})
    except ValidationError as failure:
        errors = failure.errors()
        for error in errors:
            if _explained_by_a_typo(model, error, errors):
                continue
            loc, message = explain(model, error)
            unknown_key = error["type"] == "extra_forbidden"
            position = document.key_position_of(loc) if unknown_key else document.position_of(loc)
            log.add(document.path, position.line, position.column, format_loc(loc), message)
        return None
