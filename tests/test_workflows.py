"""The GitHub Actions workflows: tests run `make test`; the matrix builds every shipped province; Pages publishes
only the public site of the repository's province."""

from __future__ import annotations

import yaml

from lokalatih.loader import known_provinces

from .conftest import REPO

WORKFLOWS = REPO / ".github" / "workflows"


def load(name: str) -> dict:
    data = yaml.safe_load((WORKFLOWS / name).read_text(encoding="utf-8"))
    data["on"] = data.pop(True, data.get("on"))  # YAML 1.1 reads the key `on` as true
    return data


def steps(job: dict) -> list[str]:
    return [str(step.get("run", "")) for step in job["steps"]]


def test_ci_runs_the_readme_test_command_and_builds_every_shipped_province() -> None:
    ci = load("ci.yml")
    assert "make test" in steps(ci["jobs"]["test"])
    matrix = ci["jobs"]["provinces"]["strategy"]["matrix"]["province"]
    assert sorted(matrix) == known_provinces(REPO)
    assert any("make build PROVINCE=${{ matrix.province }}" in run for run in steps(ci["jobs"]["provinces"]))


def test_pages_publishes_the_site_of_the_repository_province_only() -> None:
    pages = load("pages.yml")
    assert pages["permissions"] == {"contents": "read", "pages": "write", "id-token": "write"}
    build = pages["jobs"]["build"]
    assert any("PROVINCE=${{ vars.LOKALATIH_PROVINCE" in run for run in steps(build))
    upload = next(step for step in build["steps"] if "upload-pages-artifact" in str(step.get("uses")))
    assert upload["with"]["path"] == "site"
    assert pages["jobs"]["deploy"]["steps"][0]["uses"].startswith("actions/deploy-pages@")
