"""`make lint` fails on an unexplained way around escaping or CSRF
(scripts/check_templates_safety.py), and ruff's security rules stay on."""

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "check_templates_safety.py"
PYPROJECT_OK = """
[tool.ruff.lint]
select = ["E", "F", "S"]

[tool.ruff.lint.per-file-ignores]
"tests/**" = ["S"]
"""


def _check(root: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, str(SCRIPT), str(root)],
        capture_output=True,
        text=True,
        check=False,
    )


@pytest.fixture
def project(tmp_path):
    (tmp_path / "pyproject.toml").write_text(PYPROJECT_OK)
    (tmp_path / "templates").mkdir()
    (tmp_path / "shop").mkdir()
    return tmp_path


def test_the_project_itself_passes():
    result = _check(ROOT)
    assert result.returncode == 0, result.stdout
    make_lint = (ROOT / "Makefile").read_text()
    assert "scripts/check_templates_safety.py" in make_lint


@pytest.mark.parametrize(
    ("path", "text", "what"),
    [
        ("templates/card.html", "<p>{{ brand.story|safe }}</p>\n", "|safe"),
        ("templates/list.html", "{{ items|safeseq|join:', ' }}\n", "|safe"),
        (
            "templates/raw.html",
            "{% autoescape off %}{{ x }}{% endautoescape %}\n",
            "autoescape off",
        ),
        ("shop/views.py", "html = mark_safe(user_text)\n", "mark_safe"),
        ("shop/views.py", "return format_html(user_text)\n", "format_html"),
        (
            "shop/views.py",
            "@csrf_exempt\ndef hook(request):\n    pass\n",
            "csrf_exempt",
        ),
        ("shop/views.py", "value = SafeString(text)\n", "SafeString"),
    ],
)
def test_a_planted_occurrence_fails(project, path, text, what):
    (project / path).write_text(text)
    result = _check(project)
    assert result.returncode == 1
    assert f"{path}:" in result.stdout and what in result.stdout


@pytest.mark.parametrize(
    ("path", "text"),
    [
        (
            "templates/card.html",
            "{# safe: story_html is sanitised by nh3 #}\n{{ story_html|safe }}\n",
        ),
        ("shop/views.py", "html = mark_safe(ICON)  # safe: a constant of ours\n"),
        (
            "shop/views.py",
            "# safe: the format string is a constant; arguments are escaped\n"
            "return format_html('<b>{}</b>', name)\n",
        ),
        # Plain-text e-mails are never HTML.
        ("templates/mail.txt", "{% autoescape off %}{{ name }}{% endautoescape %}\n"),
    ],
)
def test_an_explained_occurrence_passes(project, path, text):
    (project / path).write_text(text)
    result = _check(project)
    assert result.returncode == 0, result.stdout


def test_an_empty_explanation_does_not_count(project):
    (project / "templates" / "card.html").write_text("{{ x|safe }} {# safe: #}\n")
    assert _check(project).returncode == 1


def test_turning_off_ruffs_security_rules_fails(project):
    (project / "pyproject.toml").write_text(
        PYPROJECT_OK + '"shop/*" = ["S101", "S308"]\n'
    )
    result = _check(project)
    assert result.returncode == 1
    assert "S rules are off for shop/*" in result.stdout
    (project / "pyproject.toml").write_text('[tool.ruff.lint]\nselect = ["E"]\n')
    assert "does not select the S" in _check(project).stdout
