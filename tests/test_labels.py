"""The labels: every key defined is printed somewhere, every key printed is defined, each group holds the words of
the renderer it is named after, and sentences get the figures their placeholders name.

Uses are read from the sources: `label("key", ...)` and `label_texts("key")` in Python, `t("key")` in the Jinja
templates under scripts/lokalatih/**/templates, `labels.key` in the theme overrides. A key computed at run time
could not be checked, so it is refused: a value's label belongs in a table of labels/terms.py and a filter.
"""

from __future__ import annotations

import ast
import re
import string
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import pytest

from lokalatih import labels
from lokalatih.labels import GROUPS, LABELS, THEME, label, label_texts
from lokalatih.printing.glyphs import problem, unprintable

PACKAGE = Path(labels.__file__).parent.parent
OVERRIDES = PACKAGE.parent.parent / "overrides"
LABEL_FUNCTIONS = ("label", "label_texts")
_TEMPLATE_CALL = re.compile(r"(?<![\w.])t\(([^)]*)\)")
_LITERAL = re.compile(r"""\s*(["'])([^"']+)\1\s*""")


# Files whose words every renderer prints: the per-language view formats a fact once for the site and the print.
SHARED_FILES = {"view.py": {"site", "documents"}}


def renderers_of(relative: str) -> set[str]:
    return SHARED_FILES.get(relative) or {renderer(relative)}


def renderer(relative: str) -> str:
    """Which renderer a source file belongs to, named as the group of its words."""
    name = relative.rsplit("/", 1)[-1]
    if relative.startswith("site/") or relative in ("figures.py", "catalog.py"):  # the catalog titles download links
        return "site"
    if relative.startswith("kit/") or name in ("test-form.html.j2", "answer-key.html.j2", "coverage.html.j2"):
        return "kit"
    if relative.startswith("scoring/") or name == "report.html.j2":
        return "report"
    if relative.startswith("events/") or name in (
        "event-sheets.html.j2",
        "certificate.html.j2",
        "certificates-issued.html.j2",
    ):
        return "events"
    if relative.startswith("slides/") or name == "slides.html.j2":
        return "slides"
    if relative.startswith(("documents/", "printing/templates/")):
        return "documents"
    if relative in ("loader.py", "sources.py"):
        return "content"
    if relative.startswith("events/"):
        return "events"
    raise AssertionError(f"{relative} prints labels but belongs to no renderer: add it to renderer()")


@dataclass(frozen=True)
class Use:
    key: str
    where: str  # path relative to the package, and line
    placeholders: frozenset[str] | None  # keyword arguments of a Python call; None in templates


def _literal_keys(node: ast.expr) -> list[str] | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.IfExp):  # label("a" if ... else "b", lang)
        body, orelse = _literal_keys(node.body), _literal_keys(node.orelse)
        return body + orelse if body is not None and orelse is not None else None
    return None


def scan(package: Path) -> tuple[list[Use], list[str]]:
    """Every literal use of a label key under `package` (but labels/ itself), and every use with a computed key."""
    uses: list[Use] = []
    computed: list[str] = []
    for path in sorted(package.rglob("*.py")):
        relative = path.relative_to(package).as_posix()
        if relative.startswith("labels/"):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in LABEL_FUNCTIONS):
                continue
            where = f"{relative}:{node.lineno}"
            keys = _literal_keys(node.args[0]) if node.args else None
            if keys is None:
                computed.append(f"{where}: {ast.unparse(node)}")
                continue
            names = frozenset(keyword.arg for keyword in node.keywords if keyword.arg)
            uses += [Use(key, where, names) for key in keys]
    for path in sorted(package.glob("**/templates/*.j2")):
        relative = path.relative_to(package).as_posix()
        text = path.read_text(encoding="utf-8")
        for match in _TEMPLATE_CALL.finditer(text):
            where = f"{relative}:{text.count(chr(10), 0, match.start()) + 1}"
            literal = _LITERAL.fullmatch(match.group(1))
            if literal is None:
                computed.append(f"{where}: {match.group(0)}")
            else:
                uses.append(Use(literal.group(2), where, None))
    return uses, computed


USES, COMPUTED = scan(PACKAGE)


def _group_of(key: str) -> str:
    return next(name for name, group in GROUPS.items() if key in group)


def test_the_scan_finds_the_uses_it_should() -> None:
    """The checks below are only as good as the scan: it must see Python calls, templates and both branches."""
    found = {(use.key, use.where.split(":")[0]) for use in USES}
    assert ("home", "site/nav.py") in found
    assert ("objectives", "printing/templates/_parts.html.j2") in found
    assert ("participant_code", "kit/xlsform.py") in found  # label_texts
    assert ("summary_mean_rose", "scoring/summary.py") in found and ("summary_mean_fell", "scoring/summary.py") in found
    assert ("confidentiality_limits", "sources.py") in found


def test_no_label_key_is_computed_at_run_time() -> None:
    assert COMPUTED == []


def test_every_label_used_is_defined() -> None:
    undefined = sorted(f"{use.where}: {use.key}" for use in USES if use.key not in LABELS)
    assert undefined == []


def test_every_label_defined_is_used() -> None:
    used = {use.key for use in USES}
    assert sorted(f"labels/{_group_of(key)}.py: {key}" for key in LABELS if key not in used) == []


