"""`lokalatih new-province`: a profile to fill in for a partner's province, and what it still lacks."""

from __future__ import annotations

import re
from pathlib import Path

import jinja2

from lokalatih.errors import ContentError
from lokalatih.model.province import ProvinceSpec

_SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
_environment = jinja2.Environment(
    loader=jinja2.PackageLoader("lokalatih", "templates"), undefined=jinja2.StrictUndefined, keep_trailing_newline=True
)
_environment.policies["json.dumps_kwargs"] = {"ensure_ascii": False}


class ScaffoldRefused(Exception):
    pass


def new_province(root: Path, slug: str, name: str, name_en: str | None = None) -> Path:
    if not _SLUG.match(slug):
        raise ScaffoldRefused(
            f"'{slug}' is not a slug: use lower-case letters, digits and dashes (e.g. nusa-tenggara-barat)"
        )
    if not name.strip():
        raise ScaffoldRefused("--name must not be empty")
    path = root / "provinces" / f"{slug}.yaml"
    if path.exists():
        raise ScaffoldRefused(f"{path.relative_to(root)} exists already; edit it instead")
    text = _environment.get_template("province.yaml.j2").render(
        slug=slug, name=name.strip(), name_en=(name_en or name).strip()
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def province_gaps(
    root: Path, slug: str, province: ProvinceSpec, placeholders: list[ContentError] | None = None
) -> list[ContentError]:
    """What a profile still lacks, as warnings: TODO markers (with their line) and empty sections. A line that holds
    one of `placeholders` (values to fill in, which `build` refuses) is left to that message."""
    path = root / "provinces" / f"{slug}.yaml"
    relative = path.relative_to(root).as_posix()
    reported = {placeholder.line for placeholder in placeholders or []}
    gaps = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if number in reported:
            continue
        marker = line.find("TODO (partner)")
        marker = line.find("TODO") if marker < 0 else marker
        if marker >= 0:
            gaps.append(ContentError(relative, number, marker + 1, "", line[marker:].strip()))
    unsigned = province.event is not None and not province.event.signatories
    checks = [
        (province.event is None, "event", "no event yet: agendas print no venue or dates"),
        (unsigned, "event.signatories", "no signatories: certificates print no signature line"),
        (not province.institutions, "institutions", "no institutions yet"),
        (not province.figures, "figures", "no figures yet"),
        (not any(c.verified for c in province.contacts), "contacts", "no verified contact: pocket cards print none"),
    ]
    gaps += [ContentError(relative, 1, 1, where, message) for missing, where, message in checks if missing]
    return gaps
