"""Province variables in content, through Jinja2's sandbox.

Content comes from forks and pull requests by strangers, so templates run sandboxed (no attribute tricks reach
Python), with StrictUndefined (a misspelt variable is an error, not an empty string) and autoescaping: Markdown
passes raw HTML through, so a value from a profile must never become markup.
"""

from __future__ import annotations

import types
from collections.abc import Mapping
from typing import Any

import jinja2
from jinja2.sandbox import SandboxedEnvironment
from pydantic import BaseModel

from lokalatih.model.common import Text

_TEMPLATE_NAME = "<template>"  # the filename Jinja gives templates built from strings


class _ContentUndefined(jinja2.StrictUndefined):
    """Say which names exist where an author misspelt one."""

    @property
    def _undefined_message(self) -> str:
        owner = self._undefined_obj
        if isinstance(owner, Mapping):
            return f"'{self._undefined_name}' is not one of: {', '.join(sorted(owner))}"
        return str(super()._undefined_message)


_environment = SandboxedEnvironment(
    undefined=_ContentUndefined,
    autoescape=True,
    keep_trailing_newline=True,
)


class TemplateProblem(Exception):
    def __init__(self, line: int, message: str) -> None:
        self.line = line
        self.message = message
        super().__init__(message)


def localize(value: Any, lang: str) -> Any:
    """A model as plain read-only data in one language: every bilingual Text becomes its string."""
    if isinstance(value, Text):
        return value[lang]
    if isinstance(value, BaseModel):
        return types.MappingProxyType({name: localize(getattr(value, name), lang) for name in type(value).model_fields})
    if isinstance(value, (list, tuple)):
        return tuple(localize(item, lang) for item in value)
    return value


def _line_of(error: BaseException) -> int:
    traceback = error.__traceback__
    line = 1
    while traceback is not None:
        if traceback.tb_frame.f_code.co_filename == _TEMPLATE_NAME:
            line = traceback.tb_lineno
        traceback = traceback.tb_next
    return line


def render(source: str, variables: dict[str, Any]) -> str:
    """Render one content text; raise TemplateProblem with the template line on any error."""
    try:
        return _environment.from_string(source).render(variables)
    except jinja2.TemplateSyntaxError as error:
        raise TemplateProblem(error.lineno or 1, f"template syntax: {error.message}") from None
    except jinja2.UndefinedError as error:
        raise TemplateProblem(_line_of(error), f"unknown variable: {error.message}") from None
    except jinja2.exceptions.SecurityError as error:
        raise TemplateProblem(_line_of(error), f"not allowed in content: {error}") from None
