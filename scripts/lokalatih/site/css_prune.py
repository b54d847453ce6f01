"""Drop the theme's CSS rules that can match nothing on this site, so that a phone's first view is lighter.

Material's stylesheets (about 25 KB gzip) style every feature the theme offers: content tabs, code annotations,
blog posts, tags, a repository widget, right-to-left scripts... The kit uses a few of them. A rule is dropped only
when it cannot match any element the site can ever have, which the site itself tells us: every class a page's
markup names, and every word of the site's scripts (the theme's bundle and worker build their elements from string
literals, so a class they may add is a word in their code). This is the method of PurgeCSS's default extractor,
applied with tinycss2, the CSS parser WeasyPrint already brings, so that the build stays a Python build.

Conservative on purpose:
- a selector is dead only when a class, or an attribute value, in its own compound selectors (not inside
  `:not(...)` or any other parenthesis) appears nowhere on the site;
- a class a script builds from a prefix and a variable (`md-tag--${...}`) keeps every class with that prefix;
- at-rules other than @media and @supports (fonts, keyframes) are kept as they are;
- custom properties (`--md-...`) that no kept declaration, page or script reads are dropped afterwards, which is
  where the theme's inline icons sit.
The pruned stylesheets and the kit's own become one file with its own content hash in its name, so that no browser
or service worker keeps an older copy under the theme's name.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import tinycss2
from tinycss2.ast import AtRule, Declaration, Node, QualifiedRule

# The theme's own stylesheets; the kit's stylesheet (lokalatih.css) is written for this site and kept whole.
THEME_STYLESHEETS = ("assets/stylesheets/main.*.min.css", "assets/stylesheets/palette.*.min.css")

_TAG = re.compile(r"<([a-zA-Z][\w-]*)([^>]*)>")
_ATTRIBUTE = re.compile(r"""([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""")
_SCRIPT = re.compile(r"<script\b[^>]*>(.*?)</script>", re.DOTALL | re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z_][\w-]*")
_TEMPLATE_PREFIX = re.compile(r"([A-Za-z_][\w-]*)\$\{")
_VARIABLE_USE = re.compile(r"var\(\s*(--[\w-]+)")
_CUSTOM_PROPERTY = re.compile(r"--[\w-]+")


# Classes that only the Markdown of a page creates (admonition kinds): the theme's scripts never add them, though
# some are common words of its code ("success", "warning").
MARKUP_ONLY = (
    "note", "abstract", "summary", "tldr", "info", "todo", "tip", "hint", "important", "success", "check", "done",
    "question", "help", "faq", "warning", "caution", "attention", "failure", "fail", "missing", "danger", "error",
    "bug", "example", "quote", "cite", "highlight", "highlighttable", "linenos", "linenodiv", "filename",
)  # fmt: skip


def features_off(config: Mapping[str, Any]) -> tuple[str, ...]:
    """Class prefixes of the theme's features this site's configuration leaves off: the bundle names them, but
    only draws them when the feature is on."""
    theme_features = set(config["theme"].get("features") or [])
    extensions = {name if isinstance(name, str) else next(iter(name)) for name in config["markdown_extensions"]}
    off: list[str] = []
    if "content.tooltips" not in theme_features:
        off.append("md-tooltip")
    if "content.code.annotate" not in theme_features:
        off += ["md-annotation"]
    if not {"pymdownx.highlight", "codehilite"} & extensions:
        off += ["md-code", "md-clipboard", "md-annotation"]
    if "pymdownx.tabbed" not in extensions:
        off.append("tabbed-")
    if not (config.get("extra") or {}).get("version"):
        off.append("md-version")
    if not config.get("repo_url"):
        off.append("md-source")
    if "tags" not in config["plugins"]:
        off.append("md-tag")
    if "footnotes" not in extensions:
        off.append("footnote")
    if "pymdownx.keys" not in extensions:
        off.append("keys")
    if not (config.get("extra") or {}).get("status"):
        off.append("md-status")
    return tuple(off)


def _is_data(script: Path) -> bool:
    """Scripts that hold prose, not code: the search index and the glossary's definitions."""
    return (script.parent.name == "search" and script.name.startswith("search_index")) or (
        script.parent.name == "glossary" and script.name == "terms.js"
    )


@dataclass
class SiteWords:
    """The classes and attribute values in the site's markup; the words of its scripts, and the class prefixes its
    scripts complete at run time; what the scripts name but never draw on this site."""

    markup: set[str]
    script: set[str]
    prefixes: tuple[str, ...]
    never_drawn: tuple[str, ...] = ()

    def has(self, name: str) -> bool:
        if name in self.markup:
            return True
        if name in MARKUP_ONLY or name.startswith(self.never_drawn):
            return False
        return name in self.script or name.startswith(self.prefixes)


def site_texts(site_dir: Path, stylesheets: Iterable[Path] = ()) -> dict[Path, str]:
    """Every page, script and stylesheet of the site, read once: all that pruning looks at (not the data scripts,
    nor the theme's stylesheets being pruned)."""
    skipped = set(stylesheets)
    return {
        path: path.read_text(encoding="utf-8")
        for path in sorted(site_dir.rglob("*"))
        if path.suffix in (".css", ".html", ".js") and path.is_file() and path not in skipped and not _is_data(path)
    }


def site_words(texts: Mapping[Path, str], never_drawn: tuple[str, ...] = ()) -> SiteWords:
    markup: set[str] = set()
    script_words: set[str] = set()
    prefixes: set[str] = set()
    for path, text in texts.items():
        if path.suffix == ".html":
            # Markup and inline scripts only: the words of a page's prose name no class. A class attribute gives
            # its classes, any other attribute its whole value (what an attribute selector compares).
            for name, attributes in _TAG.findall(text):
                markup.add(name.lower())
                for attribute, *quoted in _ATTRIBUTE.findall(attributes):
                    value = "".join(quoted)
                    markup.update(value.split() if attribute == "class" else (value,))
            scripts = _SCRIPT.findall(text)
        elif path.suffix == ".js":
            scripts = [text]
        else:
            continue
        for script in scripts:
            script_words.update(_WORD.findall(script))
            prefixes.update(_TEMPLATE_PREFIX.findall(script))
    return SiteWords(markup, script_words, tuple(sorted(prefixes)), never_drawn)


def _split_selectors(prelude: list[Node]) -> list[list[Node]]:
    selectors: list[list[Node]] = [[]]
    for token in prelude:
        if token.type == "literal" and token.value == ",":
            selectors.append([])
        else:
            selectors[-1].append(token)
    return [selector for selector in selectors if tinycss2.serialize(selector).strip()]


def _top_level_names(selector: list[Node]) -> Iterator[str]:
    """Class names and attribute values of a selector, outside every parenthesis (`:not(.x)` says nothing)."""
    for index, token in enumerate(selector):
        if token.type == "literal" and token.value == "." and index + 1 < len(selector):
            following = selector[index + 1]
            if following.type == "ident":
                yield following.value
        elif token.type == "[] block":
            parts = [part for part in token.content if part.type not in ("whitespace", "comment")]
            if len(parts) >= 3 and parts[1].type == "literal" and parts[1].value == "=":
                value = parts[2]
                if value.type in ("ident", "string"):
                    yield value.value


def _live_selectors(rule: QualifiedRule, site: SiteWords) -> list[list[Node]]:
    return [
        selector
        for selector in _split_selectors(rule.prelude)
        if all(site.has(name) for name in _top_level_names(selector))
    ]


def _pruned_rules(rules: Iterable[Node], site: SiteWords) -> list[str]:
    kept: list[str] = []
    for rule in rules:
        if isinstance(rule, QualifiedRule):
            selectors = _live_selectors(rule, site)
            if selectors:
                prelude = ",".join(tinycss2.serialize(selector).strip() for selector in selectors)
                kept.append(f"{prelude}{{{tinycss2.serialize(rule.content)}}}")
        elif isinstance(rule, AtRule) and rule.lower_at_keyword in ("media", "supports") and rule.content:
            inner = _pruned_rules(tinycss2.parse_rule_list(rule.content, True, True), site)
            if inner:
                kept.append(f"@{rule.at_keyword}{tinycss2.serialize(rule.prelude)}{{{''.join(inner)}}}")
        elif rule.type not in ("whitespace", "comment"):
            kept.append(rule.serialize())
    return kept


def _without_unread_properties(sheets: list[str], read_elsewhere: set[str]) -> list[str]:
    """Drop `--name: value` declarations nobody reads; repeat, since a dropped value may have read another. The
    theme's stylesheets read each other's properties, so they are pruned together."""
    while True:
        read = {name for css in sheets for name in _VARIABLE_USE.findall(css)} | read_elsewhere
        parsed = [tinycss2.parse_stylesheet(css, True, True) for css in sheets]
        if not any(_has_unread(rule, read) for rules in parsed for rule in rules):
            return sheets
        sheets = [
            "".join(_rule_without(rule, read) if _has_unread(rule, read) else rule.serialize() for rule in rules)
            for rules in parsed
        ]


def _declarations(rule: QualifiedRule) -> list[Node]:
    return list(tinycss2.parse_blocks_contents(rule.content, True, True))


def _has_unread(rule: Node, read: set[str]) -> bool:
    if isinstance(rule, QualifiedRule):
        return any(
            isinstance(item, Declaration) and item.name.startswith("--") and item.name not in read
            for item in _declarations(rule)
        )
    if isinstance(rule, AtRule) and rule.lower_at_keyword in ("media", "supports") and rule.content:
        return any(_has_unread(inner, read) for inner in tinycss2.parse_rule_list(rule.content, True, True))
    return False


def _rule_without(rule: Node, read: set[str]) -> str:
    if isinstance(rule, QualifiedRule):
        declarations = [
            item.serialize()
            for item in _declarations(rule)
            if isinstance(item, Declaration) and not (item.name.startswith("--") and item.name not in read)
        ]
        if not declarations:
            return ""
        return f"{tinycss2.serialize(rule.prelude).strip()}{{{';'.join(declarations)}}}"
    assert isinstance(rule, AtRule) and rule.content is not None
    inner = "".join(
        _rule_without(item, read) if _has_unread(item, read) else item.serialize()
        for item in tinycss2.parse_rule_list(rule.content, True, True)
    )
    return f"@{rule.at_keyword}{tinycss2.serialize(rule.prelude)}{{{inner}}}" if inner else ""


def prune_css(sheets: list[str], site: SiteWords, read_elsewhere: set[str]) -> list[str]:
    kept = ["".join(_pruned_rules(tinycss2.parse_stylesheet(css, True, True), site)) for css in sheets]
    return _without_unread_properties(kept, read_elsewhere)


def _properties_read_outside(texts: Mapping[Path, str]) -> set[str]:
    """Custom properties that the kit's own stylesheet, a page or a script reads or sets."""
    return {name for text in texts.values() for name in _CUSTOM_PROPERTY.findall(text)}


# The kit's own stylesheet (extra_css), which follows the theme's in every page and in the one file they become.
OWN_STYLESHEET = "assets/stylesheets/lokalatih.css"
_STYLESHEET_LINK = re.compile(r'<link rel="stylesheet" href="(?P<base>[^"]*?)(?P<path>assets/stylesheets/[^"]+)">\n?')


def prune_theme_stylesheets(site_dir: Path, never_drawn: tuple[str, ...] = ()) -> str | None:
    """Prune the theme's stylesheets, then join them and the kit's own into one file named by its content hash
    (`assets/stylesheets/site.<hash>.css`: one request instead of three, and about 0.7 KB less gzip than three
    files); every page links it in their place. Returns its path in the site (None without the theme's files)."""
    stylesheets = [path for pattern in THEME_STYLESHEETS for path in sorted(site_dir.glob(pattern))]
    if not stylesheets:
        return None
    texts = site_texts(site_dir, stylesheets)
    words = site_words(texts, never_drawn)
    read_elsewhere = _properties_read_outside(texts)
    sheets = prune_css([path.read_text(encoding="utf-8") for path in stylesheets], words, read_elsewhere)
    own = site_dir / OWN_STYLESHEET
    joined_paths = [path.relative_to(site_dir).as_posix() for path in stylesheets]
    if own.is_file():
        sheets.append(own.read_text(encoding="utf-8"))
        joined_paths.append(OWN_STYLESHEET)
    css = "\n".join(sheets)
    target = f"assets/stylesheets/site.{hashlib.sha256(css.encode()).hexdigest()[:8]}.css"
    (site_dir / target).write_text(css, encoding="utf-8")
    for path in joined_paths:
        (site_dir / path).unlink()
    joined = set(joined_paths)

    def one_link(page: str) -> str:
        written = False

        def replace(link: re.Match[str]) -> str:
            nonlocal written
            if link.group("path") not in joined:
                return link.group(0)
            if written:
                return ""
            written = True
            return f'<link rel="stylesheet" href="{link.group("base")}{target}">\n'

        return _STYLESHEET_LINK.sub(replace, page)

    for page, text in texts.items():
        if page.suffix == ".html" and (replaced := one_link(text)) != text:
            page.write_text(replaced, encoding="utf-8")
    return target
