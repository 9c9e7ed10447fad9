"""Quiz logic without the database: safe formulas, per-attempt values, grading.

An attempt is a *snapshot*: when a learner starts, the questions are drawn from
the pool, options shuffled, numeric values generated and the expected answers
computed. The snapshot lives on the ``QuizAttempt`` row (server side); the
learner sees :func:`public_questions` before sending and
:func:`feedback_questions` after, never the keys. :func:`attempt_policy` is the
one rule for when she may try again.
"""

from __future__ import annotations

import ast
import math
import random
import re
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

MAX_FORMULA_LENGTH = 200
MAX_DEPTH = 30
MAX_VALUE = Decimal("1e15")
VARIABLE_NAME = re.compile(r"^[a-z][a-z0-9_]{0,15}$")
PLACEHOLDER = re.compile(r"\{([a-z][a-z0-9_]{0,15})\}")
QUESTION_TYPES = ("single", "multiple", "truefalse", "numeric")

# Attempt policy: the safe defaults of a new quiz. Waits grow with each failed
# attempt in a row (the last one repeats); tries are counted over 24 hours.
DEFAULT_COOLDOWN_STEPS = "10, 60, 1440"
MAX_COOLDOWN_STEPS = 6
MAX_COOLDOWN_MINUTES = 60 * 24 * 30
ATTEMPT_WINDOW = timedelta(hours=24)
# A certificate quiz's pool should hold this many times the questions drawn
# per attempt, so that a day of retakes meets new questions.
POOL_FACTOR = 3


class FormulaError(ValueError):
    """The formula is not allowed or cannot be computed."""


def _round(value: Decimal, digits: Decimal | None = None) -> Decimal:
    places = int(digits or 0)
    if not 0 <= places <= 6:
        raise FormulaError("round() keeps 0 to 6 digits")
    return value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


FUNCTIONS = {
    "round": (_round, (1, 2)),
    "ceil": (lambda value: Decimal(math.ceil(value)), (1,)),
    "floor": (lambda value: Decimal(math.floor(value)), (1,)),
}
OPERATORS = {
    ast.Add: lambda a, b: a + b,
    ast.Sub: lambda a, b: a - b,
    ast.Mult: lambda a, b: a * b,
    ast.Div: lambda a, b: a / b,
}


def formula_parse(formula: str) -> ast.Expression:
    """Parse ``formula`` and refuse anything but numbers, names, + - * / ( )
    and round/ceil/floor. Never evaluated with ``eval``."""
    if len(formula) > MAX_FORMULA_LENGTH:
        raise FormulaError("formula too long")
    try:
        tree = ast.parse(formula.strip(), mode="eval")
    except SyntaxError as exc:
        raise FormulaError("not a formula") from exc

    def check(node: ast.AST, depth: int) -> None:
        if depth > MAX_DEPTH:
            raise FormulaError("formula too deep")
        if isinstance(node, ast.Expression):
            check(node.body, depth + 1)
        elif isinstance(node, ast.BinOp) and type(node.op) in OPERATORS:
            check(node.left, depth + 1)
            check(node.right, depth + 1)
        elif isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub | ast.UAdd):
            check(node.operand, depth + 1)
        elif isinstance(node, ast.Constant):
            if isinstance(node.value, bool) or not isinstance(node.value, int | float):
                raise FormulaError("only numbers are allowed")
        elif isinstance(node, ast.Name):
            if not VARIABLE_NAME.match(node.id) or node.id in FUNCTIONS:
                raise FormulaError(f"bad name {node.id!r}")
        elif isinstance(node, ast.Call):
            if (
                not isinstance(node.func, ast.Name)
                or node.func.id not in FUNCTIONS
                or node.keywords
                or len(node.args) not in FUNCTIONS[node.func.id][1]
            ):
                raise FormulaError("only round(), ceil() and floor() are allowed")
            for arg in node.args:
                check(arg, depth + 1)
        else:
            raise FormulaError(f"{type(node).__name__} is not allowed")

    check(tree, 0)
    return tree


