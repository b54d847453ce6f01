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
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lokalatih.catalog import Artifact, Audience, Catalog
from lokalatih.curriculum import Curriculum
from lokalatih.errors import BuildFailed
from lokalatih.loader import load_curriculum
from lokalatih.manifest import write_manifest
from lokalatih.model.common import LANGUAGES
from lokalatih.offline import write_offline_bundle
from lokalatih.outputs import render_catalog
from lokalatih.placeholders import refuse_placeholders
from lokalatih.printing.pdf import PdfBatch
from lokalatih.render_context import RenderContext
from lokalatih.reproducible import source_date
from lokalatih.site.app_manifest import write_app_manifests
from lokalatih.site.config import mkdocs_config, write_mkdocs_config
from lokalatih.site.offline_reading import language_folder, write_offline_reading
from lokalatih.site.pages import SizeText, fill_download_sizes, no_size, page_texts, size_token, write_pages


@dataclass(frozen=True)
class BuildResult:
    site_dir: Path
    kit_dir: Path


def build_dir(root: Path) -> Path:
    return root / "build"


def prepare_site_sources(
    root: Path,
    curriculum: Curriculum,
    catalog: Catalog,
    site_dir: Path,
    site_url: str | None = None,
    size: SizeText = no_size,
    offline: bool = False,
    draft: bool = False,
    live_preview: bool = False,
) -> Path:
    """Generate the pages and the MkDocs configuration; returns the configuration's path."""
    config_file, docs_dir = site_source_paths(root, offline)
    write_pages(page_texts(curriculum, catalog, size, directory_urls=not offline), docs_dir)
    config = mkdocs_config(
        root, curriculum, docs_dir, site_dir, site_url, offline=offline, draft=draft, live_preview=live_preview
    )
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
    """Everything MkDocs reads: the generated pages and configuration, the theme layer, the hook and the modules
    beside it that it runs (pruning, minifying), the versions, and the source date (the sitemap carries it)."""
    from importlib.metadata import version

    from lokalatih.site import mkdocs_hooks

    digest = hashlib.sha256(when.isoformat().encode())
    packages = ("mkdocs", "mkdocs-material", "mkdocs-static-i18n", "markdown", "pymdown-extensions", "tinycss2")
    for package in (*packages, "rcssmin", "rjsmin", "PySastrawi"):
        digest.update(f"{package}={version(package)}".encode())
    digest.update(config_file.read_bytes())
    # Everything of the site package the hook may use: its modules and their templates (the search plugin's).
    site_package = Path(mkdocs_hooks.__file__).parent
    for part in sorted(p for p in site_package.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
        digest.update(part.relative_to(site_package).as_posix().encode())
        digest.update(part.read_bytes())
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


Report = Callable[[str], None]


def _quiet(message: str) -> None:
    pass


def build_all(
    root: Path,
    province: str,
    site_url: str | None = None,
    progress: bool = False,
    pdfs: Callable[[Artifact], bool] | None = None,
    report: Report = _quiet,
    draft: bool = False,
) -> BuildResult:
    """Check, render every artifact of the catalog, build the site (MkDocs runs while the PDFs render on the other
    cores), then swap site/ and dist/ into place. `pdfs` limits which PDFs are made (tests); `report` hears stages.
    A profile with placeholders left is refused unless `draft`, which marks every page, PDF and deck as a draft."""
    started = time.monotonic()
    curriculum = load_curriculum(root, province)
    refuse_placeholders(curriculum.placeholders, draft)
    when = source_date(root)
    context = RenderContext(curriculum, when, draft)
    catalog = context.catalog
    build_dir(root).mkdir(exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix="staging-", dir=build_dir(root)))
    try:
        staged_downloads = staging / "downloads"
        staged_kit = staging / "dist" / "kit"
        sites = {False: staging / "site", True: staging / "offline-site"}
        folders = {Audience.PUBLIC: staged_downloads, Audience.KIT: staged_kit}
        staged_downloads.mkdir(parents=True)
        jobs = render_catalog(catalog, context, folders, wanted=pdfs)
        batch = PdfBatch(jobs, pdf_cache(root))
        report(f"{len(catalog)} files; PDFs: {batch.pending} to render, {len(jobs) - batch.pending} from the cache")
        # The offline twin builds in a process of its own, beside the public site's build and the PDF workers.
        twin = ProcessPoolExecutor(max_workers=1)
        try:
            for offline in sites:
                # The bundle is opened from disk: no public address (its canonical links would name pages that
                # exist only in its page.html layout, and its 404 page would point at the web host).
                address = None if offline else site_url
                prepare_site_sources(
                    root, curriculum, catalog, root / "site", address, size_token, offline=offline, draft=draft
                )
            offline_built = twin.submit(build_site, root, True, sites[True], when)
            ran = build_site(root, False, sites[False], when)
            report(f"site: {'MkDocs built it' if ran else 'unchanged, reused'}")
            ran = offline_built.result()
            report(f"offline bundle: {'MkDocs built it' if ran else 'unchanged, reused'}")
            _finish_pdfs(batch, progress, report)
        except BaseException:
            batch.abort()
            raise
        finally:
            twin.shutdown(cancel_futures=True)
        for site in sites.values():
            # MkDocs empties its site_dir first, so the PDFs join the downloads page's folder afterwards.
            (site / "downloads").mkdir(exist_ok=True)
            for pdf in staged_downloads.iterdir():
                shutil.copyfile(pdf, site / "downloads" / pdf.name)
            fill_download_sizes(site, staged_downloads)
            write_manifest(site / "downloads", catalog.of(Audience.PUBLIC), draft)
        # The public site only: from file:// no service worker can run, and the bundle's pages offer no saving.
        write_app_manifests(sites[False], {lang: language_folder(lang) for lang in LANGUAGES})
        write_offline_reading(sites[False], curriculum, catalog, draft)
        bundle = staging / "dist" / "offline" / f"lokalatih-{curriculum.province.slug}.zip"
        write_offline_bundle(sites[True], bundle, curriculum.province.slug, when)
        write_manifest(staged_kit, catalog.of(Audience.KIT), draft)
        _swap_into_place(sites[False], root / "site")
        _swap_into_place(staging / "dist", root / "dist")
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    report(f"built in {time.monotonic() - started:.1f} s")
    return BuildResult(root / "site", root / "dist" / "kit")


def _finish_pdfs(batch: PdfBatch, progress: bool, report: Report) -> None:
    """Wait for the PDFs with a progress bar on a terminal, or a line every quarter of the way in a log."""
    if not batch.pending:
        batch.finish()
        return
    if not progress:
        done = 0
        step = max(1, batch.pending // 4)

        def count(_done: Path) -> None:
            nonlocal done
            done += 1
            if done % step == 0 or done == batch.pending:
                report(f"PDFs: {done} of {batch.pending} rendered")

        batch.finish(count)
        return
    from rich.progress import Progress

    with Progress(transient=True) as bar:
        task = bar.add_task("PDF", total=batch.pending)
        batch.finish(lambda _done: bar.advance(task))
