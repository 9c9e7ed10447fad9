"""Smoke test of the production topology on one machine (`.ci/run` runs it).

Starts what docs/deploy.md describes, with deploy/'s own files:

- PostgreSQL (already running): a throwaway database, dropped at the end;
- Redis (already running): database 11;
- a local S3-compatible server (moto) with the media and private buckets, the
  media bucket's policy from ``manage.py media_bucket_policy``;
- two gunicorn instances (deploy/gunicorn.conf.py, production settings);
- the task worker (``manage.py db_worker``);
- nginx (Debian's package) in the foreground, from deploy/nginx/'s templates,
  with a self-signed certificate.

Then, through nginx only: a seller signs in on one instance and goes on on the
other (sessions in the database); uploads a product photo on one instance and
sees it, from object storage, through the other; a buyer sends a question and
the seller's e-mail is delivered by the worker (a file-based mail backend),
not by the request. Then the backup drill on PostgreSQL and the buckets:
backup, restore into a new database and new buckets, the site answers.

Usage: ``python deploy/smoke.py`` from the project root, in the project's
virtualenv. Exits non-zero on the first failure; everything it started is
stopped and removed either way.
"""

from __future__ import annotations

import io
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin

import boto3
import requests
import urllib3
from PIL import Image

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
BIN = Path(PYTHON).parent
PG = os.environ.get("SMOKE_PG_URL", "postgres://postgres@127.0.0.1:5432")
REDIS = os.environ.get("SMOKE_REDIS_URL", "redis://127.0.0.1:6379/11")
PASSWORD = "berdaya-demo-2026"  # seed_demo's demo password (BERDAYA_DEMO_MODE)
SELLER = "penjual"
WAIT = 60  # seconds, for anything to come up or arrive

urllib3.disable_warnings(urllib3.exceptions.InsecureRequestWarning)


def say(message: str) -> None:
    print(f"smoke: {message}", flush=True)


class SmokeFailure(AssertionError):
    pass


def check(condition: object, message: str) -> None:
    if not condition:
        raise SmokeFailure(message)
    say(f"ok - {message}")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for(what: str, probe: Callable[[], bool], timeout: float = WAIT) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if probe():
                return
        except (OSError, requests.RequestException):
            pass
        time.sleep(0.3)
    raise SmokeFailure(f"{what} did not come within {timeout:.0f} s")


class Forms(HTMLParser):
    """Every form of a page: action and the fields a browser would send."""

    def __init__(self, html: str):
        super().__init__()
        self.forms: list[dict] = []
        self._select: str | None = None
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "form":
            self.forms.append({"action": attributes.get("action") or "", "fields": {}})
            return
        if not self.forms:
            return
        fields = self.forms[-1]["fields"]
        name = attributes.get("name")
        if tag == "input" and name:
            kind = attributes.get("type", "text")
            if kind in ("hidden", "text", "email", "tel", "number"):
                fields.setdefault(name, attributes.get("value") or "")
        elif tag == "select" and name:
            self._select = name
        elif tag == "option" and self._select:
            value = attributes.get("value") or ""
            if value and not fields.get(self._select):
                fields[self._select] = value
        elif tag == "textarea" and name:
            fields.setdefault(name, "")

    def handle_endtag(self, tag):
        if tag == "select":
            self._select = None

    def with_field(self, field: str) -> dict:
        for form in self.forms:
            if field in form["fields"]:
                return form
        found = [sorted(form["fields"]) for form in self.forms]
        raise SmokeFailure(f"no form with a {field!r} field (forms: {found})")


