"""How the demo courses write a quiz question's options: pure data, no Django
(``demo_content`` and ``demo_content_safe`` both use it)."""

from __future__ import annotations


def opts(*pairs: tuple[str, bool]) -> list[dict]:
    """``opts(("teks", True), ("teks", False), ...)``: the options of a
    multiple-choice question, as ``courses.quizzes`` reads them."""
    return [{"text": text, "correct": correct} for text, correct in pairs]
