import json
import re

import pytest
from django.conf import settings
from django.core.management import call_command
from wagtail.models import Page

from home.models import HomePage, StandardPage
from home.money import format_rupiah, parse_rupiah
from tests.factories import UserFactory
from tests.weights import page_bytes_on_wire

pytestmark = pytest.mark.django_db


def test_home_page_shows_what_berdaya_is_and_live_numbers(client, site_root):
    from django.contrib.auth import get_user_model

    before = get_user_model().objects.filter(is_staff=False).count()
    UserFactory.create_batch(3)
    UserFactory(is_active=False)
    response = client.get("/")
    assert response.status_code == 200
    html = response.content.decode()
    assert site_root.hero_title in html
    assert re.search(rf'data-impact="learners">\s*{before + 3}\s*<', html)
    assert 'lang="id"' in html


def test_home_page_never_shows_learner_names(client, site_root):
    UserFactory(display_name="Rahasia Sekali", first_name="Legal", last_name="Nama")
    html = client.get("/").content.decode()
    assert "Rahasia Sekali" not in html
    assert "Legal" not in html


def test_language_switch_is_plain_links_to_the_same_page(client, site_root):
    about = StandardPage.objects.get(slug="tentang")
    response = client.get(about.url)
    html = response.content.decode()
    # A link, not a form: no CSRF cookie on an anonymous page.
    assert f'href="/en{about.url}" hreflang="en"' in html
    assert "csrftoken" not in response.cookies
    html = client.get(f"/en{about.url}").content.decode()
    assert 'lang="en"' in html
    assert "Skip to content" in html
    assert f'href="{about.url}" hreflang="id"' in html


def test_indonesian_interface_by_default(client, site_root):
    html = client.get("/").content.decode()
    assert "Langsung ke isi" in html
    assert "Bahasa Indonesia" in html


def test_standard_pages_render_and_are_linked_in_footer(client, site_root):
    about = StandardPage.objects.get(slug="tentang")
    home_html = client.get("/").content.decode()
    assert about.url in home_html
    response = client.get(about.url)
    assert response.status_code == 200
    assert about.title in response.content.decode()


def test_friendly_404_in_indonesian(client, site_root):
    response = client.get("/tidak-ada-halaman-ini/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "Halaman tidak ditemukan" in html
    assert "Kembali ke beranda" in html


def test_healthz_reports_each_dependency(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    body = json.loads(response.content)
    assert body["status"] == "ok"
    assert {k: body[k] for k in ("database", "cache", "storage", "tasks")} == {
        "database": "ok",
        "cache": "ok",
        "storage": "ok",
        "tasks": "ok",
    }
    assert (
        "no-cache" in response["Cache-Control"]
        or "max-age=0" in response["Cache-Control"]
    )


def test_healthz_is_503_when_the_database_fails(client, monkeypatch):
    from home import views

    class Broken:
        def cursor(self):
            raise RuntimeError("database down")

    monkeypatch.setattr(views, "connection", Broken())
    response = client.get("/healthz")
    assert response.status_code == 503


def test_robots_and_sitemap(client, site_root):
    robots = client.get("/robots.txt")
    assert robots.status_code == 200
    assert f"Sitemap: {settings.SITE_BASE_URL}/sitemap.xml" in robots.content.decode()
    assert "Disallow: /admin/" in robots.content.decode()
    sitemap = client.get("/sitemap.xml")
    assert sitemap.status_code == 200
    assert "/tentang/" in sitemap.content.decode()


def test_home_page_budget_under_30_kb_and_no_other_host(client, site_root):
    response = client.get("/")
    html = response.content.decode()
    assets = re.findall(r'(?:href|src)="(/static/[^"]+\.(?:css|js))"', html)
    assert assets, "the stylesheet must be linked"
    total = page_bytes_on_wire(response)
    assert total < 30 * 1024, f"home page weighs {total} bytes"
    external = [
        url
        for url in re.findall(r'(?:href|src|content)="((?:https?:)?//[^"]+)"', html)
        if not url.startswith(settings.SITE_BASE_URL.rstrip("/") + "/")
    ]
    assert external == []


def test_security_headers_on_public_pages(client, site_root):
    response = client.get("/")
    csp = response["Content-Security-Policy"]
    assert "script-src 'self'" in csp
    assert "unsafe-inline" not in csp
    assert response["X-Frame-Options"] == "DENY"


def test_seed_demo_is_idempotent(capsys):
    call_command("seed_demo")
    counts = (Page.objects.count(), HomePage.objects.count())
    from django.contrib.auth import get_user_model

    users = get_user_model().objects.count()
    call_command("seed_demo")
    assert (Page.objects.count(), HomePage.objects.count()) == counts
    assert get_user_model().objects.count() == users
    out = capsys.readouterr().out
    assert "berdaya-demo-2026" in out
    assert "peserta" in out


def test_demo_accounts_have_no_password_outside_demo_mode(settings):
    settings.BERDAYA_DEMO_MODE = False
    call_command("seed_demo")
    from django.contrib.auth import get_user_model

    admin = get_user_model().objects.get(username="admin")
    assert not admin.has_usable_password()


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("25000", 25000),
        ("25.000", 25000),
        ("Rp 25.000", 25000),
        ("rp25.000", 25000),
        ("1.250.000", 1250000),
        (" 7 ", 7),
    ],
)
def test_parse_rupiah_accepts_indonesian_writing(raw, expected):
    assert parse_rupiah(raw) == expected


@pytest.mark.parametrize("raw", ["", "-5", "1e6", "abc", "25,000.00", "2.5", "Rp"])
def test_parse_rupiah_refuses_bad_input(raw):
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError):
        parse_rupiah(raw)


def test_rupiah_filter_formats_without_decimals():
    assert format_rupiah(25000) == "Rp 25.000"
    assert format_rupiah("1250000.4") == "Rp 1.250.000"
    assert format_rupiah(0) == "Rp 0"
    assert format_rupiah(None) == ""


@pytest.mark.parametrize("path", ["/robots.txt", "/healthz"])
def test_head_is_answered_like_get(client, site_root, path):
    """Monitors and crawlers send HEAD: it answers as GET does, without a body."""
    get = client.get(path)
    head = client.head(path)
    assert head.status_code == get.status_code
    assert head.status_code != 405
    assert head.content == b""
