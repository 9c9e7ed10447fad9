"""deploy/nginx/ stays in step with the settings, and nginx accepts it."""

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from django.conf import settings

from home.imaging import MAX_UPLOAD_BYTES
from marketplace.models import MAX_PHOTOS

NGINX = Path(__file__).resolve().parents[2] / "deploy" / "nginx"
SITE = (NGINX / "berdaya.conf.template").read_text()
MB = 1024 * 1024


def _megabytes(block: str) -> int:
    value = re.search(r"client_max_body_size (\d+)m;", block)
    assert value, block
    return int(value.group(1)) * MB


def _location(pattern: str) -> str:
    start = SITE.index(f"location {pattern} {{")
    return SITE[start : SITE.index("}", start)]


def test_the_upload_limit_fits_one_photo_and_its_form():
    server_limit = _megabytes(SITE[SITE.index("ssl_certificate ") :])
    one_photo = max(settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE, MAX_UPLOAD_BYTES)
    assert one_photo < server_limit <= one_photo + 4 * MB
    assert server_limit >= settings.DATA_UPLOAD_MAX_MEMORY_SIZE


def test_sellers_may_send_all_their_photos_and_the_admin_its_documents():
    assert _megabytes(_location(r"~ ^/(en/)?toko-saya/")) >= MAX_PHOTOS * (
        MAX_UPLOAD_BYTES + 256 * 1024
    )
    assert _megabytes(_location("/admin/")) > settings.WAGTAILDOCS_MAX_UPLOAD_SIZE


def test_the_page_cache_skips_signed_in_people_and_pending_messages():
    cookie_map = SITE[SITE.index("map $http_cookie") :]
    cookie_map = cookie_map[: cookie_map.index("}")]
    assert settings.SESSION_COOKIE_NAME in cookie_map
    assert "messages" in cookie_map  # django.contrib.messages' cookie


def test_only_renditions_are_served_from_storage():
    for name in ("media-local.conf.template", "media-s3.conf.template"):
        media = (NGINX / name).read_text()
        assert re.findall(r"location (\S+) \{", media) == ["/media/images/"]
    assert "location /media/ {\n        return 404;" in SITE


@pytest.mark.parametrize("media", ["BERDAYA_MEDIA_ROOT", "BERDAYA_MEDIA_ORIGIN"])
def test_nginx_accepts_the_rendered_config(tmp_path, media):
    nginx = shutil.which("nginx") or "/usr/sbin/nginx"
    if not Path(nginx).exists():
        message = "nginx is not installed (.ci/run installs it first)"
        if os.environ.get("CI"):
            pytest.fail(message)  # CI must check the config, never skip it
        pytest.skip(message)
    certificate, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
         "-keyout", key, "-out", certificate, "-subj", "/CN=localhost"],
        check=True, capture_output=True,
    )  # fmt: skip
    environment = {
        **os.environ,
        "BERDAYA_DOMAIN": "berdaya.example",
        "BERDAYA_UPSTREAMS": "server 127.0.0.1:8001; server 127.0.0.1:8002;",
        "BERDAYA_STATIC_ROOT": str(tmp_path / "static"),
        "BERDAYA_TLS_CERT": str(certificate),
        "BERDAYA_TLS_KEY": str(key),
        "BERDAYA_CACHE_DIR": str(tmp_path / "cache"),
        media: str(tmp_path / "media")
        if media == "BERDAYA_MEDIA_ROOT"
        else "https://s3.example.com/berdaya-media",
    }
    subprocess.run(
        [NGINX / "render.sh", tmp_path / "conf"],
        env=environment,
        check=True,
        capture_output=True,
    )
    main = tmp_path / "nginx.conf"
    main.write_text(
        f"pid {tmp_path}/nginx.pid;\n"
        "events {}\n"
        "http { include /etc/nginx/mime.types;\n"
        f"include {tmp_path}/conf/berdaya.conf; }}"
    )
    tested = subprocess.run(
        [nginx, "-t", "-c", main, "-e", tmp_path / "error.log"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert tested.returncode == 0, tested.stderr


def test_nginx_never_compresses_what_gunicorn_sends():
    """Django compresses the pages without secrets; nginx compresses none
    (BREACH), and keeps one cached copy per coding it asks the app for."""
    https = SITE[SITE.index("listen ${BERDAYA_HTTPS_LISTEN}") :]
    for location in ("location / {", "location /admin/ {", "location ~ ^/(en/)?toko"):
        block = https[https.index(location) :]
        block = block[: block.index("}")]
        assert "gzip off;" in block, location
    root = https[https.index("location / {") :]
    assert "proxy_set_header Accept-Encoding $berdaya_encoding;" in root
    assert "$berdaya_encoding;" in root[root.index("proxy_cache_key") :].split("\n")[0]
