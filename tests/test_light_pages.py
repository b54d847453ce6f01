"""A phone's first view is light: the theme's CSS without the rules nothing on the site can match, the kit's own
files minified, pages without the templates' indentation; and none of it changes how a page looks."""

from __future__ import annotations

import gzip
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from lokalatih.site.css_prune import features_off, prune_theme_stylesheets
from lokalatih.site.minify import without_indentation

from .conftest import REPO

THEME_ASSETS = Path(__import__("material").__file__).parent / "templates" / "assets" / "stylesheets"


def _tiny_site(tmp_path: Path, css: str) -> Path:
    site = tmp_path / "site"
    (site / "assets" / "stylesheets").mkdir(parents=True)
    (site / "assets" / "javascripts").mkdir(parents=True)
    (site / "assets" / "stylesheets" / "main.0000.min.css").write_text(css, encoding="utf-8")
    (site / "index.html").write_text(
        '<html dir="ltr"><head><link rel="stylesheet" href="assets/stylesheets/main.0000.min.css"></head>'
        '<body data-md-color-scheme="slate"><p class="used other">A note on unused words: warning, tabbed</p>'
        "<script>var c = 'from-inline'</script></body></html>",
        encoding="utf-8",
    )
    (site / "assets" / "javascripts" / "bundle.js").write_text(
        "el.className = 'made-by-script'; tag.className = `x-tag--${kind}`; var w = 'warning'; var t = 'md-tooltip'",
        encoding="utf-8",
    )
    return site


def _pruned(site: Path, never_drawn: tuple[str, ...] = ()) -> str:
    target = prune_theme_stylesheets(site, never_drawn)
    assert target is not None
    html = (site / "index.html").read_text(encoding="utf-8")
    assert f'href="{target}"' in html and "main.0000.min.css" not in html
    assert not (site / "assets" / "stylesheets" / "main.0000.min.css").exists()
    return (site / target).read_text(encoding="utf-8")


def test_rules_that_can_match_nothing_are_dropped_and_the_others_kept(tmp_path: Path) -> None:
    css = (
        ".used{color:red}.gone{color:blue}.used .gone{color:green}.used,.gone{margin:0}"
        ".made-by-script{padding:1px}.from-inline{padding:2px}.x-tag--blue{padding:3px}"
        ".used:not(.gone){border:0}[dir=rtl] .used{float:right}[data-md-color-scheme=slate]{color:#fff}"
        "[data-md-color-scheme=pink]{--b:2}@media (min-width:10em){.gone{top:0}.used{top:1px}}"
        "@media print{.gone{display:none}}@font-face{font-family:X;src:url(x.woff2)}"
        ".admonition.warning{color:orange}.md-tooltip{opacity:0}"
    )
    kept = _pruned(_tiny_site(tmp_path, css), never_drawn=("md-tooltip",))
    for rule in (
        ".used{color:red}",
        ".made-by-script{",
        ".from-inline{",
        ".x-tag--blue{",  # a script completes the class from a prefix
        ".used:not(.gone){",  # a missing class inside :not() does not make a selector dead
        "[data-md-color-scheme=slate]{",
        ".used{top:1px}",
        "@font-face",
    ):
        assert rule in kept, rule
    assert ".used{margin:0}" in kept  # the dead half of a selector list goes, the live half stays
    for dead in (".gone{", ".used .gone", "[dir=rtl]", "=pink]", "@media print", ".admonition.warning", "md-tooltip"):
        # A page's prose ("warning") and a script's words for features left off count for nothing.
        assert dead not in kept, dead


def test_custom_properties_nobody_reads_are_dropped_with_what_only_they_read(tmp_path: Path) -> None:
    css = ":root{--icon:url(a.svg);--unread:var(--icon);--read:2px;--color:red}.used{margin:var(--read)}"
    site = _tiny_site(tmp_path, css)
    (site / "assets" / "stylesheets" / "own.css").write_text(".used{color:var(--color)}", encoding="utf-8")
    kept = _pruned(site)
    assert "--read:2px" in kept and "--color:red" in kept  # read by the theme's rule and by the kit's stylesheet
    assert "--unread" not in kept and "--icon" not in kept


def test_features_left_off_are_read_from_the_configuration() -> None:
    base: dict[str, Any] = {"theme": {"features": []}, "markdown_extensions": ["abbr"], "plugins": ["search"]}
    assert {"md-tooltip", "tabbed-", "md-source", "md-tag"} <= set(features_off(base))
    on = {
        "theme": {"features": ["content.tooltips"]},
        "markdown_extensions": ["pymdownx.tabbed", {"footnotes": {}}],
        "plugins": ["search", "tags"],
        "repo_url": "https://example.org/repo",
    }
    assert not {"md-tooltip", "tabbed-", "md-source", "md-tag", "footnote"} & set(features_off(on))


def test_indentation_goes_but_preformatted_text_keeps_its_spaces() -> None:
    html = "<div>\n    <p>a\n      b</p>\n\n\n  <pre>  x\n    y</pre>\n  <textarea>\n  t</textarea>\n</div>"
    assert without_indentation(html) == "<div>\n<p>a\nb</p>\n<pre>  x\n    y</pre>\n<textarea>\n  t</textarea>\n</div>"


