"""An image in a text is a file next to that text: `check` refuses one that is missing, on another host, outside the
text's folder or not an image; the site publishes the ones that pass where MkDocs looks for them."""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import tiny_png
from .test_check_errors import check, edit

TEXT = "modules/demo/d01-welcome/participant.en.md"
FOLDER = "modules/demo/d01-welcome"


def errors_for(minikit: Path, capsys: pytest.CaptureFixture[str], image: str) -> list[str]:
    """`check` of the minikit with `image` as line 3 of a participant text."""
    edit(minikit, TEXT, "## Reading\n", f"## Reading\n\n{image}\n")
    code, errors = check(minikit, capsys)
    assert code == 2
    return errors


def test_a_missing_image_is_a_content_error(minikit: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert errors_for(minikit, capsys, "![The route](route.png)") == [
        f"{TEXT}:3:1: image 'route.png' not found (looked in {FOLDER}/)"
    ]


def test_a_missing_image_in_a_subfolder_and_as_html(minikit: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert errors_for(minikit, capsys, '<img src="maps/route.png" alt="The route">') == [
        f"{TEXT}:3:1: image 'maps/route.png' not found (looked in {FOLDER}/maps/)"
    ]


def test_a_missing_image_of_an_authored_page(minikit: Path, capsys: pytest.CaptureFixture[str]) -> None:
    edit(minikit, "docs/index.en.md", "# Sample home\n", "# Sample home\n\n![The logo](logo.png)\n")
    assert check(minikit, capsys) == (2, ["docs/index.en.md:3:1: image 'logo.png' not found (looked in docs/)"])


def test_an_image_from_another_host_is_refused(minikit: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert errors_for(minikit, capsys, "![A map](https://maps.example.org/route.png)") == [
        f"{TEXT}:3:1: image 'https://maps.example.org/route.png' is on another host; the site loads nothing from "
        "third-party hosts: save the file next to the text"
    ]


@pytest.mark.parametrize(
    ("source", "message"),
    [
        ("/route.png", "is not a file next to the text: give a path relative to it, e.g. 'map.png'"),
        ("../../glossary.png", "is outside the text's folder modules/demo/d01-welcome/"),
        ("questions.yaml", "is not an image file (.png, .jpg, .jpeg, .gif, .svg, .webp, .avif)"),
    ],
)
def test_an_image_must_be_an_image_file_inside_the_texts_folder(
    minikit: Path, capsys: pytest.CaptureFixture[str], source: str, message: str
) -> None:
    (minikit / "modules/glossary.png").write_bytes(tiny_png())  # exists, but is not the module's to publish
    assert errors_for(minikit, capsys, f"![A picture]({source})") == [f"{TEXT}:3:1: image '{source}' {message}"]


def test_an_image_made_by_a_template_is_refused(minikit: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # Were it published, the module's test bank would be public: only images written in the text are checked.
    assert errors_for(minikit, capsys, "{{ '!' ~ '[The bank](questions.yaml)' }}") == [
        f"{TEXT}:3:1: image 'questions.yaml' is made by a template: write images in the text itself"
    ]


def test_an_image_next_to_its_text_passes(minikit: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (minikit / FOLDER / "route.png").write_bytes(tiny_png())
    edit(minikit, TEXT, "## Reading\n", "## Reading\n\n![The route](route.png)\n")
    code, messages = check(minikit, capsys)
    assert code == 0
    assert all(message.startswith("warning: ") for message in messages)


def test_the_site_publishes_each_image_where_its_page_finds_it(awkward_kit: Path) -> None:
    import lxml.html

    site = awkward_kit / "site"
    for page, image in [("en/demo/d01-welcome/index.html", "images/map.png"), ("en/index.html", "logo.png")]:
        document = lxml.html.fromstring((site / page).read_bytes())
        sources = [img.get("src") for img in document.xpath("//article//img")]
        assert sources == [image]
        assert (site / page).parent.joinpath(image).read_bytes() == tiny_png()
