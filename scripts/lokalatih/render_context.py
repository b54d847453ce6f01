"""What every renderer of the catalog gets: the curriculum, the build's date, and work done once per build."""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass, field
from typing import Any

from lokalatih.catalog import Catalog, build_catalog
from lokalatih.contacts import in_person_offices, published_contacts
from lokalatih.curriculum import Curriculum, Module, Programme
from lokalatih.formatting import iso_timestamp
from lokalatih.kit.forms import Form, TestKind, build_forms
from lokalatih.kit.key import test_key
from lokalatih.model.province import Contact, Institution
from lokalatih.slides.deck import build_deck
from lokalatih.slides.layout import LaidOutDeck, lay_out


@dataclass
class RenderContext:
    curriculum: Curriculum
    when: dt.datetime
    draft: bool = False  # `build --draft`: every page, PDF and deck says it is not for publication
    _forms: dict[str, dict[TestKind, Form]] = field(default_factory=dict)
    _keys: dict[str, str] = field(default_factory=dict)
    _decks: dict[tuple[str, str, str], LaidOutDeck] = field(default_factory=dict)

    @functools.cached_property
    def created(self) -> str:
        """The build's timestamp as documents print it in their metadata."""
        return iso_timestamp(self.when)

    @functools.cached_property
    def catalog(self) -> Catalog:
        """The build's output catalog, made once: the build renders it, and a document may list others' files."""
        return build_catalog(self.curriculum)

    @functools.cached_property
    def published_contacts(self) -> list[Contact]:
        """The province's contacts that participants may see: verified within 12 months of the build's date."""
        return published_contacts(self.curriculum.province, self.when.date())

    @functools.cached_property
    def in_person_offices(self) -> list[Institution]:
        """Where to ask in person when no contact is published."""
        return in_person_offices(self.curriculum.province)

    @functools.cached_property
    def glossary(self) -> dict[str, Any]:
        return {term.key: term for term in self.curriculum.glossary.terms}

    def programme(self, programme_id: str | None) -> Programme:
        return next(p for p in self.curriculum.programmes if p.id == programme_id)

    def module(self, programme: Programme, slug: str | None) -> Module:
        return next(m for m in programme.modules if m.slug == slug)

    def forms(self, programme: Programme) -> dict[TestKind, Form]:
        """The pre/post forms of a programme, built once: every test file reads the same letters."""
        if programme.id not in self._forms:
            self._forms[programme.id] = build_forms(programme)
        return self._forms[programme.id]

    def deck(self, programme_id: str | None, slug: str | None, lang: str) -> LaidOutDeck:
        """A session's slides laid out once: the PDF and the PowerPoint file draw the same boxes."""
        key = (programme_id or "", slug or "", lang)
        if key not in self._decks:
            programme = self.programme(programme_id)
            self._decks[key] = lay_out(build_deck(self.curriculum, programme, self.module(programme, slug), lang))
        return self._decks[key]

    def test_key(self, programme: Programme) -> str:
        """`test-key.json` of a programme, serialised once: the file itself and the XLSForm version read it."""
        if programme.id not in self._keys:
            self._keys[programme.id] = test_key(self.forms(programme))
        return self._keys[programme.id]
