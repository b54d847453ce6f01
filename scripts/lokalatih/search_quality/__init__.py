"""How well the site's search finds what a reader looks for: recall@5 of query/page pairs, measured by running the
built site's own search worker (Material's, with its lunr and the index's language plugin) in Node.

Used by `make bench` (search_recall_at_5) and the search tests; the build never runs it.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

RUNNER = Path(__file__).with_name("material_worker.js")
TOP = 5  # results a phone shows without scrolling


class PairsError(ValueError):
    """The pairs file is not what the measurement expects."""


@dataclass(frozen=True)
class Pair:
    query: str
    expect: tuple[str, ...]  # page locations relative to the language root, e.g. "training/t02-recruitment-fees/"

    def found_in(self, pages: list[str]) -> bool:
        """A hit when one of the expected pages, or its session plan, is among the first results."""
        wanted = {*self.expect, *(f"{page}facilitator/" for page in self.expect)}
        return any(page in wanted for page in pages[:TOP])


@dataclass(frozen=True)
class Pairs:
    pairs: tuple[Pair, ...]
    meet: tuple[tuple[str, ...], ...]
    never_meet: tuple[tuple[str, ...], ...]


def load_pairs(path: Path) -> Pairs:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict) or not isinstance(data.get("pairs"), list):
        raise PairsError(f"{path}: expected a mapping with a list `pairs` of {{query, expect: [page, ...]}}")
    pairs = []
    for number, item in enumerate(data["pairs"], start=1):
        expect = item.get("expect") if isinstance(item, dict) else None
        if not (isinstance(item, dict) and isinstance(item.get("query"), str) and isinstance(expect, list) and expect):
            raise PairsError(f"{path}: pair {number}: expected {{query: text, expect: [page, ...]}}, got {item!r}")
        pairs.append(Pair(item["query"], tuple(str(page) for page in expect)))
    groups = {
        key: tuple(tuple(str(word) for word in group) for group in data.get(key) or [])
        for key in ("meet", "never_meet")
    }
    return Pairs(tuple(pairs), groups["meet"], groups["never_meet"])


def worker_script(site: Path) -> Path:
    found = sorted((site / "assets" / "javascripts" / "workers").glob("search.*.min.js"))
    if not found:
        raise FileNotFoundError(f"{site}: no search worker (assets/javascripts/workers/search.*.min.js): build first")
    return found[0]


def run_search(site: Path, index: dict[str, Any], queries: list[str], words: Iterable[str] = ()) -> dict[str, Any]:
    """The result pages of each query and the searched form of each word, as the site's worker gives them."""
    node = shutil.which("node")
    if node is None:
        raise FileNotFoundError("node is needed to run the site's search worker outside a browser")
    request = {"worker": str(worker_script(site)), "index": index, "queries": queries, "words": list(words)}
    done = subprocess.run([node, str(RUNNER)], input=json.dumps(request), capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"the search worker failed in Node: {done.stderr.strip()}")
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def index_before_stemming(index: dict[str, Any]) -> dict[str, Any]:
    """The same index with the settings the site had before it stemmed Indonesian (English tokenizer settings,
    empty pipeline): the baseline of the measurement."""
    return {**index, "config": {**index["config"], "lang": ["en"], "pipeline": []}}


def recall_at_5(site: Path, index: dict[str, Any], pairs: tuple[Pair, ...]) -> tuple[float, list[Pair]]:
    """The share of pairs found in the first five results, and the pairs missed."""
    pages = run_search(site, index, [pair.query for pair in pairs])["pages"]
    missed = [pair for pair, found in zip(pairs, pages, strict=True) if not pair.found_in(found)]
    return round(1 - len(missed) / len(pairs), 3), missed


def indonesian_recall(site: Path, pairs_file: Path) -> dict[str, float]:
    """recall@5 of the Indonesian pairs: before (no Indonesian stemming, as the site was) and after."""
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    pairs = load_pairs(pairs_file).pairs
    before, _ = recall_at_5(site, index_before_stemming(index), pairs)
    after, _ = recall_at_5(site, index, pairs)
    return {"before": before, "after": after}
