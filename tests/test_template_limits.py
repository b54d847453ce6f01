"""Templates in content cannot hang `check` or exhaust memory: every limit is a content error at `file:line`, exit 2.

Each hostile input here would run for minutes or allocate gigabytes without its limit; with it, it stops at once.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from lokalatih import templating

from .test_check_errors import check, edit

TEXT = "modules/demo/d01-welcome/facilitator.en.md"
PREPARATION = "Prepare the room."  # line 3 of TEXT


def refused(minikit: Path, capsys: pytest.CaptureFixture[str], template: str) -> tuple[list[str], float]:
    """Put `template` in place of line 3 of a session plan; run `check`; return its errors and the CPU seconds it
    took. CPU time, not the wall clock: a busy machine must not fail the test, only a limit that no longer holds
    (each input here would run for minutes without its limit)."""
    edit(minikit, TEXT, PREPARATION, template)
    started = time.process_time()
    code, errors = check(minikit, capsys)
    elapsed = time.process_time() - started
    assert code == 2
    return errors, elapsed


def test_a_huge_range_is_refused_without_a_traceback(minikit: Path, capsys: pytest.CaptureFixture[str]) -> None:
    errors, _ = refused(minikit, capsys, "{% for x in range(10**9) %}{{ x }}{% endfor %}")
    assert errors == [
        f"{TEXT}:3:1: template limit: range() of 1,000,000,000 items; a template may loop over at most 1,000"
    ]


def test_nested_loops_that_would_run_for_hours_stop_at_once(minikit: Path, capsys: pytest.CaptureFixture[str]) -> None:
    loops = "{% for a in range(99999) %}\n{% for b in range(99999) %}{% endfor %}\n{% endfor %}"
    errors, elapsed = refused(minikit, capsys, loops)
    assert errors == [f"{TEXT}:3:1: template limit: range() of 99,999 items; a template may loop over at most 1,000"]
    assert elapsed < 3


def test_render_time_is_capped_per_file(
    minikit: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # 10**9 empty iterations, each range within its cap: only the clock stops this loop that prints nothing.
    monkeypatch.setattr(templating, "MAX_SECONDS", 0.2)
    loops = "{% for a in range(1000) %}{% for b in range(1000) %}\n{% for c in range(1000) %}{% endfor %}{% endfor %}"
    errors, elapsed = refused(minikit, capsys, loops + "{% endfor %}")
    assert errors == [f"{TEXT}:4:1: template limit: rendering takes longer than 0.2 s, the limit for one content file"]
    assert elapsed < 3


def test_output_size_is_capped_per_file(minikit: Path, capsys: pytest.CaptureFixture[str]) -> None:
    printing = "{% for a in range(1000) %}{% for b in range(1000) %}\n{{ 'abcdefghij' * 100 }}{% endfor %}{% endfor %}"
    errors, elapsed = refused(minikit, capsys, printing)
    assert errors == [f"{TEXT}:4:1: template limit: the text renders past 200,000 characters, the limit for a file"]
    assert elapsed < 3


@pytest.mark.parametrize(
    ("template", "message"),
    [
        ("{{ 10**9**9 }}", "1000000000 ** 9 is too large a number; a template may use 256 bits"),
        ("{{ 2**100000000 }}", "2 ** 100000000 is too large a number; a template may use 256 bits"),
        ("{{ 10**70 * 10**70 }}", "a product too large; a template may use numbers of 256 bits"),
        ("{{ 'x' * 10**9 }}", "repeating a value 1,000,000,000 times; a template may make at most 20,000"),
        ("{{ [0] * 10**9 }}", "repeating a value 1,000,000,000 times; a template may make at most 20,000"),
        (
            "{{ 'x' | center(10**9) }}",
            "the number 1,000,000,000 as a width or count; a template may use at most 20,000",
        ),
        ("{{ 'x'.zfill(10**9) }}", "the number 1,000,000,000 as a width or count; a template may use at most 20,000"),
        ("{{ '%999999999d' % 1 }}", "the number 999,999,999 as a width or count; a template may use at most 20,000"),
        (
            "{{ '{:>{}}'.format(1, 10**9) }}",
            "the number 1,000,000,000 as a width or count; a template may use at most 20,000",
        ),
        (
            "{{ [1] | slice(10**9) | list }}",
            "the number 1,000,000,000 as a width or count; a template may use at most 20,000",
        ),
    ],
)
def test_huge_arithmetic_is_refused_before_it_runs(template: str, message: str) -> None:
    started = time.monotonic()
    with pytest.raises(templating.TemplateProblem) as problem:
        templating.render(f"Title\n\n{template}\n", {})
    assert (problem.value.line, problem.value.message) == (3, f"template limit: {message}")
    assert time.monotonic() - started < 1


def test_a_value_that_doubles_line_by_line_is_stopped(minikit: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # 40 doublings would make a terabyte; the value is refused on the line that first makes it too long (the 11th).
    doubling = "{% set text = 'ten chars!' %}" + "\n{% set text %}{{ text }}{{ text }}{% endset %}" * 40
    errors, _ = refused(minikit, capsys, doubling)
    assert errors == [
        f"{TEXT}:14:1: template limit: a value of 20,480 characters or items; a template may make at most 20,000"
    ]


def test_a_careless_template_is_a_content_error(minikit: Path, capsys: pytest.CaptureFixture[str]) -> None:
    errors, _ = refused(minikit, capsys, "Groups of {{ 30 // 0 }}")
    assert errors == [f"{TEXT}:3:1: template error: integer division or modulo by zero"]


def test_ordinary_templates_render_as_before() -> None:
    text = "{% for n in range(3) %}{{ n }}, {% endfor %}{{ '{:,}'.format(5000000) }} {{ 2 ** 10 }} {{ 'ab' * 2 }}"
    assert templating.render(text, {}) == "0, 1, 2, 5,000,000 1024 abab"


def test_long_variables_from_the_profile_are_not_limited() -> None:
    table = "| a | b |\n" * 3000  # a fork's long institutions table is the profile's business, not a runaway template
    assert templating.render("{{ table }}", {"table": table}) == table
