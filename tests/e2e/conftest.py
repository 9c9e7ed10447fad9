"""Browser journeys on a phone screen: the live site, the phone, the checks.

The site runs once per session under ``manage.py runserver --noreload`` on
127.0.0.1 with its own SQLite file and media folder, migrated and seeded with
the demo content (``seed_demo``). Tests drive Debian's Chromium through
Playwright on a 360 x 740 touch screen and use only what a person sees.

Every key page passes ``Phone.check()``: axe-core (no serious or critical
violation), page weight (HTML, CSS, JS and fonts < 50 KB on an empty cache;
images reported apart), no request leaving 127.0.0.1, no console or page
error, and a screenshot in ``tests/e2e/artifacts/``.
"""

from __future__ import annotations

import contextlib
import gzip
import hashlib
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.contrib.staticfiles import finders

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
CHROMIUM = Path(os.environ.get("E2E_CHROMIUM", "/usr/bin/chromium"))
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
IN_CI = bool(os.environ.get("CI"))
# `make screenshots`: these key pages also go to the README (first screen only).
README_SCREENSHOTS = ROOT / "docs" / "screenshots"
README_PAGES = {
    "learner-01-home": "home.png",
    "learner-04-course": "course.png",
    "learner-05-lesson": "lesson.png",
    "buyer-02-showcase-filtered": "showcase.png",
    "buyer-03-product": "product.png",
    "staff-05-cohort-with-learner": "centre-cohort.png",
}

WEIGHT_BUDGET = 50 * 1024  # bytes of HTML, CSS, JS and fonts per page
WEIGHED_TYPES = {"document", "stylesheet", "script", "font"}
LOCAL_HOSTS = {"127.0.0.1"}
PASSWORD = "berdaya-demo-2026"  # demo mode only (seed_demo)
# Wagtail 8's editor autosaves in the background; an autosave that races the
# editor's own "submit for review" is refused with a 400 (the page is in
# moderation by then) and Chromium logs it. The submit itself succeeded (the
# journey checks it), so this one message, in the admin editor only, is not
# counted as an error. JavaScript exceptions are never tolerated.
TOLERATED_ADMIN_AUTOSAVE = re.compile(r"/admin/pages/\d+/edit/$")

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--headless",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
# A cheap Android phone with an old Chrome (what our learners carry).
PHONE_USER_AGENT = (
    "Mozilla/5.0 (Linux; Android 10; SM-A105F) AppleWebKit/537.36 "
    "(KHTML, like Gecko) Chrome/112.0.0.0 Mobile Safari/537.36"
)
PHONE = {
    "viewport": {"width": 360, "height": 740},
    "screen": {"width": 360, "height": 740},
    "device_scale_factor": 1,
    "is_mobile": True,
    "has_touch": True,
    "user_agent": PHONE_USER_AGENT,
    "locale": "id-ID",
    "timezone_id": "Asia/Jakarta",
    # Our CSP allows only our own scripts; axe-core is injected by the test.
    "bypass_csp": True,
}


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/e2e/" in str(item.fspath).replace(os.sep, "/"):
            item.add_marker(pytest.mark.e2e)


def _missing(reason: str) -> None:
    """Skip on a laptop without the tools; fail in CI, where they must exist."""
    if IN_CI:
        pytest.fail(f"{reason} (CI=1: the e2e journeys must run)", pytrace=False)
    pytest.skip(reason)


