"""Moodle XML export: one file per language, a category per module, fractions from Moodle's fixed list."""

from __future__ import annotations

import html
import xml.etree.ElementTree as ET

from lokalatih.curriculum import Programme
from lokalatih.kit.gift import MOODLE_FRACTIONS
from lokalatih.model.questions import Item, ItemType


def _text(parent: ET.Element, tag: str, text: str, *, html_format: bool = False) -> ET.Element:
    element = ET.SubElement(parent, tag, {"format": "html"} if html_format else {})
    ET.SubElement(element, "text").text = f"<p>{html.escape(text)}</p>" if html_format else text
    return element


def _question(quiz: ET.Element, item: Item, lang: str) -> None:
    kind = "truefalse" if item.type == ItemType.TRUE_FALSE else "multichoice"
    question = ET.SubElement(quiz, "question", {"type": kind})
    _text(question, "name", item.id)
    _text(question, "questiontext", item.stem[lang], html_format=True)
    _text(question, "generalfeedback", item.rationale[lang], html_format=True)
    ET.SubElement(question, "defaultgrade").text = "1"
    ET.SubElement(question, "penalty").text = "0"
    ET.SubElement(question, "hidden").text = "0"
    ET.SubElement(question, "idnumber").text = item.id
    if item.type == ItemType.TRUE_FALSE:
        for value in (True, False):
            answer = ET.SubElement(question, "answer", {"fraction": "100" if item.answer is value else "0"})
            ET.SubElement(answer, "text").text = "true" if value else "false"
        return
    single = item.type == ItemType.SINGLE
    ET.SubElement(question, "single").text = "true" if single else "false"
    ET.SubElement(question, "shuffleanswers").text = "true"
    ET.SubElement(question, "answernumbering").text = "ABCD"
    right = sum(option.correct for option in item.options)
    wrong = len(item.options) - right
    for option in item.options:
        if single:
            fraction = "100" if option.correct else "0"
        else:
            fraction = MOODLE_FRACTIONS[right] if option.correct else f"-{MOODLE_FRACTIONS[wrong]}"
        answer = ET.SubElement(question, "answer", {"fraction": fraction, "format": "html"})
        ET.SubElement(answer, "text").text = f"<p>{html.escape(option[lang])}</p>"


def moodle_xml(programme: Programme, lang: str) -> str:
    quiz = ET.Element("quiz")
    for module in programme.modules:
        category = ET.SubElement(quiz, "question", {"type": "category"})
        _text(category, "category", f"$course$/lokalatih/{programme.id}/{module.slug}")
        for item in module.bank.items:
            _question(quiz, item, lang)
    ET.indent(quiz)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(quiz, encoding="unicode") + "\n"
