"""JSON Schemas of every YAML kind, exported into `schemas/` for editors (yaml-language-server modelines)."""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import BaseModel

from lokalatih.model.evaluation import EvaluationSpec
from lokalatih.model.glossary import GlossarySpec
from lokalatih.model.local import ProgrammeOverlaySpec
from lokalatih.model.module import ModuleSpec
from lokalatih.model.pocket_card import PocketCardSpec
from lokalatih.model.programme import ProgrammeSpec
from lokalatih.model.province import ProvinceSpec
from lokalatih.model.questions import BankSpec, BlueprintSpec
from lokalatih.model.references import ReferencesSpec
from lokalatih.model.safeguarding import SafeguardingSpec
from lokalatih.model.slides import SlideDeckSpec

SCHEMAS: dict[str, type[BaseModel]] = {
    "module": ModuleSpec,
    "programme": ProgrammeSpec,
    "province": ProvinceSpec,
    "glossary": GlossarySpec,
    "references": ReferencesSpec,
    "questions": BankSpec,
    "blueprint": BlueprintSpec,
    "evaluation": EvaluationSpec,
    "pocket-card": PocketCardSpec,
    "safeguarding": SafeguardingSpec,
    "slides": SlideDeckSpec,
    "programme-overlay": ProgrammeOverlaySpec,
}


def schema_text(model: type[BaseModel]) -> str:
    schema = model.model_json_schema(by_alias=True)
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    return json.dumps(schema, indent=2, ensure_ascii=False, sort_keys=True) + "\n"


def export_schemas(folder: Path) -> list[Path]:
    """Write one `<kind>.schema.json` per YAML kind; only files whose text changed are rewritten."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for kind, model in SCHEMAS.items():
        path = folder / f"{kind}.schema.json"
        text = schema_text(model)
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
            written.append(path)
    return written