# --- The live site ------------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _seed_inputs_digest() -> str:
    """What the seeded database depends on: migrations and demo content."""
    digest = hashlib.sha256()
    patterns = ["*/migrations/*.py", "*/demo*.py", "pyproject.toml"]
    for pattern in patterns:
        for path in sorted(ROOT.glob(pattern)):
            if ".venv" in path.parts:
                continue
            digest.update(str(path.relative_to(ROOT)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


@dataclass
class Site:
    url: str
    folder: Path
    env: dict
    log: Path
    process: subprocess.Popen | None = None

    @property
    def media_root(self) -> Path:
        return self.folder / "media"

    def manage(self, *args: str) -> str:
        result = subprocess.run(
            [sys.executable, "manage.py", *args],
            cwd=ROOT,
            env=self.env,
            capture_output=True,
            text=True,
            timeout=300,
        )
        if result.returncode:
            raise RuntimeError(f"manage.py {' '.join(args)}:\n{result.stderr}")
        return result.stdout

    def query(self, code: str):
        """The test's oracle: run Python against the site's database and
        return what it prints as JSON (never the user's path)."""
        out = self.manage("shell", "--no-imports", "-c", code)
        return json.loads(out.strip().splitlines()[-1])

    def log_text(self) -> str:
        return self.log.read_text(errors="replace")

    def sms_code(self, *, after: int = 0) -> str:
        """The last sign-in code "sent by SMS" (the dev sender prints it)."""
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            messages = re.findall(r"\[SMS to [^\]]+\] (.+)", self.log_text()[after:])
            if messages:
                return re.search(r":\s*([A-Z0-9-]{4,})", messages[-1]).group(1)
            time.sleep(0.2)
        raise AssertionError("no SMS was sent")


def _site_env(folder: Path, port: int) -> dict:
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "DATABASE_URL", "REDIS_URL", "EMAIL_URL"))
    }
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "berdaya.settings.dev",
            "DJANGO_DEBUG": "true",  # runserver then serves renditions and static
            "BERDAYA_DEMO_MODE": "true",
            "DATABASE_URL": f"sqlite:///{folder / 'e2e.sqlite3'}",
            "MEDIA_ROOT": str(folder / "media"),
            "PRIVATE_MEDIA_ROOT": str(folder / "private-media"),
            "SITE_BASE_URL": f"http://127.0.0.1:{port}",
            "EMAIL_URL": "consolemail://",
            "PYTHONUNBUFFERED": "1",
        }
    )
    return env


def _seed(site: Site) -> None:
    """Migrate and seed, or copy a seeded database made earlier from the
    same migrations and demo content (never in CI: CI starts from scratch)."""
    cache = Path(tempfile.gettempdir()) / f"berdaya-e2e-seed-{_seed_inputs_digest()}"
    if not IN_CI and (cache / "done").exists():
        shutil.copy(cache / "e2e.sqlite3", site.folder / "e2e.sqlite3")
        shutil.copytree(cache / "media", site.media_root, dirs_exist_ok=True)
        return
    site.manage("migrate", "--noinput")
    site.manage("seed_demo")
    if not IN_CI:
        shutil.rmtree(cache, ignore_errors=True)
        cache.mkdir(parents=True)
        site.manage(
            "shell",
            "-c",
            "from django.db import connection; "
            "connection.cursor().execute('PRAGMA wal_checkpoint(TRUNCATE)')",
        )
        shutil.copy(site.folder / "e2e.sqlite3", cache / "e2e.sqlite3")
        shutil.copytree(site.media_root, cache / "media")
        (cache / "done").touch()