class Topology:
    """The processes, database and buckets of one smoke run."""

    def __init__(self) -> None:
        self.tmp = Path(tempfile.mkdtemp(prefix="berdaya-smoke-"))
        # One key for every process: sessions and CSRF work on each instance.
        self.secret_key = secrets.token_urlsafe(50)
        self.processes: dict[str, subprocess.Popen] = {}
        self.logs: dict[str, Path] = {}
        self.databases: list[str] = []
        suffix = f"{os.getpid()}_{secrets.token_hex(3)}"
        self.database = f"berdaya_smoke_{suffix}"
        self.s3_port = free_port()
        self.web_ports = [free_port(), free_port()]
        self.http_port = free_port()
        self.https_port = free_port()
        self.base = f"https://localhost:{self.https_port}"
        self.mail = self.tmp / "mail"
        self.mail.mkdir()
        label = suffix.replace("_", "-")  # bucket names: a-z, 0-9 and "-"
        self.buckets = {"public": f"media-{label}", "private": f"private-{label}"}
        self.s3_endpoint = f"http://127.0.0.1:{self.s3_port}"

    # --- environment -----------------------------------------------------------

    def environment(self, *, database: str | None = None, buckets=None) -> dict:
        buckets = buckets or self.buckets
        environment = {
            key: value
            for key, value in os.environ.items()
            if not key.startswith(("DJANGO_", "AWS_", "BERDAYA_", "DATABASE_URL"))
        }
        environment.update(
            DJANGO_SETTINGS_MODULE="berdaya.settings.production",
            DJANGO_SECRET_KEY=self.secret_key,
            DJANGO_ALLOWED_HOSTS="localhost,127.0.0.1",
            DJANGO_CSRF_TRUSTED_ORIGINS=self.base,
            SITE_BASE_URL=self.base,
            DATABASE_URL=f"{PG}/{database or self.database}",
            REDIS_URL=REDIS,
            AWS_STORAGE_BUCKET_NAME=buckets["public"],
            AWS_PRIVATE_BUCKET_NAME=buckets["private"],
            AWS_S3_ENDPOINT_URL=self.s3_endpoint,
            AWS_S3_REGION_NAME="us-east-1",
            AWS_S3_ACCESS_KEY_ID="smoke",
            AWS_S3_SECRET_ACCESS_KEY="smoke",
            MEDIA_ROOT=str(self.tmp / "media-unused"),
            PRIVATE_MEDIA_ROOT=str(self.tmp / "private-media-unused"),
            EMAIL_URL=f"filemail:///{self.mail}",
            BERDAYA_TASKS="database",
            BERDAYA_TRUSTED_PROXIES="1",
            BERDAYA_REQUIRE_ADMIN_MFA="false",
            BERDAYA_DEMO_MODE="true",
            GUNICORN_WORKERS="2",
            GUNICORN_THREADS="2",
        )
        return environment

    # --- processes -------------------------------------------------------------

    def start(self, name: str, arguments: list[str], environment: dict) -> None:
        log = self.tmp / f"{name}.log"
        self.logs[name] = log
        handle = log.open("ab")
        self.processes[name] = subprocess.Popen(
            arguments,
            cwd=ROOT,
            env=environment,
            stdout=handle,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )

    def stop(self, name: str) -> None:
        process = self.processes.pop(name, None)
        if process is None or process.poll() is not None:
            return
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=10)

    def alive(self, name: str) -> None:
        process = self.processes[name]
        if process.poll() is not None:
            tail = self.logs[name].read_text(errors="replace")[-3000:]
            raise SmokeFailure(f"{name} exited ({process.returncode}):\n{tail}")

    def manage(self, *arguments: str, environment: dict | None = None) -> str:
        completed = subprocess.run(
            [PYTHON, "manage.py", *arguments],
            cwd=ROOT,
            env=environment or self.environment(),
            capture_output=True,
            text=True,
            timeout=600,
            check=False,
        )
        if completed.returncode != 0:
            raise SmokeFailure(
                f"manage.py {' '.join(arguments)} failed:\n{completed.stderr[-3000:]}"
            )
        return completed.stdout

    def psql(self, sql: str) -> None:
        subprocess.run(
            ["psql", f"{PG}/postgres", "-qc", sql],
            check=True,
            capture_output=True,
            timeout=60,
        )

    def cleanup(self) -> None:
        for name in list(self.processes):
            self.stop(name)
        for database in self.databases:
            try:
                self.psql(f"DROP DATABASE IF EXISTS {database} WITH (FORCE)")
            except subprocess.CalledProcessError as error:
                say(f"could not drop {database}: {error.stderr!r}")
        shutil.rmtree(self.tmp, ignore_errors=True)

    def dump_logs(self) -> None:
        self.logs["nginx-error"] = self.tmp / "nginx-error.log"
        for name, log in self.logs.items():
            text = log.read_text(errors="replace") if log.exists() else ""
            print(f"\n--- {name} (last lines) ---\n{text[-2500:]}", flush=True)

    # --- the pieces ------------------------------------------------------------

    def database_create(self, name: str) -> None:
        self.psql(f"CREATE DATABASE {name}")
        self.databases.append(name)

    def s3(self):
        return boto3.client(
            "s3",
            endpoint_url=self.s3_endpoint,
            region_name="us-east-1",
            aws_access_key_id="smoke",
            aws_secret_access_key="smoke",
        )

    def buckets_create(self, buckets: dict) -> None:
        client = self.s3()
        client.create_bucket(Bucket=buckets["public"])
        client.create_bucket(Bucket=buckets["private"])
        policy = self.manage("media_bucket_policy", "--bucket", buckets["public"])
        client.put_bucket_policy(Bucket=buckets["public"], Policy=policy)

    def keys(self, bucket: str) -> set[str]:
        listing = self.s3().list_objects_v2(Bucket=bucket)
        return {item["Key"] for item in listing.get("Contents", [])}

    def web_start(self, index: int) -> None:
        port = self.web_ports[index]
        environment = self.environment()
        environment["BERDAYA_BIND"] = f"127.0.0.1:{port}"
        environment["GUNICORN_ACCESS_LOG"] = str(self.tmp / f"access-{port}.log")
        self.start(
            f"web-{port}",
            [
                str(BIN / "gunicorn"),
                "--config",
                str(ROOT / "deploy" / "gunicorn.conf.py"),
                # Which instance served a request: the X-Smoke header it got.
                "--access-logformat",
                '%({x-smoke}i)s "%(r)s" %(s)s',
            ],
            environment,
        )

    def worker_start(self) -> None:
        self.start("worker", [PYTHON, "manage.py", "db_worker"], self.environment())

    def nginx_start(self) -> None:
        certificate, key = self.tmp / "cert.pem", self.tmp / "key.pem"
        subprocess.run(
            [
                "openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes",
                "-keyout", str(key), "-out", str(certificate), "-days", "1",
                "-subj", "/CN=localhost",
            ],
            check=True,
            capture_output=True,
        )  # fmt: skip
        conf = self.tmp / "nginx"
        environment = {
            **os.environ,
            "BERDAYA_DOMAIN": "localhost",
            "BERDAYA_UPSTREAMS": " ".join(
                f"server 127.0.0.1:{port};" for port in self.web_ports
            ),
            "BERDAYA_STATIC_ROOT": str(ROOT / "staticfiles"),
            "BERDAYA_TLS_CERT": str(certificate),
            "BERDAYA_TLS_KEY": str(key),
            "BERDAYA_MEDIA_ORIGIN": f"{self.s3_endpoint}/{self.buckets['public']}",
            "BERDAYA_HTTP_LISTEN": f"127.0.0.1:{self.http_port}",
            "BERDAYA_HTTPS_LISTEN": f"127.0.0.1:{self.https_port}",
            "BERDAYA_CACHE_DIR": str(self.tmp / "nginx-cache"),
        }
        subprocess.run(
            [str(ROOT / "deploy" / "nginx" / "render.sh"), str(conf)],
            env=environment,
            check=True,
            capture_output=True,
        )
        temp = self.tmp / "nginx-temp"
        temp.mkdir()
        main = self.tmp / "nginx.conf"
        # As root, nginx's workers would run as "nobody", who cannot read
        # this run's private temporary folder.
        user = "user root;" if os.geteuid() == 0 else ""
        main.write_text(
            f"""
{user}
worker_processes 1;
pid {self.tmp}/nginx.pid;
error_log {self.tmp}/nginx-error.log warn;
events {{ worker_connections 512; }}
http {{
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log {self.tmp}/nginx-access.log;
    client_body_temp_path {temp}/body;
    proxy_temp_path {temp}/proxy;
    fastcgi_temp_path {temp}/fastcgi;
    uwsgi_temp_path {temp}/uwsgi;
    scgi_temp_path {temp}/scgi;
    include {conf}/berdaya.conf;
}}
"""
        )
        nginx = shutil.which("nginx") or "/usr/sbin/nginx"
        tested = subprocess.run(
            [nginx, "-t", "-c", str(main), "-e", str(self.tmp / "nginx-error.log")],
            capture_output=True,
            text=True,
            check=False,
        )
        check(tested.returncode == 0, f"nginx -t accepts the config: {tested.stderr}")
        self.start(
            "nginx",
            [
                nginx, "-c", str(main), "-e", str(self.tmp / "nginx-error.log"),
                "-g", "daemon off;",
            ],
            os.environ.copy(),
        )  # fmt: skip

    def served_by(self, marker: str) -> int:
        """The port of the gunicorn instance that logged this X-Smoke marker."""
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline:
            for port in self.web_ports:
                log = self.tmp / f"access-{port}.log"
                if log.exists() and re.search(
                    rf"^{re.escape(marker)} ", log.read_text(), re.MULTILINE
                ):
                    return port
            time.sleep(0.1)
        raise SmokeFailure(f"no instance logged request {marker}")

    def mails(self) -> set[Path]:
        return set(self.mail.glob("*.log"))


