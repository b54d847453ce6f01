"""The YAML loader keeps positions, refuses what safe_load refuses, and reports duplicate keys."""

from __future__ import annotations

from pathlib import Path

import pytest

from lokalatih.yamlsource import Position, YamlSyntaxError, load_yaml


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "file.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_positions_of_nested_values(tmp_path: Path) -> None:
    document = load_yaml(write(tmp_path, "a:\n  - x: 1\n    y: [2, 3]\n"))
    assert document.data == {"a": [{"x": 1, "y": [2, 3]}]}
    assert document.position_of(("a", 0, "x")) == Position(2, 8)
    assert document.position_of(("a", 0, "y", 1)) == Position(3, 12)
    assert document.key_position_of(("a", 0, "y")) == Position(3, 5)
    # A missing key points at the mapping that lacks it.
    assert document.position_of(("a", 0, "z")) == Position(2, 5)


def test_duplicate_key_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(YamlSyntaxError) as caught:
        load_yaml(write(tmp_path, "a: 1\nb: 2\na: 3\n"))
    assert caught.value.position == Position(3, 1)
    assert caught.value.message == "duplicate key 'a'"


@pytest.mark.parametrize(
    "text",
    [
        "a: !!python/object/apply:os.system ['true']\n",
        "a: !!python/name:os.system\n",
        "a: !!python/object:collections.OrderedDict {}\n",
    ],
)
def test_python_tags_are_refused(tmp_path: Path, text: str) -> None:
    with pytest.raises(YamlSyntaxError):
        load_yaml(write(tmp_path, text))


def test_merge_keys_and_anchors_work_like_safe_load(tmp_path: Path) -> None:
    document = load_yaml(write(tmp_path, "base: &b {x: 1}\nother:\n  <<: *b\n  y: 2\n"))
    assert document.data == {"base": {"x": 1}, "other": {"x": 1, "y": 2}}


def test_empty_file_is_empty_data(tmp_path: Path) -> None:
    assert load_yaml(write(tmp_path, "# nothing\n")).data is None


def test_alias_bomb_fails_fast(tmp_path: Path) -> None:
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 10)}]" for i in range(1, 9)]
    with pytest.raises(YamlSyntaxError, match="aliases"):
        load_yaml(write(tmp_path, "\n".join(lines) + "\n"))
