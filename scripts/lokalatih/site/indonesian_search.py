"""Search that understands Indonesian affixes: "rekrut", "merekrut" and "perekrutan" find each other.

lunr.js (Material's search) has no Indonesian. At build time every word of the Indonesian search index is stemmed
with Sastrawi (the dictionary-based Indonesian stemmer, PyPI `PySastrawi`), and the words whose stem differs ship,
grouped by stem, inside a lunr language plugin, `assets/javascripts/lunr/min/lunr.id.min.js`: Material's search
worker imports it when the index says `lang: ["id"]`, and it stems the index and every searched word alike, in the
browser (templates/lunr.id.js says how). The plugin is loaded only when search opens, with the index.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterable, Mapping
from importlib.resources import files
from pathlib import Path
from typing import Any

import rjsmin

# The index's settings for Indonesian: Material imports lunr.id.min.js for lang "id" and keeps the plugin's
# trimmer and stemmer in the pipeline (it removes every pipeline function the list does not name).
INDEX_CONFIG = {"lang": ["id"], "pipeline": ["trimmer", "stemmer"]}
PLUGIN = Path("assets/javascripts/lunr/min/lunr.id.min.js")  # where Material's worker looks for it

# Words Sastrawi strips down to a different, unrelated word: left alone or sent to their real root, so that a search
# for one does not bring every page of the other. Found by reading the stems of the curriculum's ~1,800 affixed
# words; a test checks each. "pekerja" → "kerja" is right and stays (the issue: they may meet).
OVERRIDES: dict[str, str] = {
    "perempuan": "perempuan",  # woman: never "empu"
    "peserta": "peserta",  # participant: not "serta" (and)
    "pesertanya": "peserta",
    "pemerintah": "pemerintah",  # government: not "perintah" (an order)
    "pemerintahan": "pemerintah",
    "perantara": "perantara",  # intermediary (a broker's role): not "antara" (between)
    "pendapat": "pendapat",  # opinion: not "dapat" (can), on nearly every page
    "berpendapat": "pendapat",
    "alasan": "alasan",  # reason: not "alas" (a mat)
    "alasannya": "alasan",
    "bagian": "bagian",  # part: not "bagi" (for)
    "bagiannya": "bagian",
    "sebagian": "bagian",
    "perpres": "perpres",  # Peraturan Presiden, an abbreviation: not "pres"
    "perbankan": "bank",  # not "perban" (a bandage)
    "berikan": "beri",  # give: not "ikan" (fish)
    "dibantah": "bantah",  # not "ban" (a tyre)
    "diminati": "minat",  # not "mati" (dead)
    "menemani": "teman",  # not "tani" (farming)
    "memakainya": "pakai",  # not "maka" (so)
    "bersebelahan": "belah",  # not "bahan" (material)
    "pemeran": "peran",  # not "per" (a spring)
    "penanya": "tanya",  # not "pena" (a pen)
    "mengetik": "ketik",  # not "etik" (ethics)
    "pengetikan": "ketik",
    "pengalaman": "alami",  # experience: not "alam" (nature); "mengalami" → "alami"
    "pengalamannya": "alami",
    "berpengalaman": "alami",
    "dialaminya": "alami",
    # the same root as the other forms of the word, where Sastrawi strips one form differently
    "dikenali": "kenal",
    "mengenali": "kenal",
    "disepakati": "sepakat",
    "menyepakati": "sepakat",
    "memetakan": "peta",
    "memetakannya": "peta",
    "pemetaan": "peta",
    "memungut": "pungut",
    "pemungutan": "pungut",
    "mengecek": "cek",
    "mengeceknya": "cek",
    "mengunjungi": "kunjung",
    "pengunjung": "kunjung",
    "perawat": "rawat",
    "perawatan": "rawat",
    "mengesahkan": "sah",
    "mengesahkannya": "sah",
    "pengesahan": "sah",
    "memilah": "pilah",
    "memulainya": "mulai",
    "penculikan": "culik",
    "sesampai": "sampai",
    "sesampainya": "sampai",
    "terasa": "rasa",
    "kedelapan": "delapan",
    "direktori": "direktori",
    "lilis": "lilis",  # a person's name in a case study
}

_TAG = re.compile(r"<[^>]*>")
_EDGES = re.compile(r"^[\W_]+|[\W_]+$")  # what the plugin's trimmer strips: all but letters and digits at the ends


def index_words(docs: Iterable[Mapping[str, Any]], separator: str) -> set[str]:
    """The words of the index as Material's tokenizer and the plugin's trimmer make them: text outside tags, split
    at the index's separator, lower case, without punctuation at either end."""
    split = re.compile(separator)
    words: set[str] = set()
    for doc in docs:
        for field in ("title", "text"):
            for token in split.split(_TAG.sub(" ", str(doc.get(field, ""))).lower()):
                word = _EDGES.sub("", token)
                if word:
                    words.add(word)
    return words


@functools.cache
def _stemmer() -> Any:
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    return StemmerFactory().create_stemmer()


def stem(word: str) -> str:
    """A word's stem as the site's search sees it: the override if there is one, else Sastrawi's."""
    if word in OVERRIDES:
        return OVERRIDES[word]
    if not word.isalpha():
        return word  # numbers, abbreviations with digits (BP2MI), e-mail and web addresses: as written
    return str(_stemmer().stem(word)) or word


def stems_by_root(words: Iterable[str]) -> dict[str, list[str]]:
    """Every word whose stem differs from it, grouped under its stem (sorted: the same sources give the same file)."""
    groups: dict[str, list[str]] = {}
    for word in sorted(set(words)):
        root = stem(word)
        if root != word:
            groups.setdefault(root, []).append(word)
    return dict(sorted(groups.items()))


def lunr_plugin(groups: Mapping[str, list[str]]) -> str:
    """The plugin's script with its table of stems, without the template's comments (a phone needs none)."""
    template: str = rjsmin.jsmin(files("lokalatih.site").joinpath("templates/lunr.id.js").read_text(encoding="utf-8"))
    table = json.dumps(
        {root: " ".join(words) for root, words in groups.items()}, ensure_ascii=False, separators=(",", ":")
    )
    header = "/* Lokalatih: Indonesian stems for search, built from scripts/lokalatih/site/templates/lunr.id.js */"
    return header + "\n" + template.replace("__STEMS__", table)


def write_lunr_plugin(site: Path, index: Mapping[str, Any]) -> Path:
    """The plugin for this index's words, where Material's search worker imports it from."""
    target = site / PLUGIN
    target.parent.mkdir(parents=True, exist_ok=True)
    words = index_words(index["docs"], index["config"]["separator"])
    target.write_text(lunr_plugin(stems_by_root(words)), encoding="utf-8")
    return target
