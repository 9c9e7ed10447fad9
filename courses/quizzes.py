"""Quiz logic without the database: safe formulas, per-attempt values, grading.

An attempt is a *snapshot*: when a learner starts, the questions are drawn from
the pool, options shuffled, numeric values generated and the expected answers
computed. The snapshot lives on the ``QuizAttempt`` row (server side); the
learner only ever sees :func:`public_questions`, never the keys.
"""

from __future__ import annotations

import ast
import math
import random
import re
import secrets
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

MAX_FORMULA_LENGTH = 200
MAX_DEPTH = 30
MAX_VALUE = Decimal("1e15")
VARIABLE_NAME = re.compile(r"^[a-z][a-z0-9_]{0,15}$")
PLACEHOLDER = re.compile(r"\{([a-z][a-z0-9_]{0,15})\}")
QUESTION_TYPES = ("single", "multiple", "truefalse", "numeric")


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


def _key() -> str:
    return secrets.token_urlsafe(6)


def snapshot_question(block_id: str, block_type: str, value: dict, rng) -> dict:
    """One question as this attempt shows and grades it."""
    question = {
        "id": block_id,
        "type": block_type,
        "text": str(value.get("text", "")),
        "explanation": str(value.get("explanation") or ""),
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
    questions: list[tuple[str, str, dict]], *, count: int, rng: random.Random
) -> list[dict]:
    """Draw ``count`` questions from the pool in random order, each snapshotted."""
    pool = list(questions)
    chosen = rng.sample(pool, min(count, len(pool)))
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


def review_questions(snapshot: list[dict], answers: dict, results: dict) -> list[dict]:
    """After submitting: each question with the learner's answer, the right
    answer and the explanation."""
    review = []
    for q in snapshot:
        answer = answers.get(q["id"])
        item = {
            "id": q["id"],
            "type": q["type"],
            "text": q["text"],
            "explanation": q["explanation"],
            "ok": bool(results.get(q["id"])),
            "options": [],
            "answer": "",
            "expected": "",
        }
        if q["type"] == "numeric":
            item["answer"] = answer or ""
            item["expected"] = number_display(
                Decimal(q["expected"]).quantize(Decimal("0.01")).normalize()
            )
        else:
            chosen = set(answer or [])
            item["options"] = [
                {
                    "text": o["text"],
                    "chosen": o["key"] in chosen,
                    "correct": o["key"] in q["correct"],
                }
                for o in q["options"]
            ]
        review.append(item)
    return review
