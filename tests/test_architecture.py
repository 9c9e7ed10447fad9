"""The boundaries between apps (docs/architecture.md) hold."""

import ast
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
APPS = [
    "home",
    "accounts",
    "business",
    "notices",
    "courses",
    "marketplace",
    "centres",
    "berdaya",
    "bench",
]


def _modules():
    for app in APPS:
        for path in sorted((ROOT / app).rglob("*.py")):
            if "migrations" not in path.parts:
                yield path


def test_import_contracts_hold():
    """lint-imports: no import goes up a layer; page models never import views."""
    lint_imports = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run(
        [str(lint_imports), "--no-cache"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Apps depend one way" in result.stdout
    assert "Page and data models never import views KEPT" in result.stdout


def _function_imports(tree: ast.AST):
    """Imports inside functions, except in ``AppConfig.ready()`` (Django's place
    for wiring once the models are loaded)."""
    found = []

    def visit(node, in_function, function_name):
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef):
                visit(child, True, child.name)
            elif isinstance(child, ast.Import | ast.ImportFrom):
                if in_function and function_name != "ready":
                    found.append(child.lineno)
            else:
                visit(child, in_function, function_name)

    visit(tree, False, None)
    return found


def test_no_import_inside_a_function():
    offenders = []
    for path in _modules():
        tree = ast.parse(path.read_text(), filename=str(path))
        offenders += [
            f"{path.relative_to(ROOT)}:{line}" for line in _function_imports(tree)
        ]
    assert offenders == []


def test_function_import_detector_catches_one():
    tree = ast.parse("def f():\n    from courses import models\n")
    assert _function_imports(tree) == [2]
    ready = ast.parse("class C:\n    def ready(self):\n        from . import views\n")
    assert _function_imports(ready) == []


@pytest.mark.parametrize("needle", ["apps.get_model(", "marketplace_bridge"])
def test_no_model_lookup_by_name_outside_migrations(needle):
    offenders = [
        str(path.relative_to(ROOT)) for path in _modules() if needle in path.read_text()
    ]
    assert offenders == []


def test_only_home_client_ip_reads_the_connections_address():
    """Every limiter counts the client home.client_ip names (trusted proxies);
    reading REMOTE_ADDR directly counts nginx, one address for everyone."""
    offenders = [
        str(path.relative_to(ROOT))
        for path in _modules()
        if "REMOTE_ADDR" in path.read_text()
        and path.relative_to(ROOT).as_posix() != "home/client_ip.py"
    ]
    assert offenders == []


def test_no_issue_numbers_in_code_comments():
    """Comments explain the code, not the tracker: "issue 17 item 11" means
    nothing to the next reader (docs/ and the commit log keep that history)."""
    mention = re.compile(r"\bissue\s*#?\d+", re.I)
    sources = [*_modules(), *sorted((ROOT / "templates").rglob("*.html"))]
    sources += sorted((ROOT / "static" / "js").rglob("*.js"))
    offenders = [
        str(path.relative_to(ROOT))
        for path in sources
        if mention.search(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []
