"""`make bench`: how fast the kit builds, how light its pages are and how scoring grows with the crowd, measured in
one run on this machine (`python -m lokalatih.bench scoring` measures the scoring alone).

Prints a table and writes bench.json. Build times are wall-clock seconds of `lokalatih build` in a fresh process
(interpreter start and imports included, as a facilitator experiences it), on a copy of the kit with its own
empty PDF cache; the figures that matter are the ratios, which hold across machines better than seconds do.
"""

from __future__ import annotations

import functools
import gzip
import http.server
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from lokalatih.search_quality import indonesian_recall
from lokalatih.site import indonesian_search

SOURCES = ("mkdocs.yml", "overrides", "modules", "docs", "provinces")
MODULE_PAGE = "workshop/w03-legal-framework/index.html"
# The first view of one page of each kind a reader lands on from a shared link.
FIRST_VIEW_PAGES = {
    "home": "index.html",
    "participant_page": MODULE_PAGE,
    "session_plan": "workshop/w03-legal-framework/facilitator/index.html",
}
CHROMIUM = "/usr/bin/chromium"
# A participant's phone: what the first view is measured on, and what the phone browser tests open pages with.
PHONE: dict[str, Any] = {"viewport": {"width": 390, "height": 844}, "has_touch": True, "is_mobile": True}
EDITED_TEXT = "modules/workshop/w03-legal-framework/participant.id.md"
SWITCHED_PROVINCE = "jawa-timur"
SEARCH_PAIRS = "tests/search_pairs_id.yaml"
SEARCH_RECALL_TARGET = 0.9  # recall@5 of the Indonesian pairs with stemming (a floor, not a ceiling like TARGETS)
TARGETS = {
    "cold_vs_mkdocs": 3.0,  # cold ≤ 3 × mkdocs-only (a cold build also renders every PDF; see the README)
    "cold_site_only_vs_mkdocs": 3.0,
    "noop_vs_cold": 0.2,  # no-op ≤ 0.2 × cold
    "one_module_vs_cold": 0.35,  # one module ≤ 0.35 × cold
    "province_switch_vs_site_only": 1.5,  # another province re-renders only the PDFs that show the province
    "page_weight_gzip_bytes": 120_000,
    # What "save for offline reading" keeps on a phone, per programme and language, without the PDFs (issue 15).
    "offline_pack_bytes_without_pdfs": 3_000_000,
    # Everything a phone fetches on opening a page, before the reader touches it (the heaviest page kind): the
    # phone-first budget is 60 KB.
    "first_view_gzip_bytes": 60_000,
    # The slide decks (18 sessions × 2 languages × PDF and PowerPoint) add at most a third to a cold build.
    "slides_added_vs_cold_without": 0.334,
    # A deck of 15 slides: PowerPoint ≤ 300 KB, PDF ≤ 400 KB (the largest deck's bytes, scaled to 15 slides).
    "slides_pptx_bytes_per_15": 300_000,
    "slides_pdf_bytes_per_15": 400_000,
    # `lokalatih event report` over four synthetic events (events/synthetic.py): linear with a fixed start-up cost,
    # memory bounded, and a report as long for 100,000 participants as for 1,000.
    "score_10k_vs_1k": 4.0,
    "score_100k_vs_10k": 10.0,
    "score_100k_peak_mb": 400,
    "report_pages_100k_minus_1k": 0,
}
# Lighthouse mobile, the lowest score over the home page, a participant page and a session plan in both languages.
LIGHTHOUSE_TARGETS = {"performance": 0.99, "accessibility": 1.0, "best-practices": 1.0, "seo": 1.0}
SCORE_SIZES = {"1k": 1_000, "10k": 10_000, "100k": 100_000}
# A cold build without the slide decks, for the decks' share of a cold build: the same build, told to skip them.
_WITHOUT_SLIDES = (
    "import sys; from pathlib import Path; from lokalatih.build import build_all; from lokalatih.catalog import "
    "SLIDE_KINDS; build_all(Path(sys.argv[1]), 'sumatera-utara', pdfs=lambda a: a.kind not in SLIDE_KINDS)"
)


