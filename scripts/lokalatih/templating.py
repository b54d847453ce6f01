"""Province variables in content, through Jinja2's sandbox.

Content comes from forks and pull requests by strangers, so templates run sandboxed (no attribute tricks reach
Python), with StrictUndefined (a misspelt variable is an error, not an empty string) and autoescaping: Markdown
passes raw HTML through, so a value from a profile must never become markup.

Forks run `check` on their own CI, so a template must also not be able to hang it or eat its memory: `range` is
capped, operators and calls refuse results that would be huge before they are made, no value and no file's output
may grow past a size, and a file must render within a time limit. A trace function watches the template's own code
line by line, so even a loop that prints nothing stops in time; it needs no signal, so it works in any thread or
worker process. Breaking a limit is a content error on the template's line, like a misspelt variable.
"""

from __future__ import annotations

import functools
import re
import string
import sys
import time
import types
from collections.abc import Callable, Generator, Iterable, Mapping
from typing import Any, cast

import jinja2
from jinja2.filters import do_format
from jinja2.runtime import Context
from jinja2.sandbox import SandboxedEnvironment
from jinja2.utils import Namespace
from pydantic import BaseModel

from lokalatih.model.common import Text

_TEMPLATE_NAME = "<template>"  # the filename Jinja gives templates built from strings

# The longest content text is about 9,000 characters and renders in milliseconds; these leave ample room.
MAX_RANGE = 1_000  # items of one range(): loops over a profile's lists need far fewer
MAX_VALUE = 20_000  # characters (or items) of one value a template makes, and the largest number argument
MAX_OUTPUT = 200_000  # characters one content file may render to
MAX_INT_BITS = 256  # numbers beyond about 10**77 have no place in a curriculum
MAX_SECONDS = 2.0  # processor time to render one content file (not wall time: a busy CI machine is no error)


class _ContentUndefined(jinja2.StrictUndefined):
    """Say which names exist where an author misspelt one."""

    @property
    def _undefined_message(self) -> str:
        owner = self._undefined_obj
        if isinstance(owner, Mapping):
            return f"'{self._undefined_name}' is not one of: {', '.join(sorted(owner))}"
        return str(super()._undefined_message)


class TemplateLimit(Exception):
    """A template asked for more than content may use (raised inside the template, so it carries its line)."""


def _size(value: Any) -> int:
    if isinstance(value, (str, bytes, list, tuple, dict, set, frozenset, range)):
        return len(value)
    if isinstance(value, Namespace):
        return sum(_size(item) for item in object.__getattribute__(value, "_Namespace__attrs").values())
    return 0


def _checked(value: Any) -> Any:
    size = _size(value)
    if size > MAX_VALUE:
        raise TemplateLimit(f"a value of {size:,} characters or items; a template may make at most {MAX_VALUE:,}")
    if isinstance(value, int) and value.bit_length() > MAX_INT_BITS:
        raise TemplateLimit(f"a number of {value.bit_length():,} bits; a template may use at most {MAX_INT_BITS}")
    return value


def _refuse_big_numbers(values: Iterable[Any]) -> None:
    """Widths, counts and repeats past MAX_VALUE only ever serve to make a huge value (`center(10**9)`)."""
    for value in values:
        if isinstance(value, int) and not isinstance(value, bool) and abs(value) > MAX_VALUE:
            raise TemplateLimit(f"the number {value:,} as a width or count; a template may use at most {MAX_VALUE:,}")


_PERCENT_FIELD = re.compile(r"%[-#0 +]*(\*|\d*)(?:\.(\*|\d*))?")


def _refuse_wide_fields(text: str, arguments: Iterable[Any], braces: bool) -> None:
    """`'%999999999d' % 1` and `'{:>999999999}'.format(1)` make huge strings from tiny ones. Widths written in the
    text are checked; a width taken from the arguments (`%*d`, `{:{}}`) makes every number argument a width."""
    if braces:
        specs = [spec for _, _, spec, _ in string.Formatter().parse(text) if spec]
        widths = [number for spec in specs for number in re.findall(r"\d+", spec)]
        dynamic = any("{" in spec for spec in specs)
    else:
        widths = [number for field in _PERCENT_FIELD.findall(text) for number in field if number]
        dynamic = "*" in widths
    _refuse_big_numbers(int(number) for number in widths if number != "*")
    if dynamic:
        _refuse_big_numbers(arguments)