def test_each_group_holds_the_words_of_its_renderer() -> None:
    renderers: dict[str, set[str]] = defaultdict(set)
    for use in USES:
        if use.key in LABELS:
            renderers[use.key] |= renderers_of(use.where.split(":")[0])
    misplaced = []
    for key, printed_by in renderers.items():
        group = _group_of(key)
        if group == "shared" and len(printed_by) < 2:
            misplaced.append(f"{key}: in shared.py, printed only by {', '.join(printed_by)}")
        elif group != "shared" and printed_by != {group}:
            misplaced.append(f"{key}: in {group}.py, printed by {', '.join(sorted(printed_by))}")
    assert misplaced == []


# Files whose words never reach a PDF: the site's pages and download links, and the kit's files that are no PDF (the
# coverage table is HTML, read in the browser's fonts; the spreadsheets in the reader's).
NOT_IN_PDF = ("site/", "catalog.py", "printing/templates/coverage.html.j2", "kit/kahoot.py", "kit/registration.py",
              "kit/xlsform.py")  # fmt: skip
# Tables of labels that are not the words of one key: the merged ones, and those only the site prints.
NOT_PRINTED_TABLES = ("LABELS", "GROUPS", "LABEL_FILTERS", "THEME", "FRESHNESS")


def test_every_word_a_pdf_prints_is_in_the_print_font() -> None:
    """A character the shipped fonts lack prints as an empty box. As `lokalatih check` does for content, this keeps to
    the fonts every label a PDF renderer prints (documents, kit, report, events, and the words the loader puts into
    content), the labels of values, the print templates' own text and print.css's generated content."""
    printed = sorted({use.key for use in USES if use.key in LABELS and not use.where.startswith(NOT_IN_PDF)})
    texts = {f"{key} ({lang})": text for key in printed for lang, text in LABELS[key].items()}
    for name in labels.__all__:
        if name.isupper() and name not in NOT_PRINTED_TABLES:
            for key, by_lang in getattr(labels, name).items():
                texts |= {f"{name}[{key}] ({lang})": text for lang, text in by_lang.items()}
    for path in sorted((PACKAGE / "printing" / "templates").glob("*.j2")):
        relative = path.relative_to(PACKAGE).as_posix()
        if relative not in NOT_IN_PDF:
            texts[relative] = path.read_text(encoding="utf-8")
    css = (PACKAGE / "printing" / "print.css").read_text(encoding="utf-8")
    texts["printing/print.css"] = re.sub(r"/\*.*?\*/", "", css, flags=re.DOTALL)  # comments never print
    assert len(printed) > 100 and "METHOD_LABELS[presentation] (id)" in texts and "objectives (en)" in texts
    assert [f"{where}: {problem(char)}" for where, text in texts.items() for char in unprintable(text)] == []


def test_the_coverage_table_is_no_pdf(minikit: Path) -> None:
    """Its words may use characters the print fonts lack (its ✓ marks) only because it is HTML, never a PDF."""
    from lokalatih.catalog import build_catalog
    from lokalatih.loader import load_curriculum

    coverage = [artifact for artifact in build_catalog(load_curriculum(minikit)) if artifact.kind == "coverage"]
    assert coverage and not any(artifact.is_pdf for artifact in coverage)


def test_calls_fill_exactly_the_placeholders_of_their_text() -> None:
    wrong = []
    for use in USES:
        if use.placeholders is None or use.key not in LABELS:
            continue
        wanted = {field for _, field, _, _ in string.Formatter().parse(LABELS[use.key]["en"]) if field}
        if use.placeholders != wanted:
            wrong.append(f"{use.where}: {use.key} takes {sorted(wanted)}, given {sorted(use.placeholders)}")
    assert wrong == []


def test_theme_words_are_the_ones_the_overrides_print() -> None:
    printed = {
        match.group(1)
        for path in OVERRIDES.rglob("*.html")
        for match in re.finditer(r"\blabels\.(\w+)", path.read_text(encoding="utf-8"))
    }
    assert printed == set(THEME)


def test_the_scan_catches_unused_undefined_and_computed_keys(tmp_path: Path) -> None:
    """Run the scan over a made-up package: the three mistakes it exists for are found."""
    (tmp_path / "site" / "templates").mkdir(parents=True)
    (tmp_path / "site" / "pages.py").write_text(
        'label("home", lang)\nlabel("no_such_label", lang)\nlabel(f"{kind}_test", lang)\n', encoding="utf-8"
    )
    (tmp_path / "site" / "templates" / "page.md.j2").write_text('{{ t("glossary") }} {{ t(key) }}\n', encoding="utf-8")
    uses, computed = scan(tmp_path)
    assert [(use.key, use.where) for use in uses] == [
        ("home", "site/pages.py:1"),
        ("no_such_label", "site/pages.py:2"),
        ("glossary", "site/templates/page.md.j2:1"),
    ]
    assert computed == ["site/pages.py:3: label(f'{kind}_test', lang)", "site/templates/page.md.j2:1: t(key)"]


def test_label_fills_placeholders_per_language() -> None:
    assert (
        label("summary_items_to_review", "id", items="t01-q2, t03-q1") == "Butir yang perlu ditinjau: t01-q2, t03-q1."
    )
    assert (
        label("summary_data_problems", "en", count=3)
        == "There are 3 notes on the typed-in data (answers not on the form, wrong codes, duplicates); they are "
        "listed at the end."
    )
    assert label("objectives", "id") == "Tujuan pembelajaran" and label("objectives", "en") == "Learning objectives"
    assert label_texts("participant_code") == {"id": "Kode peserta", "en": "Participant code"}
    with pytest.raises(KeyError):
        label("summary_class_gain", "en", gain="0.67")  # a missing figure is an error, not a gap in the sentence