class Browser:
    """A requests session through nginx that knows which instance answered."""

    def __init__(self, topology: Topology):
        self.topology = topology
        self.session = requests.Session()
        self.count = 0

    def request(
        self, method: str, path: str, **kwargs
    ) -> tuple[requests.Response, int]:
        self.count += 1
        marker = f"smoke-{id(self)}-{self.count}"
        headers = {"X-Smoke": marker, **kwargs.pop("headers", {})}
        if method == "POST":
            headers.setdefault("Origin", self.topology.base)
            headers.setdefault("Referer", urljoin(self.topology.base, path))
        response = self.session.request(
            method,
            urljoin(self.topology.base, path),
            headers=headers,
            allow_redirects=False,
            timeout=30,
            verify=False,  # our own self-signed certificate (per request: a
            # CA bundle in the environment would override the session's)
            **kwargs,
        )
        return response, self.topology.served_by(marker)

    def get_on_other(self, path: str, port: int) -> requests.Response:
        """GET ``path`` until an instance other than ``port`` answers it."""
        for _attempt in range(8):
            response, served = self.request("GET", path)
            if served != port:
                return response
        raise SmokeFailure(f"nginx sent every GET {path} to 127.0.0.1:{port}")

    def form(self, page: str, field: str) -> dict:
        """The form on ``page`` with ``field``; its action made absolute."""
        response, _port = self.request("GET", page)
        if response.status_code != 200:
            raise SmokeFailure(f"GET {page} answered {response.status_code}")
        form = Forms(response.text).with_field(field)
        form["action"] = urljoin(page, form["action"] or page)
        return form