def _capped_range(*args: int) -> range:
    numbers = range(*args)
    count = max(0, -((numbers.start - numbers.stop) // numbers.step))  # len() fails past sys.maxsize
    if count > MAX_RANGE:
        raise TemplateLimit(f"range() of {count:,} items; a template may loop over at most {MAX_RANGE:,}")
    return numbers


def _refuse_huge_operation(operator: str, left: Any, right: Any) -> None:
    """Check an operator's cost from its operands, before Python spends the time and memory."""
    numbers = isinstance(left, int) and isinstance(right, int)
    if operator == "**" and numbers and abs(left) > 1 and right > 0:
        # The result has at least (bits of left - 1) * right + 1 bits.
        if (abs(left).bit_length() - 1) * right >= MAX_INT_BITS:
            raise TemplateLimit(f"{left} ** {right} is too large a number; a template may use {MAX_INT_BITS} bits")
    elif operator == "*" and numbers:
        if left.bit_length() + right.bit_length() > MAX_INT_BITS + 1:
            raise TemplateLimit(f"a product too large; a template may use numbers of {MAX_INT_BITS} bits")
    elif operator == "*":
        count = right if isinstance(right, int) else left if isinstance(left, int) else 0
        if max(count, 0) * max(_size(left), _size(right)) > MAX_VALUE:
            raise TemplateLimit(f"repeating a value {count:,} times; a template may make at most {MAX_VALUE:,}")
    elif operator == "+" and _size(left) + _size(right) > MAX_VALUE:
        raise TemplateLimit(f"joining values past {MAX_VALUE:,} characters or items")
    elif operator == "%" and isinstance(left, str):
        _refuse_wide_fields(left, right if isinstance(right, tuple) else (right,), braces=False)


def _limited_filter(filter_function: Callable[..., Any]) -> Callable[..., Any]:
    """A filter that refuses huge widths and counts and huge results; keeps Jinja's pass_context marks."""
    value_index = 1 if hasattr(filter_function, "jinja_pass_arg") else 0  # after the context

    @functools.wraps(filter_function)
    def limited(*args: Any, **kwargs: Any) -> Any:
        value, parameters = args[value_index], [*args[value_index + 1 :], *kwargs.values()]
        if filter_function is do_format:
            _refuse_wide_fields(str(value), parameters, braces=False)
        else:
            _refuse_big_numbers(parameters)
        return _checked(filter_function(*args, **kwargs))

    return limited


class _ContentSandbox(SandboxedEnvironment):
    intercepted_binops = frozenset({"*", "**", "+", "%"})

    def __init__(self, **options: Any) -> None:
        super().__init__(**options)
        self.globals["range"] = _capped_range
        del self.globals["lipsum"]  # placeholder text has no place in a curriculum, and it makes bulk cheaply
        self.filters = {name: _limited_filter(function) for name, function in self.filters.items()}

    def call_binop(self, context: Context, operator: str, left: Any, right: Any) -> Any:
        _refuse_huge_operation(operator, left, right)
        return _checked(super().call_binop(context, operator, left, right))

    def call(self, context: Context, obj: Any, /, *args: Any, **kwargs: Any) -> Any:
        if isinstance(getattr(obj, "__self__", None), (str, bytes, list, tuple)):
            _refuse_big_numbers([*args, *kwargs.values()])  # 'x'.center(10**9), 'x'.zfill(10**9)
        return _checked(super().call(context, obj, *args, **kwargs))

    def wrap_str_format(self, value: Any) -> Callable[..., str] | None:
        sandboxed = super().wrap_str_format(value)
        if sandboxed is None:
            return None
        text: str = value.__self__
        format_function = sandboxed

        @functools.wraps(format_function)
        def limited(*args: Any, **kwargs: Any) -> str:
            mapped = args[0].values() if args and isinstance(args[0], Mapping) else []
            _refuse_wide_fields(text, [*args, *kwargs.values(), *mapped], braces=True)
            return str(_checked(format_function(*args, **kwargs)))

        return limited


_environment = _ContentSandbox(
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


class _Watch:
    """A trace function on the template's own frames: every line checks the clock and the size of the locals, so
    loops that print nothing and values that double line by line both stop in time."""

    def __init__(self, seconds: float, given: Iterable[Any]) -> None:
        self.seconds = seconds
        self.deadline = time.thread_time() + seconds
        # The caller's variables (a province's tables) may be long: the limit is on what the template makes.
        self.given = {id(value) for value in given}

    def check_time(self) -> None:
        if time.thread_time() > self.deadline:
            raise TemplateLimit(f"rendering takes longer than {self.seconds:g} s, the limit for one content file")

    def on_call(self, frame: types.FrameType, event: str, arg: Any) -> Callable[..., Any] | None:
        self.check_time()
        return self.on_line if frame.f_code.co_filename == _TEMPLATE_NAME else None

    def on_line(self, frame: types.FrameType, event: str, arg: Any) -> Callable[..., Any] | None:
        if event == "line":
            self.check_time()
            for value in frame.f_locals.values():
                if id(value) not in self.given:
                    _checked(value)
        return self.on_line


def _render_limited(template: jinja2.Template, variables: dict[str, Any]) -> str:
    watch = _Watch(MAX_SECONDS, variables.values())
    previous = sys.gettrace()  # a debugger's or coverage's tracer, restored after the render
    sys.settrace(watch.on_call)
    try:
        chunks: list[str] = []
        length = 0
        output = cast(Generator[str, None, None], template.generate(variables))  # typed as an Iterator
        for chunk in output:
            chunks.append(chunk)
            length += len(chunk)
            if length > MAX_OUTPUT:
                # Thrown into the template, so the error carries the line that printed too much.
                output.throw(TemplateLimit(f"the text renders past {MAX_OUTPUT:,} characters, the limit for a file"))
        return "".join(chunks)
    finally:
        sys.settrace(previous)


def render(source: str, variables: dict[str, Any]) -> str:
    """Render one content text within the limits; raise TemplateProblem with the template line on any error."""
    try:
        return _render_limited(_environment.from_string(source), variables)
    except jinja2.TemplateSyntaxError as error:
        raise TemplateProblem(error.lineno or 1, f"template syntax: {error.message}") from None
    except jinja2.UndefinedError as error:
        raise TemplateProblem(_line_of(error), f"unknown variable: {error.message}") from None
    except jinja2.exceptions.SecurityError as error:
        raise TemplateProblem(_line_of(error), f"not allowed in content: {error}") from None
    except TemplateLimit as error:
        raise TemplateProblem(_line_of(error), f"template limit: {error}") from None
    except MemoryError as error:
        raise TemplateProblem(_line_of(error), "template limit: out of memory") from None
    except RecursionError as error:
        raise TemplateProblem(_line_of(error), "template limit: macros call each other too deeply") from None
    except Exception as error:  # a careless template (`1 / 0`, `'a' + 1`) is a content error, not a crash
        raise TemplateProblem(_line_of(error), f"template error: {error}") from None