@pytest.fixture(scope="session")
def site(tmp_path_factory) -> Site:
    folder = tmp_path_factory.mktemp("e2e-site")
    port = _free_port()
    site = Site(
        url=f"http://127.0.0.1:{port}",
        folder=folder,
        env=_site_env(folder, port),
        log=folder / "server.log",
    )
    (folder / "media").mkdir(exist_ok=True)
    _seed(site)
    with site.log.open("w") as log:
        site.process = subprocess.Popen(
            [
                sys.executable,
                "manage.py",
                "runserver",
                "--noreload",
                f"127.0.0.1:{port}",
            ],
            cwd=ROOT,
            env=site.env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    try:
        _wait_until_up(site)
        yield site
    finally:
        site.process.terminate()
        with contextlib.suppress(subprocess.TimeoutExpired):
            site.process.wait(timeout=10)
        if site.process.poll() is None:
            site.process.kill()
        ARTIFACTS.mkdir(exist_ok=True)
        shutil.copy(site.log, ARTIFACTS / "server.log")


def _wait_until_up(site: Site) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if site.process.poll() is not None:
            raise RuntimeError(f"the site did not start:\n{site.log_text()}")
        with (
            contextlib.suppress(OSError),
            urllib.request.urlopen(f"{site.url}/healthz", timeout=2),
        ):
            return
        time.sleep(0.3)
    raise RuntimeError(f"the site did not answer in 60 s:\n{site.log_text()}")


# --- The browser ------------------------------------------------------------------


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        _missing(
            f"Chromium not found at {CHROMIUM}. Install it with "
            "`sudo apt-get install -y chromium` (Debian/Ubuntu), or point "
            "E2E_CHROMIUM at a Chromium binary."
        )
    if not AXE.exists():
        _missing("axe-core is missing: run `npm install --no-save axe-core@4`.")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _missing("Python Playwright is missing: `pip install -e '.[dev]'`.")
    # Playwright gives every launch a fresh, empty profile (user-data-dir).
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


@dataclass
class PageWeight:
    name: str
    url: str
    weighed: int
    images: int
    by_type: dict[str, int] = field(default_factory=dict)


WEIGHTS: list[PageWeight] = []
AXE_NOTES: list[dict] = []  # moderate and minor findings: reported, not failed


class Phone:
    """One person's phone: a fresh browser context (empty cache, no cookies)
    that records every request, console error and page error."""

    def __init__(self, browser, site: Site, who: str, *, timeout_ms: int = 15000):
        self.site = site
        self.who = who
        self.context = browser.new_context(base_url=site.url, **PHONE)
        self.context.set_default_timeout(timeout_ms)
        self.page = self.context.new_page()
        # An empty cache on every load: what a first visit costs.
        cdp = self.context.new_cdp_session(self.page)
        cdp.send("Network.enable")
        cdp.send("Network.setCacheDisabled", {"cacheDisabled": True})
        self.requests = []  # since the last main-frame navigation
        self.foreign: list[str] = []
        self.errors: list[str] = []
        self.page.on("request", self._on_request)
        self.page.on("console", self._on_console)
        self.page.on("pageerror", lambda error: self.errors.append(f"page: {error}"))
        # Downloads (PDFs) and new tabs are pages too: watch their requests.
        self.context.on("request", self._check_host)

    def _on_request(self, request) -> None:
        if request.is_navigation_request() and request.frame == self.page.main_frame:
            self.requests = []
        self.requests.append(request)

    def _check_host(self, request) -> None:
        parts = urlsplit(request.url)
        if parts.scheme in {"http", "https", "ws", "wss"} and (
            parts.hostname not in LOCAL_HOSTS
        ):
            self.foreign.append(request.url)

    def _on_console(self, message) -> None:
        if message.type != "error":
            return
        url = (message.location or {}).get("url", "")
        if TOLERATED_ADMIN_AUTOSAVE.search(url) and "status of 400" in message.text:
            return
        self.errors.append(f"console: {message.text} ({message.location})")

    def open(self, path: str = "/"):
        """The entry URL only; after it, people follow links and buttons."""
        self.page.goto(path)
        return self.page

    def check(
        self, name: str, *, axe: bool = True, weight: bool = True, full_page=True
    ) -> PageWeight | None:
        """The checks every key page passes; saves a 360 px screenshot."""
        page = self.page
        page.wait_for_load_state("load")
        with contextlib.suppress(Exception):
            page.wait_for_load_state("networkidle", timeout=5000)
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=full_page)
        if os.environ.get("E2E_README_SCREENSHOTS") and name in README_PAGES:
            README_SCREENSHOTS.mkdir(parents=True, exist_ok=True)
            page.evaluate("window.scrollTo(0, 0)")
            page.screenshot(path=str(README_SCREENSHOTS / README_PAGES[name]))
        assert not self.foreign, f"{name}: requests left 127.0.0.1: {self.foreign}"
        assert not self.errors, f"{name}: JavaScript errors: {self.errors}"
        result = None
        if weight:
            result = self._weigh(name)
            assert result.weighed < WEIGHT_BUDGET, (
                f"{name}: {result.weighed} bytes of HTML/CSS/JS/fonts "
                f"(budget {WEIGHT_BUDGET}): {result.by_type}"
            )
        if axe:
            violations = axe_violations(page)
            assert not violations, f"{name}: accessibility violations:\n" + (
                "\n".join(violations)
            )
        return result

    def _weigh(self, name: str) -> PageWeight:
        by_type: dict[str, int] = {}
        for request in self.requests:
            response = request.response()
            if response is None:
                continue
            with contextlib.suppress(Exception):
                response.finished()
            sizes = request.sizes()
            size = sizes["responseBodySize"] + sizes["responseHeadersSize"]
            if response.from_service_worker:
                # Answered by the service worker (docs/offline.md): Chromium
                # reports no transfer for it, so weigh what the page received.
                with contextlib.suppress(Exception):
                    size = len(response.body()) + sum(
                        len(name) + len(value) + 4
                        for name, value in response.headers.items()
                    )
            if request.resource_type in (
                "stylesheet",
                "script",
            ) and not response.headers.get("content-encoding"):
                # runserver sends static files as they are; production's
                # whitenoise sends them pre-compressed (brotli or gzip): weigh
                # them as production serves them (gzip, the larger of the two).
                static = urlsplit(request.url).path.removeprefix("/static/")
                found = finders.find(static)
                if found:
                    with open(found, "rb") as f:
                        size = (
                            len(gzip.compress(f.read(), compresslevel=9))
                            + sizes["responseHeadersSize"]
                        )
            by_type[request.resource_type] = by_type.get(request.resource_type, 0) + (
                size
            )
        weighed = sum(by_type.get(kind, 0) for kind in WEIGHED_TYPES)
        weight = PageWeight(
            name=name,
            url=urlsplit(self.page.url).path,
            weighed=weighed,
            images=by_type.get("image", 0),
            by_type=by_type,
        )
        WEIGHTS.append(weight)
        return weight

    def assert_clean(self) -> None:
        assert not self.foreign, f"requests left 127.0.0.1: {self.foreign}"
        assert not self.errors, f"JavaScript errors: {self.errors}"

    def close(self) -> None:
        self.context.close()


