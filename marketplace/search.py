"""Showcase search: spelling-tolerant words folded into ``Product.search_text``.

Buyers type Indonesian words the way they say them: "sambel" for "sambal",
"kripik" for "keripik", "cabe" for "cabai", old spellings ("djahe"), or only
the start of a word ("kerip"). Both the text of a product (its approved name,
its brand's approved name and the start of its approved description) and the
words a buyer types go through the same :func:`fold`, so the variants meet on
one spelling. A product matches when every word typed starts a word of its
folded text (``search_text`` holds the words with a space before each one and
the query asks ``LIKE '% word%'``).

On PostgreSQL a ``pg_trgm`` GIN index on ``search_text`` backs that ``LIKE``
and the trigram "word similarity" operator (``%>``) adds typo tolerance beyond
the rules below; on SQLite the ``LIKE`` scans one short column (a few
milliseconds at 10,000 products). See docs/marketplace.md, "Search".
"""

from __future__ import annotations

import re
import unicodedata

# How much of the description is searchable (its start says what it is).
DESCRIPTION_CHARS = 400
# More words than this in a query are ignored (each one is a condition).
MAX_QUERY_WORDS = 6

_NON_WORD = re.compile(r"[^a-z0-9]+")
# Old spellings (before 1972) still seen on packaging.
_OLD_SPELLINGS = (("oe", "u"), ("dj", "j"), ("tj", "c"), ("sj", "sy"), ("nj", "ny"))
# A schwa between a first consonant and r/l is often dropped when spoken
# and written: keripik/kripik, kerupuk/krupuk, terasi/trasi, peleceng/plecing.
_SCHWA_START = re.compile(r"^([bcdfghjkmnpstv])e([rl])")
_REPEATS = re.compile(r"([a-z])\1+")


def _fold_word(word: str) -> str:
    for old, new in _OLD_SPELLINGS:
        word = word.replace(old, new)
    word = word.replace("kh", "k")
    word = _SCHWA_START.sub(r"\1\2", word)
    # cabai/cabe, pandai/pande: a final "ai" is often said and written "e".
    if word.endswith("ai") and len(word) > 3:
        word = word[:-2] + "e"
    # tempeh/tempe, oleh-oleh: a final h after a vowel is often dropped.
    if len(word) > 4 and word.endswith("h") and word[-2] in "aeiou":
        word = word[:-1]
    # sambel/sambal, terong/terung: e and a (and o and u) are used for the
    # same sound in spoken spellings.
    word = word.replace("e", "a").replace("o", "u")
    return _REPEATS.sub(r"\1", word)


def _words(text: str) -> list[str]:
    text = unicodedata.normalize("NFKD", text or "")
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    return [word for word in _NON_WORD.split(text) if word]


def fold(text: str) -> list[str]:
    """The folded words of ``text`` (lower case, accents and spelling variants
    folded)."""
    return [_fold_word(word) for word in _words(text)]


def product_search_text(*, name: str, brand_name: str, description: str) -> str:
    """The searchable text of a product: each folded word once, each after a
    space (so ``LIKE '% word%'`` finds words by their start)."""
    seen: dict[str, None] = {}
    for part in (name, brand_name, (description or "")[:DESCRIPTION_CHARS]):
        for word in fold(part):
            seen.setdefault(word, None)
    return "".join(f" {word}" for word in seen)


def query_words(query: str) -> list[str]:
    """The folded words of what a buyer typed (at most ``MAX_QUERY_WORDS``)."""
    words: dict[str, None] = {}
    for word in fold(query):
        words.setdefault(word, None)
    return list(words)[:MAX_QUERY_WORDS]
