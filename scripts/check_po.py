"""Fail when a .po file has an untranslated or fuzzy entry, or its .mo is stale.

Checks each directory given (default: ``locale`` and the hand-kept
``locale_overrides``).
"""

import subprocess
import sys
from pathlib import Path


def main(root: str) -> int:
    problems = []
    for po in sorted(Path(root).glob("*/LC_MESSAGES/*.po")):
        text = po.read_text(encoding="utf-8")
        if "#, fuzzy" in text.replace('#, fuzzy\nmsgid ""', ""):
            problems.append(f"{po}: has fuzzy entries")
        result = subprocess.run(  # noqa: S603
            ["msgfmt", "--check", "--statistics", "-o", "/dev/null", str(po)],  # noqa: S607
            capture_output=True,
            text=True,
            check=False,
        )
        stats = result.stderr.strip()
        if result.returncode != 0:
            problems.append(f"{po}: msgfmt failed: {stats}")
        elif ("untranslated" in stats or "fuzzy" in stats) and (
            po.parent.parent.name != "en"
        ):
            problems.append(f"{po}: {stats}")
        mo = po.with_suffix(".mo")
        fresh = subprocess.run(  # noqa: S603
            ["msgfmt", "--check-format", "-o", "-", str(po)],  # noqa: S607
            capture_output=True,
            check=False,
        ).stdout
        if not mo.exists() or mo.read_bytes() != fresh:
            problems.append(
                f"{mo}: missing or not compiled from its .po; run `make messages`"
            )
        print(f"{po}: {stats}")
    for problem in problems:
        print(f"ERROR {problem}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    roots = sys.argv[1:] or ["locale", "locale_overrides"]
    sys.exit(max(main(root) for root in roots))