def photo_jpeg() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (640, 480), "#c0392b").save(buffer, "JPEG", quality=85)
    return buffer.getvalue()


def scenario(topology: Topology) -> None:
    base = topology.base
    anonymous = requests.get(f"{base}/", verify=False, timeout=30)
    check(anonymous.status_code == 200, "the home page answers through nginx")
    check(
        requests.get(f"http://127.0.0.1:{topology.http_port}/", timeout=10,
                     allow_redirects=False).status_code == 301,
        "plain HTTP is redirected to HTTPS",
    )  # fmt: skip
    robots = [
        requests.get(f"{base}/robots.txt", verify=False, timeout=10) for _n in range(2)
    ]
    check(
        robots[1].headers.get("X-Cache") == "HIT",
        "an anonymous page without cookies comes from nginx's micro-cache",
    )
    static = re.search(r'href="(/static/[^"]+\.css)"', anonymous.text)
    check(static is not None, "the page links its stylesheet under /static/")
    css = requests.get(f"{base}{static.group(1)}", verify=False, timeout=10)
    check(css.status_code == 200, "nginx serves collected static files")

    # --- sessions in the database: sign in on one instance, go on on the other
    seller = Browser(topology)
    login = seller.form("/akun/login/", "login")
    fields = {**login["fields"], "login": SELLER, "password": PASSWORD}
    response, signed_in_on = seller.request("POST", login["action"], data=fields)
    check(response.status_code == 302, f"the seller signs in on :{signed_in_on}")
    dashboard = seller.get_on_other("/toko-saya/", signed_in_on)
    check(
        dashboard.status_code == 200 and "/toko-saya/produk/baru/" in dashboard.text,
        "the other instance knows her session (her shop dashboard)",
    )
    check(
        dashboard.headers.get("X-Cache") in (None, "BYPASS")
        and "no-store" in dashboard.headers.get("Cache-Control", ""),
        "personal pages bypass the micro-cache and say no-store",
    )

    # --- a photo uploaded on one instance, seen through the other -----------
    create = seller.form("/toko-saya/produk/baru/", "min_order")
    fields = {
        **create["fields"],
        "name": "Sambal Uji Asap",
        "description": "Pedas, dibuat untuk uji asap.",
        "price": "Rp 25.000",
        "unit": create["fields"].get("unit") or "pack",
        "stock": create["fields"].get("stock") or "ready",
        "min_order": "1",
        "action": "save",
    }
    before = topology.keys(topology.buckets["public"])
    response, uploaded_on = seller.request(
        "POST",
        create["action"],
        data=fields,
        files={"new_photos": ("foto.jpg", photo_jpeg(), "image/jpeg")},
    )
    check(
        response.status_code == 302,
        f"the product with its photo is saved on :{uploaded_on} "
        f"(answered {response.status_code})",
    )
    location = response.headers["Location"]
    product_ids = re.findall(r"/toko-saya/produk/(\d+)/", location)
    if not product_ids:  # back to the dashboard: the newest product there
        page, _port = seller.request("GET", location)
        product_ids = re.findall(r'href="/toko-saya/produk/(\d+)/', page.text)
    check(product_ids, f"the answer ({location}) leads to the new product")
    product_id = max(int(pk) for pk in product_ids)
    new_keys = topology.keys(topology.buckets["public"]) - before
    check(
        any(key.startswith("original_images/") for key in new_keys),
        "the cleaned photo is stored in the media bucket",
    )
    preview = None
    for _attempt in range(8):
        response, port = seller.request(
            "GET", f"/toko-saya/produk/{product_id}/pratinjau/"
        )
        if port != uploaded_on:
            preview = response
            break
    check(preview is not None and preview.status_code == 200,
          "the other instance shows the product preview")  # fmt: skip
    renditions = re.findall(r'(/media/images/[^"\s]+)', preview.text)
    check(renditions, "the preview shows the photo as a rendition")
    image = requests.get(f"{base}{renditions[0]}", verify=False, timeout=30)
    check(
        image.status_code == 200 and image.headers["Content-Type"].startswith("image/"),
        "nginx serves the rendition from object storage",
    )
    again = requests.get(f"{base}{renditions[0]}", verify=False, timeout=30)
    check(again.headers.get("X-Cache") == "HIT", "and keeps it in its media cache")
    original = next(key for key in new_keys if key.startswith("original_images/"))
    check(
        requests.get(f"{base}/media/{original}", verify=False, timeout=10).status_code
        == 404,
        "originals are never served under /media/",
    )
    check(
        requests.get(
            f"{topology.s3_endpoint}/{topology.buckets['public']}/{original}",
            timeout=10,
        ).status_code
        == 403,
        "nor read anonymously from the bucket",
    )

    # --- an inquiry: saved by the request, mailed by the worker -------------
    showcase = requests.get(f"{base}/etalase/", verify=False, timeout=30)
    links = re.findall(r'href="(/etalase/[^/"]+/[^/"]+/)"', showcase.text)
    check(links, "the showcase lists products")
    wait_for("the worker to send the demo's queued mail", lambda: _drained(topology))
    topology.stop("worker")
    sent_before = topology.mails()
    buyer = Browser(topology)
    # The cached product page has no form (no cookie for anyone); the buyer
    # follows "Ask the seller" to the page with the form, as a person would.
    product_page, _port = buyer.request("GET", links[0])
    ask = re.search(r"<a[^>]*data-ask-seller[^>]*>", product_page.text)
    check(ask, "the product page offers 'Ask the seller'")
    ask_url = re.search(r'href="([^"#]+)', ask.group(0)).group(1)
    inquiry = buyer.form(ask_url, "buyer_name")
    marker = secrets.token_hex(4)
    fields = {
        **inquiry["fields"],
        "buyer_name": "Pembeli Uji",
        "buyer_email": "pembeli@example.com",
        "buyer_phone": "",
        "quantity": "2",
        "message": f"Apakah masih ada? ({marker})",
        "website": "",
    }
    started = time.monotonic()
    response, _port = buyer.request("POST", inquiry["action"], data=fields)
    elapsed = time.monotonic() - started
    check(response.status_code == 302, "the buyer's question is accepted")
    check(elapsed < 5, f"promptly ({elapsed:.2f} s), with no worker running")
    time.sleep(2)
    check(topology.mails() == sent_before, "the request itself sends no e-mail")
    topology.worker_start()
    wait_for("the seller's e-mail", lambda: topology.mails() - sent_before)
    mail = "\n".join(
        path.read_text(errors="replace") for path in topology.mails() - sent_before
    )
    check(
        "@demo.berdaya.id" in mail and "/toko-saya/pesan/" in mail,
        "the worker delivers the seller's notification with a link to her inbox",
    )


