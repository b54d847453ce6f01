"""Safe YAML loading that remembers where every value came from.

PyYAML's safe loader forgets positions and silently keeps the last of two equal keys. Authors need both:
`file:line:col` in every message, and a duplicate key reported rather than half of their text dropped.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

Loc = tuple[str | int, ...]


@dataclass(frozen=True)
class Position:
    line: int  # 1-based
    column: int  # 1-based


class YamlSyntaxError(Exception):
    def __init__(self, position: Position, message: str) -> None:
        self.position = position
        self.message = message
        super().__init__(message)


@dataclass
class YamlDocument:
    """Plain data (dicts, lists, scalars) plus the position of every node, keyed by its path."""

    path: Path
    data: Any
    positions: dict[Loc, Position]
    key_positions: dict[Loc, Position] = field(default_factory=dict)

    def key_position_of(self, loc: Loc) -> Position:
        """Where the key that ends `loc` is written (for unknown keys), else where its value is."""
        return self.key_positions.get(tuple(loc)) or self.position_of(loc)

    def position_of(self, loc: Loc) -> Position:
        """The position of the deepest existing node on `loc` (a missing key points at its parent)."""
        for end in range(len(loc), -1, -1):
            found = self.positions.get(tuple(loc[:end]))
            if found is not None:
                return found
        return Position(1, 1)


def _position(node: yaml.Node) -> Position:
    return Position(node.start_mark.line + 1, node.start_mark.column + 1)


_PLAIN_TAGS = {"tag:yaml.org,2002:map", "tag:yaml.org,2002:seq"}
# Aliases are expanded into plain data; a "billion laughs" file must fail fast, not hang the build.
MAX_NODES = 200_000


class _Walker:
    def __init__(self, loader: yaml.SafeLoader) -> None:
        self.loader = loader
        self.positions: dict[Loc, Position] = {}
        self.key_positions: dict[Loc, Position] = {}
        self.count = 0

    def convert(self, node: yaml.Node, loc: Loc) -> Any:
        self.count += 1
        if self.count > MAX_NODES:
            raise YamlSyntaxError(_position(node), f"more than {MAX_NODES} values once aliases are expanded")
        self.positions[loc] = _position(node)
        if isinstance(node, (yaml.MappingNode, yaml.SequenceNode)) and node.tag not in _PLAIN_TAGS:
            # safe_load would refuse such a tag; never let one pass as plain data.
            raise YamlSyntaxError(_position(node), f"the tag '{node.tag}' is not allowed")
        if isinstance(node, yaml.MappingNode):
            self.loader.flatten_mapping(node)  # resolves `<<` merge keys the way safe_load does
            result: dict[Any, Any] = {}
            for key_node, value_node in node.value:
                key = self.loader.construct_object(key_node, deep=True)
                if not isinstance(key, (str, int)):
                    raise YamlSyntaxError(_position(key_node), "a key must be a plain string")
                if key in result:
                    raise YamlSyntaxError(_position(key_node), f"duplicate key '{key}'")
                self.key_positions[(*loc, key)] = _position(key_node)
                result[key] = self.convert(value_node, (*loc, key))
            return result
        if isinstance(node, yaml.SequenceNode):
            return [self.convert(child, (*loc, index)) for index, child in enumerate(node.value)]
        return self.loader.construct_object(node, deep=True)


def load_yaml(path: Path) -> YamlDocument:
    """Load one YAML file with safe_load's tags only; raise YamlSyntaxError with a position on any problem."""
    text = path.read_text(encoding="utf-8")
    loader = yaml.SafeLoader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return YamlDocument(path, None, {(): Position(1, 1)})
        walker = _Walker(loader)
        data = walker.convert(node, ())
        return YamlDocument(path, data, walker.positions, walker.key_positions)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        position = Position(mark.line + 1, mark.column + 1) if mark else Position(1, 1)
        raise YamlSyntaxError(position, f"YAML syntax: {error.problem or error.context}") from None
    except yaml.YAMLError as error:
        raise YamlSyntaxError(Position(1, 1), f"YAML: {error}") from None
    finally:
        loader.dispose()