def formula_names(formula: str) -> set[str]:
    tree = formula_parse(formula)
    return {node.id for node in ast.walk(tree) if isinstance(node, ast.Name)} - set(
        FUNCTIONS
    )


def formula_evaluate(formula: str, values: dict[str, Decimal | int]) -> Decimal:
    """Compute ``formula`` with exact Decimals."""
    tree = formula_parse(formula)

    def walk(node: ast.AST) -> Decimal:
        if isinstance(node, ast.Expression):
            return walk(node.body)
        if isinstance(node, ast.BinOp):
            left, right = walk(node.left), walk(node.right)
            if isinstance(node.op, ast.Div) and right == 0:
                raise FormulaError("division by zero")
            result = OPERATORS[type(node.op)](left, right)
        elif isinstance(node, ast.UnaryOp):
            operand = walk(node.operand)
            result = -operand if isinstance(node.op, ast.USub) else operand
        elif isinstance(node, ast.Constant):
            result = Decimal(str(node.value))
        elif isinstance(node, ast.Name):
            if node.id not in values:
                raise FormulaError(f"unknown name {node.id!r}")
            result = Decimal(str(values[node.id]))
        else:  # ast.Call, checked by formula_parse
            function = FUNCTIONS[node.func.id][0]
            result = function(*[walk(arg) for arg in node.args])
        if abs(result) > MAX_VALUE:
            raise FormulaError("number too big")
        return result

    try:
        return walk(tree)
    except (InvalidOperation, ArithmeticError) as exc:
        raise FormulaError("cannot compute") from exc


def variable_choices(spec: dict) -> list[int]:
    low, high, step = int(spec["min"]), int(spec["max"]), int(spec.get("step") or 1)
    if step <= 0 or high < low or (high - low) // step > 100_000:
        raise FormulaError("bad variable range")
    return list(range(low, high + 1, step))


def number_display(value: Decimal | int) -> str:
    """``60000`` → ``60.000``; ``4750.5`` → ``4.750,5`` (Indonesian grouping)."""
    amount = Decimal(str(value)).normalize()
    sign = "-" if amount < 0 else ""
    whole, _dot, fraction = f"{abs(amount):f}".partition(".")
    grouped = f"{int(whole):,}".replace(",", ".")
    return f"{sign}{grouped}{',' + fraction if fraction else ''}"


def text_fill(text: str, values: dict[str, int]) -> str:
    """Replace ``{a}`` with the value; unknown placeholders stay as written.
    (A regex, not ``str.format``: no attribute lookups from content.)"""

    def replace(match: re.Match) -> str:
        name = match.group(1)
        return number_display(values[name]) if name in values else match.group(0)

    return PLACEHOLDER.sub(replace, text)


def answer_parse(raw: str) -> Decimal | None:
    """A number as people type it: ``4750``, ``4.750``, ``Rp 4.750``, ``4750,5``."""
    text = re.sub(r"^rp\.?\s*", "", raw.strip(), flags=re.IGNORECASE)
    text = text.replace(" ", "")
    if not text or len(text) > 30:
        return None
    if re.fullmatch(r"-?\d{1,3}(\.\d{3})+(,\d+)?", text) or re.fullmatch(
        r"-?\d+(,\d+)?", text
    ):
        text = text.replace(".", "").replace(",", ".")
    elif not re.fullmatch(r"-?\d+\.\d+", text):
        return None
    try:
        return Decimal(text)
    except InvalidOperation:
        return None


# An explanation must teach, not hand out the key of a pool question others
# will meet: once the key is taken out, this many words must be left.
EXPLANATION_MIN_WORDS = 4
# Words that only announce an answer ("the right answer is Rp ..."): not counted.
_ANNOUNCING = frozenset(
    {
        "jawaban",
        "jawabannya",
        "yang",
        "benar",
        "betul",
        "adalah",
        "yaitu",
        "ialah",
        "rp",
        "the",
        "answer",
        "is",
        "correct",
        "right",
    }
)
_WORD = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+")
TRUE_FALSE_KEYS = {
    "true": ("benar", "betul", "true"),
    "false": ("salah", "keliru", "false"),
}