def _timed(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    return round(time.perf_counter() - start, 3)


class _Assets(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.files: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "script" and values.get("src"):
            self.files.append(str(values["src"]))
        if tag == "link" and values.get("rel") == "stylesheet" and values.get("href"):
            self.files.append(str(values["href"]))


def _gzip_size(path: Path) -> int:
    return len(gzip.compress(path.read_bytes(), compresslevel=6, mtime=0))


def page_weight(site: Path, page: str) -> dict[str, int]:
    """What a phone downloads on the first visit of a page, read from the HTML without a browser: the HTML, its CSS
    and JS, fonts (none: system fonts). gzip, as web servers send them. The search worker and index are not in it:
    they load when the reader opens search (overrides/main.html); `first_view` measures in a browser."""
    html = site / page
    parser = _Assets()
    parser.feed(html.read_text(encoding="utf-8"))
    files = {html}
    files |= {(html.parent / src).resolve() for src in parser.files if "://" not in src}
    return {path.name: _gzip_size(path) for path in sorted(files)}


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


def served_file(site: Path, url: str) -> Path | None:
    """The file of `site` a request of the locally served site asked for (None for other hosts and data: URLs)."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https", "file"):
        return None
    path = unquote(parts.path)
    if parts.scheme == "file":
        target = Path(path)
    else:
        target = site / path.lstrip("/")
        if path.endswith("/"):
            target = target / "index.html"
    return target if target.is_file() else None


def first_view_requests(browser: Any, url: str) -> list[str]:
    """Every URL a phone requests on opening `url` in a fresh browser (empty cache), until the network is idle and
    nothing is touched."""
    context = browser.new_context(**PHONE)
    requests: list[str] = []
    context.on("request", lambda request: requests.append(request.url))
    try:
        context.new_page().goto(url, wait_until="networkidle")
    finally:
        context.close()
    return requests


def first_view_bytes(site: Path, requests: list[str]) -> dict[str, int]:
    """The gzip bytes (as web servers send them) of each file of `site` among `requests`, by path in the site."""
    files = {path for path in (served_file(site, url) for url in requests) if path}
    return {path.relative_to(site).as_posix(): _gzip_size(path) for path in sorted(files)}


def first_view(site: Path, pages: dict[str, str] = FIRST_VIEW_PAGES, browser: Any = None) -> dict[str, dict[str, int]]:
    """The first view of each page, measured in Debian's Chromium as a phone: the site served over http on this
    machine, each page opened in a fresh context; the bytes of every file fetched before any interaction. Launches
    its own browser unless given one (Playwright's sync API runs once per thread)."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_QuietHandler, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"

    def measure(browser: Any) -> dict[str, dict[str, int]]:
        return {
            kind: first_view_bytes(site, first_view_requests(browser, f"{base}/{page}")) for kind, page in pages.items()
        }

    try:
        if browser is not None:
            return measure(browser)
        from playwright.sync_api import sync_playwright

        with sync_playwright() as playwright:
            own = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
            try:
                return measure(own)
            finally:
                own.close()
    finally:
        server.shutdown()


def offline_packs(site: Path) -> dict[str, dict[str, int]]:
    """What "save for offline reading" keeps, per programme and language (site/offline/<programme>.<lang>.json):
    the pages and what they load, with and without the handouts, as kept on the phone; and the pages' download
    when the host sends them gzipped (the PDFs barely shrink)."""
    packs = {}
    for listing in sorted((site / "offline").glob("*.json")):
        pack = json.loads(listing.read_text(encoding="utf-8"))
        pages = [path + "index.html" if path.endswith("/") else path for path in pack["pages"]]
        packs[listing.stem] = {
            "without_pdfs": pack["bytes"]["pages"],
            "with_pdfs": pack["bytes"]["pages"] + pack["bytes"]["handouts"],
            "without_pdfs_gzip": sum(_gzip_size(site / path) for path in [*pages, *pack["files"]]),
        }
    return packs


def _deck_sizes(downloads: Path) -> dict[str, Any]:
    """The decks' bytes per 15 slides (the budget's deck), from the largest per slide of each format."""
    from pptx import Presentation

    per_slide = {"pptx": 0.0, "pdf": 0.0}
    counts = []
    for pptx in downloads.glob("slides-*.pptx"):
        slides = len(Presentation(str(pptx)).slides)
        counts.append(slides)
        for suffix in per_slide:
            per_slide[suffix] = max(per_slide[suffix], pptx.with_suffix(f".{suffix}").stat().st_size / slides)
    return {
        "slides_decks": len(counts),
        "slides_per_deck": {"min": min(counts), "max": max(counts)},
        "slides_pptx_bytes_per_15": round(per_slide["pptx"] * 15),
        "slides_pdf_bytes_per_15": round(per_slide["pdf"] * 15),
    }


def run(repo: Path) -> dict[str, Any]:
    work = Path(tempfile.mkdtemp(prefix="lokalatih-bench-"))
    try:
        for name in SOURCES:
            source = repo / name
            (shutil.copytree if source.is_dir() else shutil.copy2)(source, work / name)
        env = {**os.environ, "LOKALATIH_PDF_CACHE": str(work / "pdf-cache"), "NO_MKDOCS_2_WARNING": "1"}
        env.setdefault("SOURCE_DATE_EPOCH", "1763337600")
        build = [sys.executable, "-m", "lokalatih", "--root", str(work), "build"]
        cold_without_slides = _timed([sys.executable, "-c", _WITHOUT_SLIDES, str(work)], env)
        for scratch in ("build", "site", "dist", "pdf-cache"):
            shutil.rmtree(work / scratch, ignore_errors=True)
        cold = _timed(build, env)
        mkdocs_only = _timed(
            [sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(work / "build" / "mkdocs.yml"), "-d",
             str(work / "plain-site")], env,
        )  # fmt: skip
        noop = _timed(build, env)
        # The same kit for another province, PDF cache warm: only documents that show the province render again.
        province_switch = _timed([*build, "--province", SWITCHED_PROVINCE], env)
        # The site part of a cold build: every cache empty except the PDFs', which no MkDocs build makes.
        shutil.rmtree(work / "build" / "cache")
        cold_site_only = _timed(build, env)
        edited = work / EDITED_TEXT
        edited.write_text(
            edited.read_text(encoding="utf-8") + "\nSatu kalimat tambahan untuk pengukuran.\n", encoding="utf-8"
        )
        one_module = _timed(build, env)
        site = work / "site"
        weights = page_weight(site, MODULE_PAGE)
        first_views = first_view(site)
        from lokalatih.lighthouse import lighthouse_scores  # imports this module

        lighthouse = lighthouse_scores(site)
        downloads = site / "downloads"
        handouts = [p.stat().st_size for p in downloads.glob("handout-*.pdf")]
        decks = _deck_sizes(downloads)
        packs = offline_packs(site)
        results: dict[str, Any] = {
            "cold_build_s": cold,
            "mkdocs_only_s": mkdocs_only,
            "noop_rebuild_s": noop,
            "one_module_rebuild_s": one_module,
            "cold_site_only_s": cold_site_only,
            "cold_without_slides_s": cold_without_slides,
            "slides_added_vs_cold_without": round((cold - cold_without_slides) / cold_without_slides, 3),
            **decks,
            "cold_vs_mkdocs": round(cold / mkdocs_only, 2),
            "cold_site_only_vs_mkdocs": round(cold_site_only / mkdocs_only, 2),
            "noop_vs_cold": round(noop / cold, 3),
            "one_module_vs_cold": round(one_module / cold, 3),
            "province_switch_s": province_switch,
            "province_switch_vs_site_only": round(province_switch / cold_site_only, 2),
            "pdf_count": len(list(downloads.glob("*.pdf"))) + len(list((work / "dist" / "kit").rglob("*.pdf"))),
            "page": MODULE_PAGE,
            "page_weight_gzip_bytes": sum(weights.values()),
            "page_weight_parts": weights,
            "first_view_gzip_bytes": {kind: sum(parts.values()) for kind, parts in first_views.items()},
            "first_view_parts": first_views,
            "lighthouse_mobile": lighthouse,
            "lighthouse_lowest": {
                category: min(scores[category] for scores in lighthouse.values()) for category in LIGHTHOUSE_TARGETS
            },
            "search_index_gzip_bytes": {
                "id": _gzip_size(site / "search" / "search_index.json"),
                "en": _gzip_size(site / "en" / "search" / "search_index.json"),
            },
            # Indonesian search: the pairs of tests/search_pairs_id.yaml through the site's own search worker (in
            # Node), without Indonesian stemming (the site as it was) and with it; and the stems' plugin's weight.
            "search_recall_at_5": {"id": indonesian_recall(site, repo / SEARCH_PAIRS)},
            "search_stems_gzip_bytes": _gzip_size(site / indonesian_search.PLUGIN),
            "largest_handout_pdf_bytes": max(handouts),
            "offline_pack_bytes": packs,
            "offline_pack_bytes_without_pdfs": {key: sizes["without_pdfs"] for key, sizes in packs.items()},
            "offline_bundle_bytes": sum(p.stat().st_size for p in (work / "dist" / "offline").glob("*.zip")),
        }
        if os.environ.get("LOKALATIH_BENCH_TESTS"):
            # The whole test suite as CI runs it (minutes): only on request, `make bench LOKALATIH_BENCH_TESTS=1`.
            results["test_suite_s"] = _timed([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider"],
                                             {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"})  # fmt: skip
        return results
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _measured(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall-clock seconds and peak resident memory (MB) of one run of `command` in a fresh process."""
    start = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)  # the rusage of this child alone
    seconds = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode:
        raise subprocess.CalledProcessError(process.returncode, command)
    return round(seconds, 3), round(usage.ru_maxrss / 1024, 1)  # Linux counts ru_maxrss in KiB


def pdf_pages(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    found = re.search(r"^Pages:\s+(\d+)$", info, re.MULTILINE)
    if found is None:
        raise ValueError(f"{pdf}: pdfinfo gives no page count")
    return int(found.group(1))


def score_run(repo: Path) -> dict[str, Any]:
    """`lokalatih event report` of a programme of four events at 1,000, 10,000 and 100,000 participants, each set
    generated with a fixed seed (never committed) and reported in a fresh process: seconds, peak memory, pages."""
    from lokalatih.events.synthetic import write_programme

    work = Path(tempfile.mkdtemp(prefix="lokalatih-bench-score-"))
    results: dict[str, Any] = {}
    try:
        for name, size in SCORE_SIZES.items():
            events = write_programme(work / name / "events", size)
            out = work / name / "report"
            command = [sys.executable, "-m", "lokalatih", "--root", str(repo), "event", "report",
                       *map(str, events), "--out", str(out)]  # fmt: skip
            seconds, peak = _measured(command, {**os.environ})
            results[f"score_{name}_s"], results[f"score_{name}_peak_mb"] = seconds, peak
            results[f"report_pages_{name}"] = pdf_pages(out / "report.pdf")
            shutil.rmtree(work / name)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    results["score_10k_vs_1k"] = round(results["score_10k_s"] / results["score_1k_s"], 2)
    results["score_100k_vs_10k"] = round(results["score_100k_s"] / results["score_10k_s"], 2)
    results["report_pages_100k_minus_1k"] = abs(results["report_pages_100k"] - results["report_pages_1k"])
    return results


def _target(value: float | dict[str, int], limit: float) -> dict[str, Any]:
    """A measure against its limit; a measure per page kind is met when its heaviest kind is."""
    worst = max(value.values()) if isinstance(value, dict) else value
    return {"limit": limit, "value": worst, "met": worst <= limit}


def main(argv: list[str] | None = None) -> int:
    from rich.console import Console
    from rich.table import Table

    parts = set(sys.argv[1:] if argv is None else argv) or {"build", "scoring"}
    unknown = parts - {"build", "scoring"}
    if unknown:
        print(f"usage: python -m lokalatih.bench [build] [scoring] (not {', '.join(sorted(unknown))})", file=sys.stderr)
        return 2
    repo = Path.cwd()
    results: dict[str, Any] = {}
    if "build" in parts:
        results |= run(repo)
    if "scoring" in parts:
        results |= score_run(repo)
    results["machine"] = {"cpus": os.cpu_count(), "python": sys.version.split()[0]}
    results["targets"] = {name: _target(results[name], limit) for name, limit in TARGETS.items() if name in results}
    for category, floor in LIGHTHOUSE_TARGETS.items() if "lighthouse_lowest" in results else ():
        lowest = results["lighthouse_lowest"][category]
        results["targets"][f"lighthouse_{category}"] = {"limit": floor, "value": lowest, "met": lowest >= floor}
    (repo / "bench.json").write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    table = Table(title="Lokalatih benchmark")
    table.add_column("measure")
    table.add_column("value", justify="right")
    table.add_column("target", justify="right")
    shown = (
        "cold_build_s", "cold_without_slides_s", "cold_site_only_s", "mkdocs_only_s", "noop_rebuild_s",
        "one_module_rebuild_s", "province_switch_s", "test_suite_s", "pdf_count", "slides_decks", "slides_per_deck",
        "page_weight_gzip_bytes", "largest_handout_pdf_bytes", "offline_bundle_bytes",
        *[f"score_{name}_{measure}" for name in SCORE_SIZES for measure in ("s", "peak_mb")],
        *[f"report_pages_{name}" for name in SCORE_SIZES],
    )  # fmt: skip
    for key in shown:
        if key in results:
            table.add_row(key, str(results[key]), "")
    for kind, size in results.get("first_view_gzip_bytes", {}).items():
        table.add_row(f"first_view_gzip_bytes ({kind})", str(size), "")
    for lang, size in results.get("search_index_gzip_bytes", {}).items():
        table.add_row(f"search_index_gzip_bytes ({lang})", str(size), "")
    recall = results["search_recall_at_5"]["id"]
    mark = "met" if recall["after"] >= SEARCH_RECALL_TARGET else "NOT met"
    table.add_row("search_recall_at_5 (id: before → after)", f"{recall['before']} → {recall['after']}",
                  f"≥ {SEARCH_RECALL_TARGET} ({mark})")  # fmt: skip
    table.add_row("search_stems_gzip_bytes", str(results["search_stems_gzip_bytes"]), "")
    for key, sizes in results.get("offline_pack_bytes", {}).items():
        shown_sizes = f"{sizes['without_pdfs']} / {sizes['with_pdfs']} (gzip {sizes['without_pdfs_gzip']})"
        table.add_row(f"offline_pack_bytes ({key}): without / with PDFs", shown_sizes, "")
    for name, target in results["targets"].items():
        mark = "met" if target["met"] else "NOT met"
        sign = "≥" if name.startswith("lighthouse_") else "≤"
        table.add_row(name, str(target["value"]), f"{sign} {target['limit']} ({mark})")
    Console().print(table)
    print("wrote bench.json")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