def axe_violations(page) -> list[str]:
    """Serious and critical axe-core violations, one line each."""
    page.add_script_tag(path=str(AXE))
    result = page.evaluate(
        """async () => await axe.run(document, {
            resultTypes: ["violations"],
            runOnly: {type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a",
                      "wcag21aa", "best-practice"]},
        })"""
    )
    lines = []
    for violation in result["violations"]:
        if violation["impact"] not in {"serious", "critical"}:
            AXE_NOTES.append(
                {
                    "url": page.url,
                    "impact": violation["impact"],
                    "id": violation["id"],
                    "help": violation["help"],
                }
            )
            continue
        targets = [" ".join(node["target"]) for node in violation["nodes"][:5]]
        lines.append(
            f"  [{violation['impact']}] {violation['id']}: {violation['help']} "
            f"-> {targets}"
        )
    return lines


@pytest.fixture
def phones(browser, site):
    """``phones("learner")`` gives a new phone; each is checked and closed."""
    made: list[Phone] = []

    def make(who: str) -> Phone:
        phone = Phone(browser, site, who)
        made.append(phone)
        return phone

    yield make
    try:
        for phone in made:
            phone.assert_clean()
    finally:
        for phone in made:
            phone.close()


SIGN_IN_FIELD = re.compile(
    r"^(Nomor HP, email, atau nama pengguna|Phone number, e-mail or username)"
)


def sign_in(phone: Phone, username: str, password: str = PASSWORD) -> None:
    """Sign in on the public site the way a person does: menu → form."""
    page = phone.page
    page.get_by_role("navigation", name="Menu utama").get_by_role(
        "link", name="Masuk"
    ).click()
    # "Nomor HP, email, atau nama pengguna" (English until the .po has it).
    page.get_by_role("textbox", name=SIGN_IN_FIELD).fill(username)
    page.get_by_role("textbox", name="Kata sandi").fill(password)
    page.get_by_role("main").get_by_role("button", name="Masuk", exact=True).click()


def sign_in_admin(phone: Phone, username: str, password: str = PASSWORD) -> None:
    """Sign in to the Wagtail admin (its own form, in Indonesian)."""
    page = phone.page
    page.get_by_role("textbox", name="Nama pengguna").fill(username)
    page.get_by_role("textbox", name="Password").fill(password)
    page.get_by_role("button", name="Masuk").click()
    page.wait_for_url(re.compile(r"/admin/$"))


def pytest_terminal_summary(terminalreporter):
    if not WEIGHTS:
        return
    terminalreporter.section("page weight (first load, empty cache)")
    terminalreporter.write_line(
        f"{'page':<34} {'HTML/CSS/JS/fonts':>18} {'images':>10}  path"
    )
    for weight in WEIGHTS:
        terminalreporter.write_line(
            f"{weight.name:<34} {weight.weighed / 1024:>15.1f} KB "
            f"{weight.images / 1024:>7.1f} KB  {weight.url}"
        )
    for note in AXE_NOTES:
        terminalreporter.write_line(
            f"axe ({note['impact']}): {note['id']} on {urlsplit(note['url']).path}"
        )
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / "axe-minor.json").write_text(json.dumps(AXE_NOTES, indent=2))
    (ARTIFACTS / "page-weights.json").write_text(
        json.dumps([weight.__dict__ for weight in WEIGHTS], indent=2)
    )