def _drained(topology: Topology) -> bool:
    """True once the worker has sent every mail seed_demo queued."""
    before = len(topology.mails())
    time.sleep(1.5)
    return len(topology.mails()) == before and before > 0


def backup_drill(topology: Topology) -> None:
    backup = topology.tmp / "backup"
    output = topology.manage("backup", str(backup))
    check("postgresql database" in output, f"backup: {output.strip()}")
    restored_database = f"{topology.database}_restored"
    restored_buckets = {
        "public": f"{topology.buckets['public']}-r",
        "private": f"{topology.buckets['private']}-r",
    }
    topology.database_create(restored_database)
    topology.buckets_create(restored_buckets)
    environment = topology.environment(
        database=restored_database, buckets=restored_buckets
    )
    topology.manage("restore", str(backup), "--noinput", environment=environment)
    check(
        topology.keys(restored_buckets["public"])
        >= topology.keys(topology.buckets["public"]) - {""},
        "every media object is back in the new bucket",
    )
    check(
        topology.keys(restored_buckets["private"])
        == topology.keys(topology.buckets["private"]),
        "every private object is back in the new private bucket",
    )
    probe = (
        "from django.test import Client\n"
        "c = Client()\n"
        "print(c.get('/', secure=True, HTTP_HOST='localhost').status_code,"
        " c.get('/etalase/', secure=True, HTTP_HOST='localhost').status_code)"
    )
    statuses = topology.manage("shell", "-c", probe, environment=environment)
    check(
        statuses.split()[-2:] == ["200", "200"],
        f"the restored site answers 200 (home, showcase): {statuses.strip()}",
    )


