"""The province folder, `provinces/<slug>/`: a province's own modules, local cases and pages, laid over the core.

A fork for one province changes only its profile and this folder, never `modules/` or `docs/`, so an update pulled
from the original repository merges without a conflict. Only the folder of the province being built is read:

    modules/<programme>/programme.yaml   what changes in that programme (`model/local.py`): `insert:` the province's
                                         own modules after or before a session, `replace:` core modules, `days:`
                                         a day's clock window
    modules/<programme>/<folder>/        a module, in the format of the core: the province's own (placed by
                                         `insert:`), or, named like a core module listed in `replace:`, its
                                         replacement
    additions/<programme>/<module>/      participant.{id,en}.md and/or facilitator.{id,en}.md: local cases
                                         appended to that module's page in a section of their own
    docs/<page>.{id,en}.md               pages of its own, published under <slug>/<page>/

Every file is read like its core twin (same models, same Markdown rendering, both languages required) and the
merged programmes then go through every rule of phase 2. Putting the overlay together is part of reading: a
programme whose overlay names a session that does not exist has not been read, and the error names the overlay's
line.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path

from lokalatih.model.common import LANGUAGES
from lokalatih.model.local import ProgrammeOverlaySpec
from lokalatih.model.programme import Day, Slot
from lokalatih.sources import (
    ModuleSources,
    Origin,
    Overlay,
    PageSources,
    Parsed,
    ProgrammeSources,
    Reader,
    Texts,
)
from lokalatih.yamlsource import Loc

ADDITION_KINDS = ("participant", "facilitator")
PARTS = ("modules", "additions", "docs")  # what a province folder holds


@dataclass(frozen=True)
class LocalContent:
    """The programmes with the province's changes, and the authored pages with the province's own."""

    programmes: list[ProgrammeSources | None]
    pages: list[PageSources | None]


def read(
    reader: Reader, province: str, programmes: list[ProgrammeSources | None], pages: list[PageSources | None]
) -> LocalContent:
    """Lay the folder of `province` over the core programmes and pages (unchanged when it has none)."""
    _check_folder_names(reader)
    folder = reader.root / "provinces" / province
    if not folder.is_dir():
        return LocalContent(programmes, pages)
    local = _LocalReader(reader, folder)
    by_name = {programme.folder.name: programme for programme in programmes if programme is not None}
    core_names = sorted(path.parent.name for path in (reader.root / "modules").glob("*/programme.yaml"))
    changed: dict[str, ProgrammeSources | None] = {}
    for name in local.programme_folders("modules", core_names) | local.programme_folders("additions", core_names):
        if name in by_name:  # a core programme that failed to read has its own errors; its overlay waits
            changed[name] = local.programme(by_name[name])
    merged = [
        changed.get(programme.folder.name, programme) if programme is not None else None for programme in programmes
    ]
    return LocalContent(merged, pages + local.pages())


def _check_folder_names(reader: Reader) -> None:
    """A misnamed folder would be skipped without a word, and its content never published: every province folder
    is named like a profile, and holds only what this module reads."""
    provinces = reader.root / "provinces"
    for folder in sorted(path for path in provinces.iterdir() if path.is_dir()) if provinces.is_dir() else []:
        if not (provinces / f"{folder.name}.yaml").is_file():
            message = f"no profile provinces/{folder.name}.yaml: a province folder is named like its profile"
            reader.log.add(folder, 1, 1, "", message)
            continue
        # Dot files (.gitkeep, .DS_Store) are the tools', not content.
        for part in sorted(path for path in folder.iterdir() if path.name not in PARTS and path.name[0] != "."):
            message = f"a province folder holds {', '.join(f'{name}/' for name in PARTS)}; not {part.name}"
            reader.log.add(part, 1, 1, "", message)


class _LocalReader:
    def __init__(self, reader: Reader, folder: Path) -> None:
        self.reader = reader
        self.folder = folder
        self.log = reader.log

    def _shown(self, path: Path) -> str:
        return self.log.relative(path)

    def programme_folders(self, part: str, core_names: list[str]) -> set[str]:
        """The programme folders under `modules/` or `additions/`; one the core does not have is an error."""
        base = self.folder / part
        found = {path.name for path in base.iterdir() if path.is_dir()} if base.is_dir() else set()
        for name in sorted(found - set(core_names)):
            message = f"no programme '{name}' in modules/; a province folder changes one of: {', '.join(core_names)}"
            self.log.add(base / name, 1, 1, "", message)
        return found & set(core_names)

    def programme(self, core: ProgrammeSources) -> ProgrammeSources | None:
        name = core.folder.name
        folder = self.folder / "modules" / name
        overlay_path = folder / "programme.yaml"
        overlay = self.reader.read(overlay_path, ProgrammeOverlaySpec) if overlay_path.is_file() else None
        if overlay_path.is_file() and overlay is None:
            return None
        modules = self._modules(core, folder, overlay)
        if modules is None:
            return None
        days, places = self._schedule(core, overlay, modules)
        modules = self._with_additions(core, modules)
        if days is None or modules is None:
            return None
        merged = core.programme.spec.model_copy(update={"days": days})
        return dataclasses.replace(
            core,
            programme=Parsed(core.programme.document, merged),
            modules=dict(sorted(modules.items())),
            overlay=Overlay(overlay, places) if overlay else None,
        )

    def _modules(
        self, core: ProgrammeSources, folder: Path, overlay: Parsed[ProgrammeOverlaySpec] | None
    ) -> dict[str, ModuleSources] | None:
        """The core modules with the province's replacements and its own modules; None when one cannot be read."""
        log, modules, failed = self.log, dict(core.modules), False
        spec = overlay.spec if overlay else ProgrammeOverlaySpec()
        shown_overlay = self._shown(folder / "programme.yaml")
        folders = sorted(path for path in folder.iterdir() if path.is_dir()) if folder.is_dir() else []
        inserted = {insertion.module for insertion in spec.insert}
        for index, name in enumerate(spec.replace):
            if name not in core.modules:
                known = ", ".join(core.modules)
                message = f"no core module '{name}' in modules/{core.folder.name}/ to replace (known: {known})"
                self._log_at(overlay, ("replace", index), message)
                failed = True
            elif not (folder / name / "module.yaml").is_file():
                message = f"no module.yaml in {self._shown(folder / name)}/, the module that replaces '{name}'"
                self._log_at(overlay, ("replace", index), message)
                failed = True
        for module_folder in folders:
            name, module_file = module_folder.name, module_folder / "module.yaml"
            if not module_file.is_file():
                log.add(module_folder, 1, 1, "", "a module folder needs a module.yaml (see modules/README.md)")
                failed = True
                continue
            if name in core.modules and name not in spec.replace:
                message = (
                    f"a folder named like the core module '{name}' replaces it only when {shown_overlay} lists it: "
                    f"`replace: [{name}]`"
                )
                log.add(module_file, 1, 1, "", message)
                failed = True
                continue
            if name not in core.modules and name not in inserted:
                message = (
                    f"this module is not placed in the programme: add `- module: {name}` with `after:` or `before:` "
                    f"under `insert:` in {shown_overlay}"
                )
                log.add(module_file, 1, 1, "", message)
                failed = True  # read on all the same: its own errors come out at once
            origin = Origin.REPLACEMENT if name in core.modules else Origin.LOCAL
            module = self.reader.module(module_folder, origin)
            if module is None:
                failed = True
            elif origin == Origin.REPLACEMENT:
                modules[name] = dataclasses.replace(module, replaced=core.modules[name])
            else:
                modules[name] = module
        return None if failed else modules

    def _log_at(self, overlay: Parsed[ProgrammeOverlaySpec] | None, loc: Loc, message: str) -> None:
        assert overlay is not None  # only an overlay's entries have a location to be wrong at
        position = overlay.document.position_of(loc)
        self.log.add(overlay.path, position.line, position.column, "", message)

    def _schedule(
        self,
        core: ProgrammeSources,
        overlay: Parsed[ProgrammeOverlaySpec] | None,
        modules: dict[str, ModuleSources],
    ) -> tuple[list[Day] | None, dict[int, Loc]]:
        """The programme's days with the province's modules in place and its clock windows; where each changed day
        is changed. None when an insertion or a day change cannot be applied (each error logged)."""
        spec = overlay.spec if overlay else ProgrammeOverlaySpec()
        sessions = [list(day.sessions) for day in core.spec.days]
        places: dict[int, Loc] = {}
        ok = True
        for index, insertion in enumerate(spec.insert):
            loc: Loc = ("insert", index)
            problem, at = self._insertion_problem(core, insertion.module, modules, spec, index)
            if problem is None:
                found = [
                    (day, slot)
                    for day, entries in enumerate(sessions)
                    for slot, entry in enumerate(entries)
                    if entry.module == insertion.anchor
                ]
                if found:
                    day, slot = found[0]
                    sessions[day].insert(slot + (1 if insertion.after else 0), Slot(module=insertion.module))
                    places.setdefault(day, loc)
                    continue
                scheduled = [entry.module for entries in sessions for entry in entries if entry.module]
                problem = f"no session '{insertion.anchor}' in the {core.folder.name} programme; its sessions: "
                problem += ", ".join(scheduled)
                at = "after" if insertion.after else "before"
            ok = False
            self._log_at(overlay, (*loc, at), problem)
        windows = [(day.start, day.end) for day in core.spec.days]
        for index, change in enumerate(spec.days):
            if change.day > len(windows):
                message = f"the {core.folder.name} programme has {len(windows)} day(s), not {change.day}"
                self._log_at(overlay, ("days", index, "day"), message)
                ok = False
                continue
            start, end = windows[change.day - 1]
            windows[change.day - 1] = (change.start or start, change.end or end)
            places[change.day - 1] = ("days", index, "end" if change.end else "start")
        if not ok:
            return None, places
        days = [
            day.model_copy(update={"sessions": entries, "start": window[0], "end": window[1]})
            for day, entries, window in zip(core.spec.days, sessions, windows, strict=True)
        ]
        return days, places

    def _insertion_problem(
        self,
        core: ProgrammeSources,
        name: str,
        modules: dict[str, ModuleSources],
        spec: ProgrammeOverlaySpec,
        index: int,
    ) -> tuple[str | None, str]:
        """Why `insert[index]` cannot place module `name` (and at which key), or None."""
        if name in core.modules:
            message = f"'{name}' is a core module, already in the programme; to change it, list it under `replace:`"
            return message, "module"
        if name not in modules:
            own = [slug for slug, module in modules.items() if module.origin == Origin.LOCAL]
            folder = self._shown(self.folder / "modules" / core.folder.name)
            return f"no module folder '{name}' in {folder}/; its modules: {', '.join(own) or '(none)'}", "module"
        if name in (insertion.module for insertion in spec.insert[:index]):
            return f"module '{name}' is inserted more than once", "module"
        return None, "module"

    def _with_additions(
        self, core: ProgrammeSources, modules: dict[str, ModuleSources]
    ) -> dict[str, ModuleSources] | None:
        """The modules with the province's local cases for their pages; None when an addition cannot be read."""
        base = self.folder / "additions" / core.folder.name
        if not base.is_dir():
            return modules
        modules, failed = dict(modules), False
        for folder in sorted(path for path in base.iterdir() if path.is_dir()):
            files = sorted(folder.glob("*.md"))
            if folder.name not in modules:
                message = (
                    f"no module '{folder.name}' in the {core.folder.name} programme to add to; its modules: "
                    + ", ".join(modules)
                )
                self.log.add(files[0] if files else folder, 1, 1, "", message)
                failed = True
                continue
            expected = [f"{kind}.{lang}.md" for kind in ADDITION_KINDS for lang in LANGUAGES]
            for path in files:
                if path.name not in expected:
                    self.log.add(path, 1, 1, "", f"an addition to a module is one of: {', '.join(expected)}")
                    failed = True
            kinds = {path.name.split(".", 1)[0] for path in files if path.name in expected}
            additions: dict[str, Texts] = {}
            for kind in ADDITION_KINDS:
                if kind not in kinds:
                    continue
                texts = self.reader.texts(folder / kind)
                if texts is None:
                    failed = True
                else:
                    additions[kind] = texts
            modules[folder.name] = dataclasses.replace(modules[folder.name], additions=additions)
        return None if failed else modules

    def pages(self) -> list[PageSources | None]:
        """The province's own pages, under <slug>/ so that no page of the core can ever have their address."""
        docs = self.folder / "docs"
        if not docs.is_dir():
            return []
        stems = sorted(
            {path.with_name(path.name.rsplit(".", 2)[0]) for lang in LANGUAGES for path in docs.rglob(f"*.{lang}.md")}
        )
        pages: list[PageSources | None] = []
        for stem in stems:
            texts = self.reader.texts(stem)
            path = f"{self.folder.name}/{stem.relative_to(docs).as_posix()}"
            pages.append(PageSources(path, texts) if texts else None)
        return pages
