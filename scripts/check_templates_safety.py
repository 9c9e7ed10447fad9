"""Fail on a way around escaping or CSRF that nobody explained (run by `make lint`).

Django escapes everything a template prints and checks a CSRF token on every
POST. These switch that off: ``|safe``, ``|safeseq``, ``{% autoescape off %}``,
``mark_safe``, ``SafeString``, ``html_safe``, ``format_html`` (safe only while its
format string is ours) and ``csrf_exempt``. Each occurrence in an HTML template or
in Python outside ``tests/`` needs a comment on the same line or the line above
that says why it is safe::

    {# safe: body_html is sanitised by nh3 in home.richtext #}
    # safe: the format string is a constant; every argument is escaped

Plain-text templates (``.txt``, e-mails) are not checked: HTML escaping means
nothing there. The script also checks that ruff's security rules (``S``, the
bandit checks) are selected and switched off for tests only.

Usage: ``python scripts/check_templates_safety.py [project root]``.
"""

from __future__ import annotations

import os
import re
import sys
import tomllib
from pathlib import Path

RISKY = {
    "|safe": re.compile(r"\|\s*safe(seq)?\b"),
    "autoescape off": re.compile(r"{%-?\s*autoescape\s+off\b"),
    "mark_safe": re.compile(r"\bmark_safe\b"),
    "SafeString": re.compile(r"\bSafe(String|Text|Data)\b"),
    "html_safe": re.compile(r"\bhtml_safe\b"),
    "format_html": re.compile(r"\bformat_html(_join)?\b"),
    "csrf_exempt": re.compile(r"\bcsrf_exempt\b"),
}
EXPLAINED = re.compile(r"(#|{#)\s*safe:\s*\w")
SKIPPED_DIRS = {
    ".git",
    ".venv",
    "node_modules",
    "tests",
    "staticfiles",
    "media",
    "locale",
    "__pycache__",
}
SUFFIXES = {".html", ".py"}
THIS_FILE = Path(__file__).name


def _files(root: Path):
    for folder, dirs, names in os.walk(root):
        dirs[:] = sorted(d for d in dirs if d not in SKIPPED_DIRS)
        for name in sorted(names):
            path = Path(folder) / name
            if path.suffix in SUFFIXES and name != THIS_FILE:
                yield path


def unexplained(root: Path) -> list[str]:
    """``path:line: what`` for every risky construct without a ``safe:`` note."""
    problems = []
    for path in _files(root):
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
        for number, line in enumerate(lines, start=1):
            previous = lines[number - 2] if number > 1 else ""
            for name, pattern in RISKY.items():
                if not pattern.search(line):
                    continue
                if EXPLAINED.search(line) or EXPLAINED.search(previous):
                    continue
                problems.append(
                    f"{path.relative_to(root)}:{number}: {name} without a "
                    "'safe: <why>' comment on this line or the line above"
                )
    return problems


# Tests may switch S rules off: they run programs and trust their own fixtures.
# deploy/smoke.py is the smoke test of the deploy recipe (run by .ci/run).
TEST_PATTERNS = ("tests/", "deploy/smoke.py")


def ruff_security_problems(root: Path) -> list[str]:
    """Ruff's ``S`` rules must be on, and off only for tests."""
    pyproject = root / "pyproject.toml"
    if not pyproject.exists():
        return []
    lint = tomllib.loads(pyproject.read_text(encoding="utf-8"))
    lint = lint.get("tool", {}).get("ruff", {}).get("lint", {})
    problems = []
    if "S" not in lint.get("select", []) + lint.get("extend-select", []):
        problems.append("pyproject.toml: ruff does not select the S (bandit) rules")
    ignored = set(lint.get("ignore", [])) | set(lint.get("extend-ignore", []))
    if any(rule.startswith("S") for rule in ignored):
        problems.append("pyproject.toml: ruff ignores S rules everywhere")
    for pattern, rules in lint.get("per-file-ignores", {}).items():
        is_test = pattern.startswith(TEST_PATTERNS)
        if not is_test and any(r.startswith("S") for r in rules):
            problems.append(f"pyproject.toml: S rules are off for {pattern}")
    return problems


def main(argv: list[str]) -> int:
    root = Path(argv[1]) if len(argv) > 1 else Path(__file__).resolve().parent.parent
    problems = unexplained(root) + ruff_security_problems(root)
    for problem in problems:
        print(problem)
    if problems:
        print(f"{len(problems)} unexplained escape or CSRF exemption(s).")
        return 1
    print("Templates and code: no unexplained escape or CSRF exemption.")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
