"""The bench: key pages against a plain Wagtail page, in one run.

``make bench`` (``manage.py seed_bench`` then ``manage.py run_bench``, both
with ``DJANGO_SETTINGS_MODULE=bench.settings``) measures each key page twice:

1. in-process, with Django's test client: database queries of a warm request
   (``CaptureQueriesContext``) and the HTML size;
2. over HTTP against gunicorn (``deploy/gunicorn.conf.py``, 2 workers):
   bytes on the wire (``Accept-Encoding: br, gzip``), requests per second at
   ``--connections`` keep-alive connections (threads + ``http.client``) and
   the p50/p99 latency, in alternating rounds with the reference page (a
   StandardPage with a 10 KB body) so that a busy machine slows both alike.

Two gunicorns run side by side: the site as deployed, and the same site with
the server's page cache off (``BERDAYA_PAGE_CACHE_SECONDS=0``). The reference
page is always measured on the second: a fresh Wagtail project keeps no
pages, so it is the cost of building a page. Anonymous key pages are measured
on both: "req/s" is what visitors get (most served whole from the cache),
"built" what building the page costs (what a cache miss, a change or a
visitor with a session pays). Query counts are those of building the page.

It prints one Markdown table. Numbers are relative: the ratio column is what
to compare between runs and machines.
"""

from __future__ import annotations

import http.client
import os
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext, override_settings
from django.urls import reverse

from accounts.models import Cohort, User
from accounts.sessions import TOMBSTONE_SECONDS, session_cache_seconds
from bench.seed import BRAND_PREFIX, REFERENCE_SLUG, signed_in_lesson
from courses.models import Certificate, CourseIndexPage, CoursePage
from home.models import StandardPage
from marketplace.models import Brand, Product

ROOT = Path(__file__).resolve().parent.parent
REFERENCE = "reference (plain Wagtail page, 10 KB body)"


@dataclass
class Load:
    """Latencies and time of the requests to one server."""

    latencies: list[float] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def rps(self) -> float:
        return len(self.latencies) / self.seconds if self.seconds else 0.0


@dataclass
class Page:
    name: str
    path: str
    user: str | None = None  # username signed in, or anonymous
    queries: int = 0
    html_bytes: int = 0
    wire_bytes: int = 0
    encoding: str = "identity"
    status: int = 0
    latencies: list[float] = field(default_factory=list)
    seconds: float = 0.0
    built: Load = field(default_factory=lambda: Load())

    @property
    def rps(self) -> float:
        return len(self.latencies) / self.seconds if self.seconds else 0.0

    @property
    def page_cached(self) -> bool:
        """Anonymous pages other than the reference may come from the page cache."""
        return self.user is None and self.name != REFERENCE


def key_pages() -> list[Page]:
    """The pages of issue "speed at scale", found in the seeded database."""
    showcase = reverse("marketplace:showcase")
    brand = Brand.objects.filter(slug__startswith=BRAND_PREFIX).order_by("pk").first()
    product = Product.objects.filter(brand=brand).order_by("pk").first()
    lesson = signed_in_lesson()
    cohort = Cohort.objects.order_by("pk").first()
    certificate = Certificate.objects.order_by("pk").first()
    seller = brand.owner.username
    pages = [
        Page(REFERENCE, StandardPage.objects.get(slug=REFERENCE_SLUG).url),
        Page("lesson (signed in)", lesson.url, user="peserta"),
        Page("course", CoursePage.objects.live().order_by("path").first().url),
        Page("catalogue", CourseIndexPage.objects.live().first().url),
        Page("home", "/"),
        Page("showcase", showcase),
        Page("showcase search ?q=sambal", showcase + "?q=sambal"),
        Page("showcase ?page=200", showcase + "?page=200"),
        Page("brand", reverse("marketplace:brand_detail", args=[brand.slug])),
        Page(
            "product",
            reverse("marketplace:product_detail", args=[brand.slug, product.slug]),
        ),
        Page(
            "certificate check",
            reverse("certificate_verify", args=[certificate.code])
            if certificate
            else reverse("certificate_lookup"),
        ),
        Page("seller dashboard", reverse("marketplace:dashboard"), user=seller),
        Page(
            "staff cohort dashboard",
            reverse("centres:cohort_detail", args=[cohort.pk]),
            user="staf",
        ),
    ]
    return pages


