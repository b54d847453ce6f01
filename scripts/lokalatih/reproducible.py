"""Same sources, same bytes: one fixed timestamp for every generated file that records one."""

from __future__ import annotations

import datetime as dt
import io
import os
import re
import subprocess
import zipfile
from pathlib import Path

from lokalatih.formatting import iso_timestamp


def source_date(root: Path) -> dt.datetime:
    """SOURCE_DATE_EPOCH if set (the reproducible-builds convention), else the last commit, else a fixed date."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch is None:
        try:
            epoch = subprocess.run(
                ["git", "log", "-1", "--format=%ct"], cwd=root, capture_output=True, text=True, check=True
            ).stdout.strip()
        except (OSError, subprocess.CalledProcessError):
            epoch = ""
    seconds = int(epoch) if epoch.isdigit() else 1763337600  # 2025-11-17, the first event
    return dt.datetime.fromtimestamp(seconds, tz=dt.UTC)


def write_zip(entries: list[tuple[str, bytes]], when: dt.datetime) -> bytes:
    """A zip whose bytes depend only on `entries` (in their order) and `when`: every entry stamped alike."""
    out = io.BytesIO()
    stamp = (max(when.year, 1980), when.month, when.day, when.hour, when.minute, when.second)
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as target:
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            target.writestr(info, data)
    return out.getvalue()


def normalize_zip(data: bytes, when: dt.datetime) -> bytes:
    """Rewrite a zip (xlsx) reproducibly: zip headers carry write times, and openpyxl stamps docProps/core.xml's
    `modified` with the moment of saving whatever the workbook says."""
    source = zipfile.ZipFile(io.BytesIO(data))
    stamp_text = iso_timestamp(when).encode()
    entries = []
    for info in source.infolist():
        content = source.read(info.filename)
        if info.filename == "docProps/core.xml":
            content = re.sub(rb"(W3CDTF\">)[^<]+(<)", rb"\g<1>" + stamp_text + rb"\g<2>", content)
        entries.append((info.filename, content))
    return write_zip(entries, when)
