"""Check requirements.lock against pyproject.toml (and the installed packages).

    python scripts/check_lock.py requirements.lock [--installed]

Fails when a dependency of pyproject.toml has no pin in the lock, or a pin
outside its range (pyproject changed without `make lock`). With --installed,
also when an installed package differs from its pin: CI installs the lock
first, then the dev tools, and this proves the second step upgraded nothing.
"""

from __future__ import annotations

import re
import sys
import tomllib
from importlib import metadata
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s\\;]+)", re.MULTILINE)


def pins(lock: Path) -> dict[str, str]:
    return {
        canonicalize_name(name): version
        for name, version in PIN.findall(lock.read_text(encoding="utf-8"))
    }


def main(arguments: list[str]) -> int:
    lock = Path(arguments[0]) if arguments else Path("requirements.lock")
    locked = pins(lock)
    project = tomllib.loads(Path("pyproject.toml").read_text(encoding="utf-8"))
    problems = []
    for line in project["project"]["dependencies"]:
        requirement = Requirement(line)
        name = canonicalize_name(requirement.name)
        if name not in locked:
            problems.append(f"{requirement.name}: not in {lock} (run `make lock`)")
        elif not requirement.specifier.contains(locked[name], prereleases=True):
            problems.append(
                f"{requirement.name}: {lock} pins {locked[name]}, outside "
                f"{requirement.specifier} (run `make lock`)"
            )
    if "--installed" in arguments:
        for name, version in sorted(locked.items()):
            try:
                installed = metadata.version(name)
            except metadata.PackageNotFoundError:
                problems.append(f"{name}: locked {version}, not installed")
                continue
            if installed != version:
                problems.append(f"{name}: locked {version}, installed {installed}")
    for problem in problems:
        print(problem)
    if not problems:
        print(f"{lock}: {len(locked)} pins, in step with pyproject.toml")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
