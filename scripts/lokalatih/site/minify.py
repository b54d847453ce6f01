"""Minify the kit's own stylesheet and scripts in the built site (the theme ships its own already minified), and
take the templates' indentation out of every page.

Their comments explain the why to the next maintainer, in overrides/; a phone does not need to download them.
rcssmin and rjsmin are small, maintained minifiers with no dependencies, so the build stays a Python build.
"""

from __future__ import annotations

import re
from pathlib import Path

import rcssmin
import rjsmin

# The theme's files end in .min.css / .min.js, or sit in its lunr/ folder (two helpers of languages the site does not
# use); the search index and its script twin are data, not code.
_SKIP_NAMES = ("search_index",)


def minify_own_assets(site_dir: Path) -> list[Path]:
    minified = []
    for path in sorted((site_dir / "assets").rglob("*")):
        theirs = path.name.endswith((".min.css", ".min.js")) or "lunr" in path.relative_to(site_dir).parts
        if not path.is_file() or theirs or path.name.startswith(_SKIP_NAMES):
            continue
        if path.suffix == ".css":
            path.write_text(rcssmin.cssmin(path.read_text(encoding="utf-8")), encoding="utf-8")
        elif path.suffix == ".js":
            path.write_text(rjsmin.jsmin(path.read_text(encoding="utf-8")), encoding="utf-8")
        else:
            continue
        minified.append(path)
    return minified


# Text whose spaces are its content: a page's indentation is removed everywhere else.
_PRESERVED = re.compile(r"(<(pre|textarea)\b.*?</\2>)", re.DOTALL | re.IGNORECASE)
_INDENT = re.compile(r"\n[ \t]+")
_BLANK_LINES = re.compile(r"\n{2,}")


def without_indentation(html: str) -> str:
    """The page without the theme templates' indentation and blank lines (about 7 % of a page, gzip). Line breaks
    stay, so the markup keeps every space that separates words; `<pre>` and `<textarea>` keep theirs."""
    parts = _PRESERVED.split(html)
    out = []
    for index, part in enumerate(parts):
        kind = index % 3  # split() yields: text, the whole preserved block, its tag name, text, ...
        if kind == 0:
            out.append(_BLANK_LINES.sub("\n", _INDENT.sub("\n", part)))
        elif kind == 1:
            out.append(part)
    return "".join(out)
