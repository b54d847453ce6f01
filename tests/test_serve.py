"""`make serve` shows an edit to a module without a restart."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _fetch(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return str(response.read().decode("utf-8"))
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return ""


def _wait_for(url: str, text: str, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if text in _fetch(url):
            return True
        time.sleep(0.3)
    return False


def test_an_edit_to_a_module_shows_without_restarting(minikit: Path) -> None:
    port = _free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "lokalatih", "--root", str(minikit), "serve", "--address", f"127.0.0.1:{port}"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        page = f"http://127.0.0.1:{port}/demo/d01-welcome/"
        assert _wait_for(page, "Pekerja migran di Sumatera Utara", 60), "the preview never came up"
        # Search loads when it opens, in the preview too (tests/test_phone_search.py drives it in a browser).
        assert "search-on-open.js" in _fetch(page)
        assert "search_index.json" in _fetch(f"http://127.0.0.1:{port}/assets/javascripts/search-on-open.js")
        reading = minikit / "modules/demo/d01-welcome/participant.id.md"
        reading.write_text(reading.read_text(encoding="utf-8") + "\nKalimat baru dari penulis.\n", encoding="utf-8")
        assert _wait_for(page, "Kalimat baru dari penulis.", 60), "the edit never reached the preview"
        module = minikit / "modules/demo/d01-welcome/module.yaml"
        module.write_text(
            module.read_text(encoding="utf-8").replace("Selamat datang", "Selamat pagi"), encoding="utf-8"
        )
        assert _wait_for(page, "Selamat pagi", 60), "a module.yaml edit never reached the preview"
        assert server.poll() is None, "the server stopped"
    finally:
        server.terminate()
        server.wait(timeout=20)