def session_cookies(usernames: set[str]) -> dict[str, str]:
    """A real session per signed-in user (same database and secret key as
    gunicorn), as a Cookie header."""
    cookies = {}
    for username in usernames:
        client = Client()
        client.force_login(User.objects.get(username=username))
        # Her first request writes the session once (its refresh time,
        # accounts.sessions.SessionRefreshMiddleware), as in real use.
        client.get(reverse("accounts:profile"))
        value = client.cookies[settings.SESSION_COOKIE_NAME].value
        cookies[username] = f"{settings.SESSION_COOKIE_NAME}={value}"
    if usernames and session_cache_seconds():
        # That write leaves a tombstone on the session's cache entry for a few
        # seconds; measure sessions in steady use, kept in the cache.
        time.sleep(TOMBSTONE_SECONDS)
    return cookies


def measure_in_process(pages: list[Page], cookies: dict[str, str]) -> None:
    """Queries of a warm request that builds the page (the page cache off)
    and HTML bytes, with the test client."""
    with override_settings(BERDAYA_PAGE_CACHE_SECONDS=0):
        _measure_in_process(pages, cookies)


def _measure_in_process(pages: list[Page], cookies: dict[str, str]) -> None:
    for page in pages:
        client = Client()
        headers = {"Cookie": cookies[page.user]} if page.user else {}
        client.get(page.path, headers=headers)  # warm caches
        with CaptureQueriesContext(connection) as queries:
            response = client.get(page.path, headers=headers)
        page.status = response.status_code
        page.queries = len(queries.captured_queries)
        page.html_bytes = len(response.content)


def request(conn: http.client.HTTPConnection, page: Page, cookie: str | None):
    headers = {"Accept-Encoding": "br, gzip", "Host": "127.0.0.1"}
    if cookie:
        headers["Cookie"] = cookie
    conn.request("GET", page.path, headers=headers)
    response = conn.getresponse()
    body = response.read()
    return response.status, body, response.getheader("Content-Encoding", "identity")


def measure_wire(port: int, pages: list[Page], cookies: dict[str, str]) -> None:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    for page in pages:
        status, body, encoding = request(conn, page, cookies.get(page.user))
        if status != 200:
            raise RuntimeError(f"{page.name}: {page.path} answered {status}")
        page.wire_bytes, page.encoding = len(body), encoding
    conn.close()


