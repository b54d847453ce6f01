"""The exported JSON Schemas are current, every YAML file points its editor at one, and the real files fit them."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml

from lokalatih.schemas import SCHEMAS, schema_text

from .conftest import REPO

KINDS = {
    "module": sorted(REPO.glob("modules/*/*/module.yaml")),
    "programme": sorted(REPO.glob("modules/*/programme.yaml")),
    "province": sorted(REPO.glob("provinces/*.yaml")),
    "glossary": [REPO / "modules" / "glossary.yaml"],
    "references": [REPO / "modules" / "references.yaml"],
    "evaluation": sorted(REPO.glob("modules/*/evaluation.yaml")),
}


def as_editor_sees(value: Any) -> Any:
    """yaml-language-server checks a YAML date as a string (format: date); PyYAML makes it a date object."""
    if isinstance(value, dict):
        return {key: as_editor_sees(item) for key, item in value.items()}
    if isinstance(value, list):
        return [as_editor_sees(item) for item in value]
    return value.isoformat() if isinstance(value, dt.date) else value


@pytest.mark.parametrize("kind", sorted(SCHEMAS))
def test_committed_schema_matches_the_model(kind: str) -> None:
    committed = (REPO / "schemas" / f"{kind}.schema.json").read_text(encoding="utf-8")
    assert committed == schema_text(SCHEMAS[kind]), "run `lokalatih schemas` and commit the result"


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_every_yaml_file_names_its_schema_and_fits_it(kind: str) -> None:
    schema = json.loads((REPO / "schemas" / f"{kind}.schema.json").read_text(encoding="utf-8"))
    assert KINDS[kind], f"no {kind} files found"
    for path in KINDS[kind]:
        first_line = path.read_text(encoding="utf-8").splitlines()[0]
        assert first_line.startswith("# yaml-language-server: $schema="), path
        target = (path.parent / first_line.split("$schema=", 1)[1]).resolve()
        assert target == (REPO / "schemas" / f"{kind}.schema.json").resolve(), path
        jsonschema.validate(as_editor_sees(yaml.safe_load(path.read_text(encoding="utf-8"))), schema)


def test_schema_refuses_unknown_keys() -> None:
    schema = json.loads((REPO / "schemas" / "module.schema.json").read_text(encoding="utf-8"))
    data = yaml.safe_load((REPO / "tests/fixtures/minikit/modules/demo/d01-welcome/module.yaml").read_text())
    jsonschema.validate(data, schema)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({**data, "duraton": 5}, schema)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({**data, "title": {"id": "Judul"}}, schema)


def test_schema_export_writes_only_changed_files(tmp_path: Path) -> None:
    from lokalatih.schemas import export_schemas

    assert len(export_schemas(tmp_path)) == len(SCHEMAS)
    assert export_schemas(tmp_path) == []