def test_the_built_site_links_one_stylesheet_much_smaller_than_the_theme(built_kit: Path) -> None:
    site = built_kit / "site"
    stylesheets = site / "assets" / "stylesheets"
    (joined,) = stylesheets.glob("site.*.css")
    assert [path.name for path in stylesheets.glob("*.css")] == [joined.name]  # the theme's and the kit's, joined
    theme = b"".join(path.read_bytes() for pattern in ("main.*.min.css", "palette.*.min.css")
                     for path in THEME_ASSETS.glob(pattern))  # fmt: skip
    joined_gzip, theme_gzip = len(gzip.compress(joined.read_bytes())), len(gzip.compress(theme))
    assert joined_gzip < 0.6 * theme_gzip, (joined_gzip, theme_gzip)
    # The kit's own rules are in it, minified: their comments stay in overrides/, for the next maintainer.
    assert ".lk-term-tip{" in joined.read_text(encoding="utf-8") and "/*" not in joined.read_text(encoding="utf-8")
    for page in (site / "index.html", site / "en" / "workshop" / "w03-legal-framework" / "index.html"):
        html = page.read_text(encoding="utf-8")
        assert re.findall(r'<link rel="stylesheet" href="[^"]*"', html) == [
            f'<link rel="stylesheet" href="{"../" * (len(page.relative_to(site).parts) - 1)}assets/stylesheets/'
            f'{joined.name}"'
        ]
        assert not re.search(r"\n[ \t]+<", html)  # no template indentation left


# Properties that decide how an element looks and where it sits; compared on every element of a page.
_STYLE_PROPERTIES = [
    *("display", "visibility", "position", "top", "left", "width", "height", "margin-top", "margin-left"),
    *("padding-top", "padding-left", "font-size", "font-weight", "line-height", "color", "background-color"),
    *("border-top-width", "border-top-color", "opacity", "overflow-x", "transform", "box-shadow"),
]
_SETTLED = "() => document.getAnimations().every(animation => animation.playState !== 'running')"
# Every element, but of the search results only the first, and not the boxes that hold them (how many results the
# list has rendered depends on timing: it adds more as it is scrolled).
_COMPUTED = """properties => Array.from(document.querySelectorAll('body *'))
  .filter(element => !element.closest('.md-search-result__item:not(:first-child)'))
  .filter(element => !element.querySelector('.md-search-result__item'))
  .map(element => {
  const style = getComputedStyle(element);
  const values = properties.map(name => style.getPropertyValue(name));
  return element.tagName + '.' + element.className + ' ' + values.join('|');
})"""


@pytest.fixture
def phone_page(browser: Any) -> Iterator[Any]:
    from lokalatih.bench import PHONE

    context = browser.new_context(**PHONE)
    yield context
    context.close()


def _serve(css: bytes) -> Any:
    """A route handler that answers with `css` (Playwright passes the request too when a handler takes two
    arguments, so no default-argument lambda)."""
    return lambda route: route.fulfill(body=css, content_type="text/css")


def _styles(context: Any, url: str, scheme: str, with_theme_css: bool) -> list[str]:
    page = context.new_page()
    page.emulate_media(color_scheme=scheme)
    if with_theme_css:
        # Serve the theme's original stylesheets, then the kit's as written, in place of the one joined file.
        originals = [next(THEME_ASSETS.glob(f"{kind}.*.min.css")) for kind in ("main", "palette")]
        originals.append(REPO / "overrides" / "assets" / "stylesheets" / "lokalatih.css")
        css = b"\n".join(path.read_bytes() for path in originals)
        page.route(re.compile(r".*/assets/stylesheets/site\.[0-9a-f]+\.css$"), _serve(css))
    page.goto(url, wait_until="networkidle")
    page.wait_for_function(_SETTLED)  # compare styles at rest, not halfway through a transition
    before = page.evaluate(_COMPUTED, _STYLE_PROPERTIES)
    # The drawer, the search with its results, and a glossary bubble: what appears after a tap is styled too.
    page.locator("label.md-header__button[for=__drawer]").click()
    page.wait_for_function(_SETTLED)
    drawn = page.evaluate(_COMPUTED, _STYLE_PROPERTIES)
    page.locator("label.md-overlay").click(position={"x": 385, "y": 400})  # beside the drawer: it closes
    page.locator("label.md-header__button[for=__search]").click()
    page.locator("input.md-search__input").press_sequentially("biaya")
    page.locator(".md-search-result__item").first.wait_for(state="attached", timeout=30_000)
    page.wait_for_timeout(500)  # the results arrive as the query is typed
    page.wait_for_function(_SETTLED)
    searched = page.evaluate(_COMPUTED, _STYLE_PROPERTIES)
    page.close()
    return [*before, "--drawer--", *drawn, "--search--", *searched]


@pytest.mark.browser
@pytest.mark.parametrize(
    ("scheme", "path"),
    [("light", "workshop/w03-legal-framework/"), ("dark", "training/t05-gender-protection-referral/facilitator/")],
    ids=["participant-page-light", "session-plan-dark"],
)
def test_pruning_changes_no_style_of_any_element(phone_page: Any, site_url: str, scheme: str, path: str) -> None:
    """Every element of a page, with the drawer and search open, has the same computed style with the pruned
    stylesheets as with the theme's own: a participant page in the light scheme, a session plan in the dark."""
    url = f"{site_url}/{path}"
    pruned = _styles(phone_page, url, scheme, with_theme_css=False)
    original = _styles(phone_page, url, scheme, with_theme_css=True)
    assert len(pruned) == len(original)
    differences = [(a, b) for a, b in zip(original, pruned, strict=True) if a != b]
    assert not differences, differences[:5]


def test_heading_anchors_are_titled_in_the_page_language(built_kit: Path) -> None:
    site = built_kit / "site"
    indonesian = (site / "workshop" / "w03-legal-framework" / "index.html").read_text(encoding="utf-8")
    english = (site / "en" / "workshop" / "w03-legal-framework" / "index.html").read_text(encoding="utf-8")
    assert 'class="headerlink"' in indonesian and "Permanent link" not in indonesian
    assert 'title="Tautan langsung ke bagian ini"' in indonesian
    assert 'title="Permanent link"' in english