def load(
    port: int,
    page: Page,
    cookie: str | None,
    seconds: float,
    connections: int,
    into: Page | Load | None = None,
):
    """``connections`` threads, each a keep-alive connection, for ``seconds``;
    the latencies go to ``into`` (the page itself unless told)."""
    into = page if into is None else into
    deadline = time.monotonic() + seconds
    lock = threading.Lock()
    errors: list[str] = []

    def worker() -> None:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        local = []
        while time.monotonic() < deadline:
            started = time.monotonic()
            try:
                status, _body, _enc = request(conn, page, cookie)
            except (OSError, http.client.HTTPException) as error:
                errors.append(repr(error))
                conn.close()
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
                continue
            if status != 200:
                errors.append(str(status))
            local.append(time.monotonic() - started)
        conn.close()
        with lock:
            into.latencies.extend(local)

    started = time.monotonic()
    threads = [threading.Thread(target=worker) for _ in range(connections)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    into.seconds += time.monotonic() - started
    if errors:
        raise RuntimeError(f"{page.name}: {len(errors)} failed, e.g. {errors[0]}")


def wait_for(port: int, process: subprocess.Popen, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError("gunicorn stopped; see its output above")
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            conn.request("GET", "/healthz")
            conn.getresponse().read()
            return
        except OSError:
            time.sleep(0.5)
    raise RuntimeError("gunicorn did not answer")


def gunicorn(port: int, workers: int, *, page_cache: bool = True) -> subprocess.Popen:
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "bench.settings",
        **({} if page_cache else {"BERDAYA_PAGE_CACHE_SECONDS": "0"}),
        "BERDAYA_BIND": f"127.0.0.1:{port}",
        "GUNICORN_WORKERS": str(workers),
        "GUNICORN_LOG_LEVEL": "warning",
        # Steady state: no worker recycling every 1,000 requests (a few
        # seconds at these rates; minutes or hours in production).
        "GUNICORN_MAX_REQUESTS": "0",
    }
    return subprocess.Popen(  # noqa: S603 - our own interpreter and config
        [
            sys.executable,
            "-m",
            "gunicorn",
            "-c",
            str(ROOT / "deploy" / "gunicorn.conf.py"),
        ],
        cwd=ROOT,
        env=env,
    )


def table(pages: list[Page]) -> str:
    reference = pages[0].built.rps
    lines = [
        "| page | queries | HTML | on the wire | req/s | vs reference "
        "| built: req/s | built: vs reference | p50 | p99 |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for page in pages:
        served = page.built if page.name == REFERENCE else page
        built = page.built if page.page_cached or page.name == REFERENCE else page

        def ratio(load: Page | Load) -> float:
            return load.rps / reference if reference else 0.0

        lines.append(
            f"| {page.name} | {page.queries} | {page.html_bytes / 1024:.1f} KB "
            f"| {page.wire_bytes / 1024:.1f} KB ({page.encoding}) "
            f"| {served.rps:.1f} | {ratio(served):.2f} "
            f"| {built.rps:.1f} | {ratio(built):.2f} "
            f"| {percentile(served.latencies, 0.5) * 1000:.0f} ms "
            f"| {percentile(served.latencies, 0.99) * 1000:.0f} ms |"
        )
    return "\n".join(lines)


def percentile(latencies: list[float], p: float) -> float:
    if not latencies:
        return 0.0
    ordered = sorted(latencies)
    return ordered[min(len(ordered) - 1, int(round(p * (len(ordered) - 1))))]


def run(*, rounds: int, seconds: float, connections: int, workers: int, port: int):
    """Measure every key page; returns the pages with their numbers."""
    call_command("collectstatic", "--noinput", verbosity=0)
    pages = key_pages()
    cookies = session_cookies({page.user for page in pages if page.user})
    measure_in_process(pages, cookies)
    for page in pages:
        if page.status != 200:
            raise RuntimeError(f"{page.name}: {page.path} answered {page.status}")
    server = gunicorn(port, workers)
    builder = gunicorn(port + 1, workers, page_cache=False)
    try:
        wait_for(port, server)
        wait_for(port + 1, builder)
        measure_wire(port, pages, cookies)

        def measure(page: Page, seconds: float) -> None:
            if page.name != REFERENCE:
                load(port, page, cookies.get(page.user), seconds, connections)
            if page.page_cached or page.name == REFERENCE:
                load(port + 1, page, None, seconds, connections, into=page.built)

        for page in pages:  # warm every worker of both
            measure(page, 0.5)
            page.latencies.clear()
            page.seconds = 0.0
            page.built = Load()
        for round_number in range(rounds):
            for page in pages:
                measure(page, seconds)
            sys.stderr.write(f"round {round_number + 1}/{rounds} done\n")
    finally:
        for process in (server, builder):
            process.terminate()
        for process in (server, builder):
            process.wait(timeout=30)
    return pages


def header(*, rounds: int, seconds: float, connections: int, workers: int) -> str:
    return (
        f"{connection.vendor}, {rounds} rounds x {seconds:g} s per page, "
        f"{connections} connections, gunicorn {workers} workers (gthread), "
        f"Python load generator on the same machine ({os.cpu_count()} CPUs)"
    )