def _number_word(value: Decimal) -> str:
    return f"{value.normalize():f}"


def _words(text: str) -> list[str]:
    """Lower-case words; numbers as the value they say (``Rp15.000`` and
    ``15000`` are the same word)."""
    words = []
    for word in _WORD.findall(text.casefold()):
        number = answer_parse(word) if word[0].isdigit() else None
        words.append(_number_word(number) if number is not None else word)
    return words


def _without(words: list[str], key: list[str]) -> list[str]:
    """``words`` with every run of ``key`` taken out."""
    left: list[str] = []
    index = 0
    while index < len(words):
        if key and words[index : index + len(key)] == key:
            index += len(key)
        else:
            left.append(words[index])
            index += 1
    return left


def explanation_words_left(explanation: str, keys: list[str | Decimal]) -> int:
    """How many words of ``explanation`` teach something: the key (each text
    or number in ``keys``) and words that only announce an answer taken out."""
    words = _words(explanation)
    for key in keys:
        key_words = (
            [_number_word(key)] if isinstance(key, Decimal) else _words(str(key))
        )
        words = _without(words, key_words)
    return sum(1 for word in words if word not in _ANNOUNCING)


def explanation_restates_key(explanation: str, keys: list[str | Decimal]) -> bool:
    """True for a written explanation that is little more than the key.
    An empty explanation is not one (it is allowed)."""
    if not explanation.strip():
        return False
    return explanation_words_left(explanation, keys) < EXPLANATION_MIN_WORDS


def _key() -> str:
    return secrets.token_urlsafe(6)


def snapshot_question(block_id: str, block_type: str, value: dict, rng) -> dict:
    """One question as this attempt shows and grades it."""
    lesson = value.get("lesson")
    question = {
        "id": block_id,
        "type": block_type,
        "text": str(value.get("text", "")),
        "explanation": str(value.get("explanation") or ""),
        # The lesson that teaches it (a page id), linked after a wrong answer.
        "lesson": getattr(lesson, "pk", lesson) or None,
        "options": [],
        "correct": [],
    }
    if block_type in ("single", "multiple"):
        options = [
            {"key": _key(), "text": str(option["text"]), "correct": option["correct"]}
            for option in value["options"]
        ]
        rng.shuffle(options)
        question["options"] = [{"key": o["key"], "text": o["text"]} for o in options]
        question["correct"] = [o["key"] for o in options if o["correct"]]
    elif block_type == "truefalse":
        options = [
            {"key": _key(), "text": "true", "correct": value["answer"] == "true"},
            {"key": _key(), "text": "false", "correct": value["answer"] != "true"},
        ]
        question["options"] = [{"key": o["key"], "text": o["text"]} for o in options]
        question["correct"] = [o["key"] for o in options if o["correct"]]
    elif block_type == "numeric":
        values = {
            variable["name"]: rng.choice(variable_choices(variable))
            for variable in value.get("variables") or []
        }
        expected = formula_evaluate(value["formula"], values)
        question["values"] = values
        question["text"] = text_fill(question["text"], values)
        question["explanation"] = text_fill(question["explanation"], values)
        question["expected"] = str(expected)
        question["tolerance"] = str(value.get("tolerance") or 0)
    else:
        raise ValueError(f"unknown question type {block_type}")
    return question


def attempt_build(
    questions: list[tuple[str, str, dict]],
    *,
    count: int,
    rng: random.Random,
    last_seen: dict[str, datetime] | None = None,
) -> list[dict]:
    """Draw ``count`` questions from the pool, each snapshotted.

    Questions the learner never saw come first, then those she saw least
    recently (``last_seen``: question id → when); ties are broken at random.
    The drawn questions are then shown in random order."""
    last_seen = last_seen or {}
    pool = list(questions)
    rng.shuffle(pool)  # sorting is stable: equal keys keep this random order

    def seen_key(item: tuple[str, str, dict]) -> tuple[int, float]:
        seen = last_seen.get(item[0])
        return (0, 0.0) if seen is None else (1, seen.timestamp())

    chosen = sorted(pool, key=seen_key)[: max(0, count)]
    rng.shuffle(chosen)
    return [snapshot_question(bid, btype, value, rng) for bid, btype, value in chosen]


