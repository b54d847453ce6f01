"""The GitHub Actions workflows: tests run `make test`; the matrix builds every province profile found in the folder
(its listing step is run here); Pages publishes only the public site of the repository's province, and never a
draft (the command it runs refuses a profile with a placeholder)."""

from __future__ import annotations

import re
import shlex
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from lokalatih.cli import main
from lokalatih.loader import known_provinces

from .conftest import FIXTURES, REPO, copy_kit

WORKFLOWS = REPO / ".github" / "workflows"
EXPRESSION = re.compile(r"\$\{\{(.*?)\}\}")


def load(name: str) -> dict:
    data = yaml.safe_load((WORKFLOWS / name).read_text(encoding="utf-8"))
    data["on"] = data.pop(True, data.get("on"))  # YAML 1.1 reads the key `on` as true
    return data


def steps(job: dict) -> list[str]:
    return [str(step.get("run", "")) for step in job["steps"]]


def test_ci_runs_the_readme_test_command() -> None:
    assert "make test" in steps(load("ci.yml")["jobs"]["test"])


def test_ci_builds_every_profile_of_the_folder_without_a_hand_kept_list(tmp_path: Path) -> None:
    jobs = load("ci.yml")["jobs"]
    build = jobs["provinces"]
    # The matrix is the listing job's output, read as JSON; the build job waits for it.
    listed = EXPRESSION.fullmatch(str(build["strategy"]["matrix"]["province"]))
    assert listed is not None, "the matrix must be an expression, not a list kept by hand"
    call = re.fullmatch(r"\s*fromJSON\(needs\.([\w-]+)\.outputs\.([\w-]+)\)\s*", listed.group(1))
    assert call is not None, listed.group(0)
    lister, output = call.groups()
    assert lister in build["needs"]
    assert any("make build PROVINCE=${{ matrix.province }}" in run for run in steps(build))
    job_output = EXPRESSION.fullmatch(jobs[lister]["outputs"][output])
    assert job_output is not None
    step_id, step_output = re.fullmatch(r"\s*steps\.([\w-]+)\.outputs\.([\w-]+)\s*", job_output.group(1)).groups()  # type: ignore[union-attr]
    step = next(step for step in jobs[lister]["steps"] if step.get("id") == step_id)
    # Run the listing step as the runner would (bash, in a checkout), in a copy with a partner's province added.
    checkout = tmp_path / "checkout"
    shutil.copytree(REPO / "provinces", checkout / "provinces")
    (checkout / "provinces" / "nusa-tenggara-barat.yaml").write_text("slug: nusa-tenggara-barat\n", encoding="utf-8")
    github_output = tmp_path / "github-output"
    github_output.touch()
    subprocess.run(
        ["bash", "-e", "-c", step["run"]],
        cwd=checkout,
        env={"GITHUB_OUTPUT": str(github_output), "PATH": "/usr/bin:/bin"},
        check=True,
    )
    outputs = dict(line.split("=", 1) for line in github_output.read_text(encoding="utf-8").splitlines())
    slugs = yaml.safe_load(outputs[step_output])  # JSON is YAML: what fromJSON reads
    assert slugs == known_provinces(checkout) and "nusa-tenggara-barat" in slugs
    assert set(known_provinces(REPO)) < set(slugs)


def test_pages_publishes_the_site_of_the_repository_province_only() -> None:
    pages = load("pages.yml")
    assert pages["permissions"] == {"contents": "read", "pages": "write", "id-token": "write"}
    build = pages["jobs"]["build"]
    assert any("PROVINCE=${{ vars.LOKALATIH_PROVINCE" in run for run in steps(build))
    upload = next(step for step in build["steps"] if "upload-pages-artifact" in str(step.get("uses")))
    assert upload["with"]["path"] == "site"
    assert pages["jobs"]["deploy"]["steps"][0]["uses"].startswith("actions/deploy-pages@")


def test_pages_never_deploys_a_draft(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The Pages build, as make runs it, is a build for publication: on a profile with a TODO it fails, so the
    deploy job (which needs it) never runs."""
    kit = copy_kit(FIXTURES / "minikit", tmp_path / "kit")
    profile = kit / "provinces" / "sumatera-utara.yaml"
    profile.write_text(profile.read_text(encoding="utf-8").replace("capital: Medan", "capital: TODO"), encoding="utf-8")
    build = load("pages.yml")["jobs"]["build"]
    run = next(run for run in steps(build) if run.startswith("make build"))
    assert "DRAFT" not in run.upper()
    # The workflow's expressions as GitHub fills them in: the repository's province, the Pages address.
    values = iter(["sumatera-utara", "https://example.org/lokalatih"])
    command = EXPRESSION.sub(lambda _: next(values), run)
    planned = subprocess.run(
        ["make", "-n", "-C", str(REPO), *shlex.split(command)[1:]], capture_output=True, text=True, check=True
    ).stdout
    lokalatih = next(line for line in planned.splitlines() if "lokalatih build" in line)
    arguments = shlex.split(lokalatih)[shlex.split(lokalatih).index("build") :]
    assert "--draft" not in arguments
    assert main(["--root", str(kit), *arguments]) == 2
    assert "placeholder 'TODO' left" in capsys.readouterr().err
    assert not (kit / "site").exists()
