"""Content errors and warnings as GitHub Actions annotations, so a pull request shows each one on its line.

On GitHub Actions (`GITHUB_ACTIONS=true`) the command line prints, besides its usual messages, one workflow command
per problem on stdout: `::error file=provinces/x.yaml,line=10,col=10,title=…::message`. The runner reads those
from the log and pins them to the file's line in the pull request's diff. Everywhere else nothing changes.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from typing import Literal

from lokalatih.errors import ContentError

Level = Literal["error", "warning"]


def on_github_actions() -> bool:
    return os.environ.get("GITHUB_ACTIONS") == "true"


def _escape_data(text: str) -> str:
    # The runner's own escaping: a message is one line, and % starts an escape.
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    # In the properties `,` separates them and `:` ends them (`::` starts the message).
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def annotation(level: Level, problem: ContentError) -> str:
    """One workflow command: the file and place of the problem, titled by where in the file it is."""
    title = f"lokalatih: {problem.where}" if problem.where else "lokalatih"
    properties = {"file": problem.file, "line": problem.line, "col": problem.column, "title": title}
    listed = ",".join(f"{name}={_escape_property(str(value))}" for name, value in properties.items())
    return f"::{level} {listed}::{_escape_data(problem.message)}"


def annotate(level: Level, problems: Iterable[ContentError]) -> None:
    """Print the annotations of `problems` on stdout when running on GitHub Actions; nothing elsewhere."""
    if not on_github_actions():
        return
    for problem in problems:
        print(annotation(level, problem), flush=True)