def public_questions(snapshot: list[dict]) -> list[dict]:
    """What the learner may see before submitting: no keys, no explanations."""
    return [
        {
            "id": q["id"],
            "type": q["type"],
            "text": q["text"],
            "options": [{"key": o["key"], "text": o["text"]} for o in q["options"]],
        }
        for q in snapshot
    ]


def answers_clean(snapshot: list[dict], data) -> dict[str, list[str] | str]:
    """Turn POST data into answers; refuse anything the attempt did not ask.

    ``data`` is a QueryDict (or a dict of lists). Fields are ``q-<question id>``.
    """
    by_id = {q["id"]: q for q in snapshot}
    answers: dict[str, list[str] | str] = {}
    for name in data:
        if not name.startswith("q-"):
            continue
        question = by_id.get(name[2:])
        if question is None:
            raise ValidationError(
                _("This answer does not belong to your quiz."), code="unknown_question"
            )
        values = data.getlist(name) if hasattr(data, "getlist") else data[name]
        if isinstance(values, str):
            values = [values]
        values = [v for v in values if v != ""]
        if question["type"] == "numeric":
            if len(values) > 1:
                raise ValidationError(_("Give one number."), code="many_numbers")
            if values:
                answers[question["id"]] = values[0][:30]
            continue
        keys = {o["key"] for o in question["options"]}
        if any(v not in keys for v in values):
            raise ValidationError(
                _("This answer does not belong to your quiz."), code="unknown_option"
            )
        if question["type"] != "multiple" and len(values) > 1:
            raise ValidationError(_("Choose only one answer."), code="many_options")
        if values:
            answers[question["id"]] = sorted(set(values))
    return answers


def question_grade(question: dict, answer) -> bool:
    if answer is None:
        return False
    if question["type"] == "numeric":
        number = answer_parse(answer)
        if number is None:
            return False
        expected = Decimal(question["expected"])
        return abs(number - expected) <= Decimal(question["tolerance"])
    return sorted(answer) == sorted(question["correct"])


def attempt_grade(snapshot: list[dict], answers: dict) -> tuple[int, dict[str, bool]]:
    """Percent score (0–100) and per-question results."""
    results = {q["id"]: question_grade(q, answers.get(q["id"])) for q in snapshot}
    if not snapshot:
        return 0, results
    correct = sum(1 for ok in results.values() if ok)
    return round(100 * correct / len(snapshot)), results


def feedback_questions(
    snapshot: list[dict], results: dict, *, passed: bool
) -> list[dict]:
    """What the learner sees after sending: each question and whether her
    answer was right. Never the answer key or the expected number. After a
    pass, the instructor's explanation of the questions she got wrong; after a
    failed attempt no explanation (it may name the answer of a question other
    attempts draw again), but the lesson that teaches it."""
    feedback = []
    for number, q in enumerate(snapshot, start=1):
        ok = bool(results.get(q["id"]))
        feedback.append(
            {
                "number": number,
                "id": q["id"],
                "type": q["type"],
                "text": q["text"],
                "ok": ok,
                "lesson": q.get("lesson"),
                "explanation": q["explanation"] if passed and not ok else "",
            }
        )
    return feedback


def answers_record(
    snapshot: list[dict], answers: dict, results: dict, *, passed: bool
) -> list[dict]:
    """The learner's own answers, for her data export: the feedback she saw
    plus what she chose or typed. No keys, no expected numbers."""
    record = []
    for item, q in zip(
        feedback_questions(snapshot, results, passed=passed), snapshot, strict=True
    ):
        answer = answers.get(q["id"])
        if q["type"] == "numeric":
            given = answer or ""
        else:
            chosen = set(answer or [])
            given = [o["text"] for o in q["options"] if o["key"] in chosen]
        record.append(
            {
                "question": item["text"],
                "your_answer": given,
                "correct": item["ok"],
                "explanation": item["explanation"],
            }
        )
    return record


