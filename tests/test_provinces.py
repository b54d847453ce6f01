"""Province profiles: every shipped province builds, a scaffolded one builds early, unknown slugs are refused."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from lokalatih.build import build_all
from lokalatih.catalog import Artifact
from lokalatih.cli import main
from lokalatih.loader import known_provinces, load_curriculum

from .conftest import REPO, copy_kit

# The four pilot provinces; a partner's fork may add its own, and every test of "each province" follows the folder.
PILOTS = ["jawa-timur", "lampung", "nusa-tenggara-timur", "sumatera-utara"]
SHIPPED = known_provinces(REPO)


_WHEN = dt.datetime(2025, 11, 17, tzinfo=dt.UTC)


def only_the_pocket_cards(artifact: Artifact) -> bool:
    """The PDFs these tests look at; the other 80 are the same code as in the shared build (built_kit)."""
    return artifact.kind == "pocket-card"


def test_the_four_pilot_provinces_ship() -> None:
    missing = set(PILOTS) - set(SHIPPED)
    assert not missing, f"the pilot profiles {sorted(missing)} are missing from provinces/"


@pytest.mark.parametrize("slug", SHIPPED)
def test_every_shipped_province_gives_its_pages_and_pocket_card(slug: str) -> None:
    """Every profile loads, and its pages and pocket card name it and cite its figures' sources. (The rest of a build
    does not depend on the province: a whole build runs for sumatera-utara (built_kit) and for a new province below,
    and CI builds each shipped one.)"""
    from lokalatih.catalog import build_catalog
    from lokalatih.outputs import RENDERERS
    from lokalatih.render_context import RenderContext
    from lokalatih.site.pages import page_texts

    curriculum = load_curriculum(REPO, slug)
    catalog = build_catalog(curriculum)
    pages = page_texts(curriculum, catalog)
    for lang in ("id", "en"):
        name = curriculum.province.name[lang]
        assert name in str(pages[f"index.{lang}.md"]) and name in str(pages[f"province.{lang}.md"])
    assert curriculum.province.figures, f"provinces/{slug}.yaml lists no figures: add them, each with its source"
    for figure in curriculum.province.figures:
        assert figure.source in str(pages["province.id.md"])
    card = next(a for a in catalog if a.kind == "pocket-card" and a.lang == "en")
    assert card.path == f"pocket-card-{slug}.en.pdf"
    job = RENDERERS[card.kind](card, RenderContext(curriculum, _WHEN))(Path(card.path))  # type: ignore[operator]
    assert curriculum.province.name["en"] in job.html


def test_unknown_province_is_refused_with_the_list(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--root", str(REPO), "build", "--province", "papua-tengah"]) == 2
    err = capsys.readouterr().err
    assert "unknown province 'papua-tengah'; known provinces: " + ", ".join(SHIPPED) in err


def test_a_new_province_builds_early_as_a_draft_and_check_lists_what_it_lacks(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = copy_kit(REPO, tmp_path / "kit")
    assert main(["--root", str(root), "new-province", "nusa-tenggara-barat", "--name", "Nusa Tenggara Barat",
                 "--name-en", "West Nusa Tenggara"]) == 0  # fmt: skip
    capsys.readouterr()
    # `check` lists every gap; the capital's placeholder fails it as it fails a build, unless it is a draft.
    assert main(["--root", str(root), "check", "--province", "nusa-tenggara-barat"]) == 2
    profile = (root / "provinces" / "nusa-tenggara-barat.yaml").read_text(encoding="utf-8").splitlines()
    line = next(number for number, text in enumerate(profile, 1) if text.startswith("capital: TODO"))
    capital = f"provinces/nusa-tenggara-barat.yaml:{line}:10: capital: placeholder 'TODO' left: fill in the provincial "
    capital += "capital"
    assert capital in capsys.readouterr().err.splitlines()
    assert main(["--root", str(root), "check", "--province", "nusa-tenggara-barat", "--draft"]) == 0
    warnings = [line for line in capsys.readouterr().err.splitlines() if line.startswith("warning: ")]
    assert f"warning: {capital}" in warnings
    assert "warning: provinces/nusa-tenggara-barat.yaml:1:1: figures: no figures yet" in warnings
    assert (
        "warning: provinces/nusa-tenggara-barat.yaml:1:1: contacts: no verified contact: pocket cards print none"
        in warnings
    )
    assert main(["--root", str(root), "build", "--province", "nusa-tenggara-barat"]) == 2
    assert capital in capsys.readouterr().err.splitlines()
    build_all(root, "nusa-tenggara-barat", pdfs=only_the_pocket_cards, draft=True)
    home = (root / "site" / "index.html").read_text(encoding="utf-8")
    assert "Nusa Tenggara Barat" in home and "DRAF — belum untuk diterbitkan" in home
    assert "West Nusa Tenggara" in (root / "site" / "en" / "index.html").read_text(encoding="utf-8")
    agenda = re.sub(r"<[^>]+>", "", (root / "site" / "workshop" / "agenda" / "index.html").read_text(encoding="utf-8"))
    assert "Provinsi: Nusa Tenggara Barat" in agenda
    # The whole build of a second province: its pocket card and its own offline bundle.
    assert (root / "site" / "downloads" / "pocket-card-nusa-tenggara-barat.en.pdf").is_file()
    assert (root / "dist" / "offline" / "lokalatih-nusa-tenggara-barat.zip").is_file()
    # Twice is refused: a profile is never overwritten.
    assert main(["--root", str(root), "new-province", "nusa-tenggara-barat", "--name", "NTB"]) == 2
    assert "exists already" in capsys.readouterr().err


def test_new_province_refuses_a_bad_slug(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--root", str(tmp_path), "new-province", "Nusa Tenggara", "--name", "X"]) == 2
    assert "is not a slug" in capsys.readouterr().err


def test_event_dates_must_match_the_days(minikit: Path, capsys: pytest.CaptureFixture[str]) -> None:
    profile = minikit / "provinces" / "sumatera-utara.yaml"
    profile.write_text(
        profile.read_text(encoding="utf-8").replace(
            "capital: Medan",
            "capital: Medan\nevent:\n  city: Medan\n  venue: X\n  dates:\n    demo: [2025-11-17, 2025-11-18]",
        ),
        encoding="utf-8",
    )
    assert main(["--root", str(minikit), "check"]) == 2
    assert (
        "provinces/sumatera-utara.yaml:9:11: event.dates.demo: demo has 1 day(s) but 2 date(s)"
        in capsys.readouterr().err
    )
