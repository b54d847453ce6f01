"""A small evaluator of spreadsheet formulas, for the validation formulas of the entry workbooks only.

It knows the functions those formulas use (AND, LEN, MOD, SUMPRODUCT, ROW, FIND, SEARCH, MID, UPPER, ISNUMBER),
arrays from ROW($1:$6) and the operators + - * = <> < <= > >=, with the spreadsheet rules the formulas rely on:
booleans count as 1 and 0 in arithmetic, a function over an array gives an array, FIND and SEARCH give an error when
nothing is found, ISNUMBER of an error is FALSE, and an error anywhere else makes the whole formula an error (which
data validation treats as a refusal). Anything else raises, so a formula outside this vocabulary is noticed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

_TOKEN = re.compile(
    r'\s*(?:(?P<string>"(?:[^"]|"")*")|(?P<rows>\$?(\d+):\$?(\d+))|(?P<cell>\$?[A-Z]{1,3}\$?\d+)'
    r"|(?P<number>\d+(?:\.\d+)?)|(?P<name>[A-Z]+)(?=\()|(?P<op><=|>=|<>|[-+*=<>(),]))"
)


class Error:
    """A spreadsheet error value (#VALUE!)."""


ERROR = Error()


def _tokens(formula: str) -> list[tuple[str, str]]:
    tokens, position = [], 0
    while position < len(formula.rstrip()):
        match = _TOKEN.match(formula, position)
        if not match:
            raise ValueError(f"cannot read {formula[position:]!r}")
        kind = match.lastgroup
        assert kind is not None
        tokens.append((kind, match.group(kind)))
        position = match.end()
    return tokens


def _map(function: Callable[..., Any], *values: Any) -> Any:
    """Apply `function` element by element when any argument is an array; errors propagate."""
    lengths = {len(v) for v in values if isinstance(v, list)}
    if lengths:
        (length,) = lengths
        columns = [v if isinstance(v, list) else [v] * length for v in values]
        return [_map(function, *row) for row in zip(*columns, strict=True)]
    if any(isinstance(v, Error) for v in values):
        return ERROR
    return function(*values)


def _number(value: Any) -> float:
    if isinstance(value, bool):
        return 1.0 if value else 0.0
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, str) and re.fullmatch(r"-?\d+(\.\d+)?", value):
        return float(value)
    raise _Failed


class _Failed(Exception):
    pass


def _find(needle: str, haystack: str, fold: bool) -> Any:
    if fold:
        needle, haystack = needle.upper(), haystack.upper()
    index = haystack.find(needle)
    return ERROR if index < 0 else index + 1


def _compare(op: str, left: Any, right: Any) -> bool:
    if isinstance(left, str) and isinstance(right, str):
        left, right = left.upper(), right.upper()
    elif not (isinstance(left, str) or isinstance(right, str)):
        left, right = _number(left), _number(right)
    else:
        return op == "<>"
    return {"=": left == right, "<>": left != right, "<": left < right, "<=": left <= right, ">": left > right,
            ">=": left >= right}[op]  # fmt: skip


def _mid(text: Any, start: Any, count: Any) -> str:
    first = int(_number(start)) - 1
    return str(text)[first : first + int(_number(count))]


def _sumproduct(value: Any) -> Any:
    values = value if isinstance(value, list) else [value]
    if any(isinstance(v, Error) for v in values):
        return ERROR
    return sum(_number(v) for v in values)


def _and(*values: Any) -> Any:
    flat = [v for value in values for v in (value if isinstance(value, list) else [value])]
    if any(isinstance(v, Error) for v in flat):
        return ERROR
    return all(_number(v) != 0 for v in flat)


FUNCTIONS: dict[str, Callable[..., Any]] = {
    "AND": _and,
    "SUMPRODUCT": _sumproduct,
    "LEN": lambda text: _map(lambda t: len(str(t)), text),
    "UPPER": lambda text: _map(lambda t: str(t).upper(), text),
    "MID": lambda text, start, count: _map(_mid, text, start, count),
    "FIND": lambda needle, hay: _map(lambda n, h: _find(str(n), str(h), fold=False), needle, hay),
    "SEARCH": lambda needle, hay: _map(lambda n, h: _find(str(n), str(h), fold=True), needle, hay),
    "ISNUMBER": lambda value: (
        [isinstance(v, int | float) and not isinstance(v, bool) for v in value]
        if isinstance(value, list)
        else isinstance(value, int | float) and not isinstance(value, bool)
    ),
    "ROW": lambda rows: rows,  # ROW($1:$6): the row numbers 1 to 6, as an array
    "MOD": lambda number, divisor: _map(lambda n, d: _number(n) % _number(d), number, divisor),
}


class _Parser:
    def __init__(self, formula: str, cells: dict[str, str]) -> None:
        self.tokens = _tokens(formula.removeprefix("="))
        self.position = 0
        self.cells = cells

    def peek(self) -> tuple[str, str] | None:
        return self.tokens[self.position] if self.position < len(self.tokens) else None

    def take(self, expected: str | None = None) -> tuple[str, str]:
        token = self.tokens[self.position]
        if expected is not None and token[1] != expected:
            raise ValueError(f"expected {expected!r}, found {token[1]!r}")
        self.position += 1
        return token

    def expression(self) -> Any:
        left = self.additive()
        while (token := self.peek()) and token[1] in ("=", "<>", "<", "<=", ">", ">="):
            op = self.take()[1]
            right = self.additive()
            left = _map(lambda a, b, op=op: _compare(op, a, b), left, right)
        return left

    def additive(self) -> Any:
        left = self.multiplicative()
        while (token := self.peek()) and token[1] in ("+", "-"):
            sign = 1 if self.take()[1] == "+" else -1
            right = self.multiplicative()
            left = _map(lambda a, b, sign=sign: _number(a) + sign * _number(b), left, right)
        return left

    def multiplicative(self) -> Any:
        left = self.primary()
        while (token := self.peek()) and token[1] == "*":
            self.take()
            right = self.primary()
            left = _map(lambda a, b: _number(a) * _number(b), left, right)
        return left

    def primary(self) -> Any:
        kind, text = self.take()
        if kind == "string":
            return text[1:-1].replace('""', '"')
        if kind == "number":
            return float(text)
        if kind == "cell":
            return self.cells[text.replace("$", "")]
        if kind == "rows":
            first, last = (int(part.replace("$", "")) for part in text.split(":"))
            return list(range(first, last + 1))
        if kind == "name":
            self.take("(")
            args = []
            while self.peek() != ("op", ")"):
                args.append(self.expression())
                if self.peek() == ("op", ","):
                    self.take()
            self.take(")")
            if text not in FUNCTIONS:
                raise ValueError(f"unknown function {text}")
            return FUNCTIONS[text](*args)
        if text == "(":
            value = self.expression()
            self.take(")")
            return value
        if text == "-":
            return _map(lambda a: -_number(a), self.primary())
        raise ValueError(f"unexpected {text!r}")


def evaluate(formula: str, cells: dict[str, str]) -> Any:
    """The formula's value with `cells` (e.g. {"A2": "K7M3QX"}); ERROR when a spreadsheet would show an error."""
    parser = _Parser(formula, cells)
    try:
        value = parser.expression()
    except _Failed:
        return ERROR
    if parser.peek() is not None:
        raise ValueError(f"left over: {parser.tokens[parser.position :]}")
    return value


def accepts(formula: str, cell: str, value: str) -> bool:
    """Whether data validation with this custom formula takes `value` typed into `cell`: only a TRUE result does."""
    return evaluate(formula, {cell: value}) is True