# ---------------------------------------------------------------------------
# Attempt policy: a growing wait after failed attempts, a daily limit.
# ---------------------------------------------------------------------------


def cooldown_steps_parse(text: str) -> list[int]:
    """``"10, 60, 1440"`` → ``[10, 60, 1440]``: minutes to wait after the
    first, second, third... failed attempt in a row (the last one repeats)."""
    parts = [part for part in re.split(r"[\s,;]+", (text or "").strip()) if part]
    if not parts:
        raise ValidationError(
            _("Write at least one wait in minutes, for example 10, 60, 1440."),
            code="cooldown_empty",
        )
    if len(parts) > MAX_COOLDOWN_STEPS:
        raise ValidationError(
            _("Write at most %(count)d waits.") % {"count": MAX_COOLDOWN_STEPS},
            code="cooldown_many",
        )
    if not all(part.isdigit() and len(part) <= 6 for part in parts):
        raise ValidationError(
            _("Write whole minutes separated by commas, for example 10, 60, 1440."),
            code="cooldown_format",
        )
    steps = [int(part) for part in parts]
    if any(step > MAX_COOLDOWN_MINUTES for step in steps):
        raise ValidationError(
            _("A wait can be at most %(days)d days (%(minutes)d minutes).")
            % {"days": MAX_COOLDOWN_MINUTES // 1440, "minutes": MAX_COOLDOWN_MINUTES},
            code="cooldown_long",
        )
    if any(later < earlier for earlier, later in zip(steps, steps[1:], strict=False)):
        raise ValidationError(
            _("Each wait must be at least as long as the one before."),
            code="cooldown_shrinks",
        )
    return steps


@dataclass(frozen=True)
class AttemptHistory:
    """One earlier attempt, as the policy needs it."""

    started_at: datetime
    finished_at: datetime | None
    passed: bool


@dataclass(frozen=True)
class AttemptPolicy:
    """What the learner may do now. ``ready_at`` is None when she may start."""

    ready_at: datetime | None
    reason: str  # "", "cooldown" or "daily_limit"
    tries_left: int
    per_day: int
    failures_in_a_row: int


def attempt_policy(
    *,
    steps: list[int],
    per_day: int,
    history: list[AttemptHistory],
    now: datetime,
) -> AttemptPolicy:
    """The one rule for "may this learner start another attempt, and when".

    - After an attempt she waits: the first step after a pass, otherwise the
      step for the number of failed attempts in a row (1st, 2nd, 3rd...; the
      last step repeats).
    - At most ``per_day`` attempts start in any 24 hours."""
    finished = sorted(
        (item for item in history if item.finished_at is not None),
        key=lambda item: item.finished_at,
    )
    failures = 0
    for item in reversed(finished):
        if item.passed:
            break
        failures += 1
    cooldown_ready = None
    if finished and steps:
        last = finished[-1]
        wait = steps[0] if last.passed else steps[min(failures, len(steps)) - 1]
        if wait:
            cooldown_ready = last.finished_at + timedelta(minutes=wait)
    window = sorted(
        item.started_at for item in history if item.started_at > now - ATTEMPT_WINDOW
    )
    tries_left = max(0, per_day - len(window))
    window_ready = None
    if tries_left == 0 and window:
        # The attempt whose leaving the 24 hours frees one try.
        window_ready = window[len(window) - per_day] + ATTEMPT_WINDOW
    candidates = [
        (ready, reason)
        for ready, reason in (
            (window_ready, "daily_limit"),
            (cooldown_ready, "cooldown"),
        )
        if ready is not None and ready > now
    ]
    ready_at, reason = max(candidates, default=(None, ""))
    return AttemptPolicy(
        ready_at=ready_at,
        reason=reason,
        tries_left=tries_left,
        per_day=per_day,
        failures_in_a_row=failures,
    )
