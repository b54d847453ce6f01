"""On GitHub Actions (`GITHUB_ACTIONS=true`) content errors and warnings are also printed as workflow commands,
which GitHub pins to the file's line in a pull request; elsewhere the output is as it always was."""

from __future__ import annotations

from pathlib import Path

import pytest

from lokalatih.annotations import annotation
from lokalatih.cli import main
from lokalatih.errors import ContentError


def test_an_annotation_names_file_line_column_and_escapes_what_would_break_it() -> None:
    problem = ContentError("modules/a,b.yaml", 7, 3, "objectives[1].en", "100% too long:\nsplit it\r")
    assert annotation("error", problem) == (
        "::error file=modules/a%2Cb.yaml,line=7,col=3,title=lokalatih%3A objectives[1].en::"
        "100%25 too long:%0Asplit it%0D"
    )
    unplaced = ContentError("provinces/x.yaml", 1, 1, "", "a warning")
    assert annotation("warning", unplaced) == "::warning file=provinces/x.yaml,line=1,col=1,title=lokalatih::a warning"


def _break_and_check(minikit: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, list[str], list[str]]:
    profile = minikit / "provinces" / "sumatera-utara.yaml"
    profile.write_text(profile.read_text(encoding="utf-8").replace("capital: Medan", "capital: TODO"), encoding="utf-8")
    code = main(["--root", str(minikit), "check"])
    out, err = capsys.readouterr()
    return code, out.splitlines(), err.splitlines()


def test_on_github_actions_errors_and_warnings_are_annotated_on_their_lines(
    minikit: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    code, out, err = _break_and_check(minikit, capsys)
    assert code == 2
    line = next(n for n, text in enumerate((minikit / "provinces/sumatera-utara.yaml").read_text().splitlines(), 1)
                if text.startswith("capital:"))  # fmt: skip
    assert (
        f"::error file=provinces/sumatera-utara.yaml,line={line},col=10,title=lokalatih%3A capital::"
        "placeholder 'TODO' left: fill in a real value for capital"
    ) in out
    assert (
        "::warning file=provinces/sumatera-utara.yaml,line=1,col=1,title=lokalatih%3A event::"
        "no event yet: agendas print no venue or dates"
    ) in out
    # The usual messages are all still there, on stderr.
    assert (
        f"provinces/sumatera-utara.yaml:{line}:10: capital: placeholder 'TODO' left: fill in a real value for capital"
        in err
    )


def test_an_error_of_the_content_is_annotated_too(
    minikit: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    glossary = minikit / "modules" / "glossary.yaml"
    glossary.write_text(glossary.read_text(encoding="utf-8") + "\nterms: []\n", encoding="utf-8")
    assert main(["--root", str(minikit), "build"]) == 2
    out, err = capsys.readouterr()
    annotations = [line for line in out.splitlines() if line.startswith("::error file=modules/glossary.yaml,line=")]
    assert annotations and "duplicate key 'terms'" in annotations[0]
    assert any(
        line.startswith("modules/glossary.yaml:") and "duplicate key 'terms'" in line for line in err.splitlines()
    )


def test_elsewhere_nothing_is_annotated(minikit: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _break_and_check(minikit, capsys)  # conftest: GITHUB_ACTIONS is unset in every test
    assert code == 2 and err
    assert not [line for line in out if line.startswith("::")]
