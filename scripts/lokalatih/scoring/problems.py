"""The notes on the typed-in data, however many there are: all of them to a file, the first few for the report.

A clerk's slip costs one line here; a wrong column in a file of 100,000 rows costs 100,000 lines. The log therefore
keeps only the first `KEPT` in memory (for report.json, the printed report and the terminal) and spools every one
to a temporary file, which the report's writer copies to `data-problems.txt`.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterable
from pathlib import Path

KEPT = 100
PROBLEMS_FILE = "data-problems.txt"


class ProblemLog:
    def __init__(self, kept: int = KEPT) -> None:
        self.kept = kept
        self.first: list[str] = []
        self.count = 0
        self.by_file: dict[str, int] = {}  # "<event>/<file>" → notes: which data to clean first, on paper
        # In memory up to 1 MB, then on disk: a few notes never touch the disk.
        # Open for the life of the log (closed by `close`), not for one block: SIM115 does not apply.
        self._all = tempfile.SpooledTemporaryFile(max_size=1 << 20, mode="w+", encoding="utf-8", newline="\n")  # noqa: SIM115

    def add(self, problem: str) -> None:
        self.count += 1
        where = problem.split(":", 1)[0]  # every note starts with the file it is about
        self.by_file[where] = self.by_file.get(where, 0) + 1
        if len(self.first) < self.kept:
            self.first.append(problem)
        self._all.write(problem.replace("\n", " ") + "\n")

    def extend(self, problems: Iterable[str]) -> None:
        for problem in problems:
            self.add(problem)

    def write(self, path: Path) -> Path:
        """Every note, one a line, in the order found."""
        self._all.seek(0)
        with path.open("w", encoding="utf-8", newline="\n") as out:
            shutil.copyfileobj(self._all, out)
        return path

    def close(self) -> None:
        self._all.close()
