"""`lokalatih build`: check, generate the pages, build the site with MkDocs, then swap the outputs into place.

Everything is built aside, in a staging folder under build/; `site/` and `dist/` are replaced only once the whole
build has succeeded, so a failing build leaves the previous outputs untouched.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lokalatih.curriculum import Curriculum
from lokalatih.documents.plan import kit_documents, public_documents
from lokalatih.errors import BuildFailed
from lokalatih.kit.build import build_kit
from lokalatih.loader import load_curriculum
from lokalatih.manifest import write_manifest
from lokalatih.offline import write_offline_bundle
from lokalatih.printing.pdf import render_all
from lokalatih.reproducible import source_date
from lokalatih.site.config import mkdocs_config, write_mkdocs_config
from lokalatih.site.pages import page_texts, write_pages


@dataclass(frozen=True)
class BuildResult:
    site_dir: Path
    kit_dir: Path


def build_dir(root: Path) -> Path:
    return root / "build"


def prepare_site_sources(
    root: Path,
    curriculum: Curriculum,
    site_dir: Path,
    site_url: str | None = None,
    download_sizes: dict[str, int] | None = None,
    offline: bool = False,
) -> Path:
    """Generate the pages and the MkDocs configuration; returns the configuration's path."""
    config_file, docs_dir = site_source_paths(root, offline)
    write_pages(page_texts(curriculum, download_sizes or {}, directory_urls=not offline), docs_dir)
    config = mkdocs_config(root, curriculum, docs_dir, site_dir, site_url, offline=offline)
    return write_mkdocs_config(config_file, config)


def site_source_paths(root: Path, offline: bool = False) -> tuple[Path, Path]:
    """build/mkdocs.yml and build/docs/, or their offline twins (build/mkdocs-offline.yml, build/docs-offline/)."""
    suffix = "-offline" if offline else ""
    return build_dir(root) / f"mkdocs{suffix}.yml", build_dir(root) / f"docs{suffix}"


def run_mkdocs(config_file: Path, site_dir: Path, when: dt.datetime) -> None:
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.exceptions import Abort, MkDocsException

    logger = logging.getLogger("mkdocs")
    if not logger.handlers:  # MkDocs' own CLI installs this; we call MkDocs as a library
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("mkdocs %(levelname)s: %(message)s"))
        logger.addHandler(handler)
        logger.setLevel(logging.WARNING)
    config = load_config(str(config_file), site_dir=str(site_dir))
    config.plugins.on_startup(command="build", dirty=False)
    # MkDocs dates the sitemap from SOURCE_DATE_EPOCH: the same commit then gives the same bytes.
    previous = os.environ.get("SOURCE_DATE_EPOCH")
    os.environ["SOURCE_DATE_EPOCH"] = str(int(when.timestamp()))
    try:
        build(config)
    except (Abort, MkDocsException) as error:
        raise BuildFailed(f"MkDocs: {error}") from None
    finally:
        config.plugins.on_shutdown()
        if previous is None:
            del os.environ["SOURCE_DATE_EPOCH"]
        else:
            os.environ["SOURCE_DATE_EPOCH"] = previous


def _tree_digest(digest: Any, folder: Path) -> None:
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        digest.update(path.relative_to(folder).as_posix().encode())
        digest.update(path.read_bytes())


def site_key(root: Path, config_file: Path, docs_dir: Path, when: dt.datetime) -> str:
    """Everything MkDocs reads: the generated pages and configuration, the theme layer, the hook, the versions,
    and the source date (the sitemap carries it)."""
    from importlib.metadata import version

    from lokalatih.site import mkdocs_hooks

    digest = hashlib.sha256(when.isoformat().encode())
    for package in ("mkdocs", "mkdocs-material", "mkdocs-static-i18n", "markdown", "pymdown-extensions"):
        digest.update(f"{package}={version(package)}".encode())
    digest.update(config_file.read_bytes())
    digest.update(Path(mkdocs_hooks.__file__).read_bytes())
    _tree_digest(digest, docs_dir)
    _tree_digest(digest, root / "overrides")
    return digest.hexdigest()


def build_site(root: Path, offline: bool, site_dir: Path, when: dt.datetime) -> bool:
    """Run MkDocs, or reuse the last site built from exactly the same inputs. Returns whether MkDocs ran."""
    config_file, docs_dir = site_source_paths(root, offline)
    cache = build_dir(root) / "cache" / ("offline" if offline else "site")
    key = site_key(root, config_file, docs_dir, when)
    stamp = cache / "key"
    if stamp.is_file() and stamp.read_text(encoding="utf-8") == key and (cache / "site").is_dir():
        shutil.copytree(cache / "site", site_dir)
        return False
    run_mkdocs(config_file, site_dir, when)
    shutil.rmtree(cache, ignore_errors=True)
    shutil.copytree(site_dir, cache / "site")
    stamp.write_text(key, encoding="utf-8")
    return True


def _swap_into_place(new: Path, target: Path) -> None:
    old = target.with_name(f".{target.name}.old")
    if old.exists():
        shutil.rmtree(old)
    if target.exists():
        target.rename(old)
    new.rename(target)
    shutil.rmtree(old, ignore_errors=True)


def pdf_cache(root: Path) -> Path:
    # Tests point many throwaway kits at one cache; a build on its own keeps its cache beside its other scratch.
    return Path(os.environ.get("LOKALATIH_PDF_CACHE") or build_dir(root) / "cache" / "pdf")


def build_all(root: Path, province: str, site_url: str | None = None, progress: bool = False) -> BuildResult:
    curriculum = load_curriculum(root, province)
    build_dir(root).mkdir(exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix="staging-", dir=build_dir(root)))
    try:
        staged_site = staging / "site"
        staged_downloads = staging / "downloads"
        staged_kit = staging / "dist" / "kit"
        when = source_date(root)
        public = public_documents(curriculum, staged_downloads, when)
        kit = build_kit(curriculum, staged_kit, when)
        guides = kit_documents(curriculum, staged_kit, when)
        render_all(public.jobs + kit.jobs + guides.jobs, pdf_cache(root), progress=progress)
        sizes = {path.name: path.stat().st_size for path in staged_downloads.iterdir()}
        for offline, site in ((False, staged_site), (True, staging / "offline-site")):
            prepare_site_sources(root, curriculum, root / "site", site_url, sizes, offline=offline)
            build_site(root, offline, site, when)
        # MkDocs empties its site_dir first, so the PDFs join the downloads page's folder afterwards.
        for site in (staged_site, staging / "offline-site"):
            (site / "downloads").mkdir(exist_ok=True)
            for pdf in staged_downloads.iterdir():
                shutil.copyfile(pdf, site / "downloads" / pdf.name)
            write_manifest(site / "downloads", public.artifacts)
        bundle = staging / "dist" / "offline" / f"lokalatih-{curriculum.province.slug}.zip"
        write_offline_bundle(staging / "offline-site", bundle, curriculum.province.slug, when)
        write_manifest(staged_kit, kit.artifacts + guides.artifacts)
        _swap_into_place(staged_site, root / "site")
        _swap_into_place(staging / "dist", root / "dist")
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return BuildResult(root / "site", root / "dist" / "kit")