def main() -> int:
    topology = Topology()
    started = time.monotonic()
    try:
        say(f"working in {topology.tmp}")
        topology.database_create(topology.database)
        subprocess.run(
            ["redis-cli", "-u", REDIS, "flushdb"],
            check=True,
            capture_output=True,
        )
        topology.start(
            "moto",
            [str(BIN / "moto_server"), "-H", "127.0.0.1", "-p", str(topology.s3_port)],
            os.environ.copy(),
        )
        wait_for("moto", lambda: requests.get(topology.s3_endpoint, timeout=2).ok)
        topology.buckets_create(topology.buckets)
        say("migrate, site_setup, seed_demo, collectstatic (production settings)")
        topology.manage("migrate", "--noinput", "-v0")
        topology.manage("site_setup")
        topology.manage("seed_demo")
        topology.manage("collectstatic", "--noinput", "-v0")
        stored = topology.keys(topology.buckets["public"])
        check(
            any(key.startswith("original_images/") for key in stored),
            "seed_demo stored its (cleaned) images in the media bucket",
        )
        check(
            any(key.startswith("assignments/") for key in topology.keys(
                topology.buckets["private"])),
            "and the demo assignment photo in the private bucket",
        )  # fmt: skip
        for index in range(2):
            topology.web_start(index)
        topology.worker_start()
        for port in topology.web_ports:
            wait_for(
                f"gunicorn on :{port}",
                lambda port=port: (
                    requests.get(
                        f"http://127.0.0.1:{port}/healthz",
                        headers={"X-Forwarded-Proto": "https", "Host": "localhost"},
                        timeout=5,
                    ).status_code
                    in (200, 503)
                ),
            )
        topology.nginx_start()
        wait_for(
            "nginx",
            lambda: (
                requests.get(
                    f"{topology.base}/healthz", verify=False, timeout=5
                ).status_code
                in (200, 503)
            ),
        )
        for name in list(topology.processes):
            topology.alive(name)
        health = requests.get(f"{topology.base}/healthz", verify=False, timeout=10)
        say(f"/healthz: {health.status_code} {health.text[:300]}")
        scenario(topology)
        for name in list(topology.processes):
            topology.alive(name)
        backup_drill(topology)
        say(f"all green in {time.monotonic() - started:.0f} s")
        return 0
    except (SmokeFailure, subprocess.SubprocessError, requests.RequestException) as e:
        print(f"\nsmoke: FAILED: {e}", file=sys.stderr, flush=True)
        topology.dump_logs()
        return 1
    finally:
        topology.cleanup()


if __name__ == "__main__":
    sys.exit(main())
