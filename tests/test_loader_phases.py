"""The loader's phases: read every file, then run the rules on complete sources, then assemble the curriculum.

A file that cannot be read stops the rules (they never work around a missing source), and `check` says they were
skipped. Every rule is a function `Sources -> list[Issue]` registered in `lokalatih.rules.RULES`.
"""

from __future__ import annotations

import inspect
from pathlib import Path

import pytest

from lokalatih import rules
from lokalatih.cli import main
from lokalatih.errors import ContentErrors, ErrorLog
from lokalatih.loader import DEFAULT_PROVINCE, load_curriculum
from lokalatih.rules import RULES, Issue, bank, kit, print_font, programmes, sessions, texts
from lokalatih.sources import Sources, read_sources

from .test_check_errors import MODULE, PROGRAMME, edit

GLOSSARY = "modules/glossary.yaml"
BANK = "modules/demo/d01-welcome/questions.yaml"
PARTICIPANT_EN = "modules/demo/d01-welcome/participant.en.md"
SKIPPED = "cross-file checks were skipped: they run once every file reads without error"


def sources_of(kit_root: Path) -> Sources:
    log = ErrorLog(kit_root)
    sources = read_sources(kit_root, DEFAULT_PROVINCE, log)
    assert log.errors == [] and sources is not None
    return sources


def test_a_shape_error_stops_the_cross_file_checks(minikit: Path, capsys: pytest.CaptureFixture[str]) -> None:
    edit(minikit, MODULE, "minutes: 30", "minutes: 25")  # a rule's error: the minutes no longer add up
    edit(minikit, GLOSSARY, "    source: UU 18/2017", "    sources: UU 18/2017")  # a shape error in another file
    assert main(["--root", str(minikit), "check"]) == 2
    lines = capsys.readouterr().err.splitlines()
    assert lines[0].startswith(f"{GLOSSARY}:6:5: terms[0].sources: unknown key 'sources' (did you mean 'source'?)")
    assert lines[1:] == [f"1 error in the content ({SKIPPED}); nothing was built."]

    edit(minikit, GLOSSARY, "    sources: UU 18/2017", "    source: UU 18/2017")
    assert main(["--root", str(minikit), "check"]) == 2
    assert capsys.readouterr().err.splitlines() == [
        f"{MODULE}:3:11: duration: the activities add up to 40 minutes but the duration is 45",
        "1 error in the content; nothing was built.",
    ]


def test_every_read_error_is_reported_at_once(minikit: Path) -> None:
    (minikit / "modules/demo/d01-welcome/facilitator.id.md").unlink()
    edit(minikit, MODULE, "  id: Selamat datang", '  id: "  "')
    edit(minikit, BANK, "  - id: d01-q1", "  - id: d01-q1\n    idd: x")
    with pytest.raises(ContentErrors) as raised:
        load_curriculum(minikit)
    assert raised.value.cross_file_checks_skipped
    assert [f"{error.file}:{error.line}" for error in raised.value.errors] == [
        "modules/demo/d01-welcome/facilitator.id.md:1",
        f"{MODULE}:6",
        f"{BANK}:4",
    ]
    assert str(raised.value).endswith(f"({SKIPPED})")


def test_a_rule_error_says_nothing_was_skipped(minikit: Path) -> None:
    edit(minikit, MODULE, "minutes: 30", "minutes: 25")
    with pytest.raises(ContentErrors) as raised:
        load_curriculum(minikit)
    assert not raised.value.cross_file_checks_skipped
    assert SKIPPED not in str(raised.value)


def test_every_rule_finds_nothing_in_the_valid_kit(minikit: Path) -> None:
    sources = sources_of(minikit)
    for rule in RULES:
        assert rule(sources) == [], rule.__name__


def test_every_rule_of_the_rule_modules_is_registered() -> None:
    """A rule written but not added to RULES would never run."""
    for module in (texts, sessions, bank, programmes, kit, print_font):
        public = [
            function
            for name, function in inspect.getmembers(module, inspect.isfunction)
            if function.__module__ == module.__name__ and not name.startswith("_")
        ]
        rules_here = [function for function in public if list(inspect.signature(function).parameters) == ["sources"]]
        assert rules_here, module.__name__
        assert set(rules_here) <= set(RULES), module.__name__


def test_each_rule_module_returns_issues(minikit: Path) -> None:
    edit(minikit, PARTICIPANT_EN, "## Reading", "## Reading\n\n![](map.png)")  # texts
    edit(minikit, MODULE, "minutes: 30", "minutes: 25")  # sessions
    edit(minikit, BANK, "en: The village broker", "en: All of the above")  # bank
    edit(minikit, PROGRAMME, "minutes: 15", "minutes: 45")  # programmes: day 1 now runs past its end
    edit(minikit, "provinces/sumatera-utara.yaml", "slug: sumatera-utara", "slug: sumut")  # kit
    sources = sources_of(minikit)  # every file still reads: these are rule errors, not shape errors

    def at(relative: str) -> Path:
        return minikit / relative

    assert texts.images(sources) == [
        Issue(at(PARTICIPANT_EN), 3, "image without alt text: write what it shows in ![...]"),
        Issue(at(PARTICIPANT_EN), 3, "image 'map.png' not found (looked in modules/demo/d01-welcome/)"),
    ]
    assert sessions.durations(sources) == [
        Issue(at(MODULE), ("duration",), "the activities add up to 40 minutes but the duration is 45")
    ]
    assert bank.items(sources) == [
        Issue(at(BANK), ("items", 0, "options", 3, "en"), "no 'all/none of the above': write a real option")
    ]
    assert programmes.day_windows(sources) == [
        Issue(at(PROGRAMME), ("days", 0, "end"), "day 1 runs until 09:30, past its end 09:00 (30 minutes too long)")
    ]
    assert kit.province_slugs(sources) == [
        Issue(at("provinces/sumatera-utara.yaml"), ("slug",), "slug 'sumut' must equal the file name 'sumatera-utara'")
    ]
    everything = rules.check(sources)
    assert all(isinstance(issue, Issue) for issue in everything)
    assert len(everything) == 6  # the image has two: no alt text, and no file


def test_an_issue_becomes_file_line_column(minikit: Path) -> None:
    sources = sources_of(minikit)
    log = ErrorLog(minikit)
    Issue(minikit / MODULE, ("activities", 1, "teaches", 0), "a message").log_to(log, sources.documents)
    Issue(minikit / PARTICIPANT_EN, 7, "another").log_to(log, sources.documents)
    assert [str(error) for error in log.errors] == [
        f"{MODULE}:48:15: activities[1].teaches[0]: a message",
        f"{PARTICIPANT_EN}:7:1: another",
    ]
