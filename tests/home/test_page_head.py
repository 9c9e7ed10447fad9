"""One head block: description, canonical, Open Graph, hreflang, icons."""

import re
from html.parser import HTMLParser

import pytest
from django.conf import settings
from django.contrib.staticfiles import finders
from PIL import Image

pytestmark = pytest.mark.django_db


class Head(HTMLParser):
    """The <meta> and <link> tags of a page, and the lang of <html>/<main>."""

    def __init__(self, html: str):
        super().__init__()
        self.meta: dict[str, str] = {}
        self.links: list[dict] = []
        self.lang: dict[str, str | None] = {}
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "meta":
            key = attrs.get("property") or attrs.get("name")
            if key:
                assert key not in self.meta, f"{key} twice"
                self.meta[key] = attrs.get("content", "")
        elif tag == "link":
            self.links.append(attrs)
        elif tag in ("html", "main"):
            self.lang[tag] = attrs.get("lang")

    def link(self, rel: str, **match) -> list[dict]:
        return [
            link
            for link in self.links
            if link.get("rel") == rel
            and all(link.get(k) == v for k, v in match.items())
        ]


def head_of(client, url) -> Head:
    response = client.get(url)
    assert response.status_code == 200, url
    return Head(response.content.decode())


BASE = settings.SITE_BASE_URL.rstrip("/")


def test_every_public_page_has_a_complete_head(client, public_urls):
    for name, url in public_urls.items():
        head = head_of(client, url)
        path = url.split("?")[0]
        for key in ("og:title", "og:description", "og:image", "og:type"):
            assert head.meta.get(key), f"{name}: {key}"
        assert head.meta["description"].strip(), name
        assert head.meta["twitter:card"] == "summary_large_image", name
        canonical = head.link("canonical")
        assert [link["href"] for link in canonical] == [BASE + path], name
        assert head.meta["og:url"] == BASE + path, name
        assert head.meta["og:image"].startswith(BASE + "/"), name
        assert head.link("icon") and head.link("apple-touch-icon"), name


def test_home_title_does_not_repeat_the_site_name(client, site_root):
    html = client.get("/").content.decode()
    title = re.search(r"<title>(.*?)</title>", html, re.S).group(1).strip()
    assert title.count("Berdaya") == 1


def test_brand_and_product_heads(client, public_urls):
    brand = head_of(client, public_urls["brand"])
    assert brand.meta["og:type"] == "website"
    assert brand.meta["og:url"] == BASE + public_urls["brand"]
    assert brand.meta["description"] == "Enak dan jujur"  # the tagline
    product = head_of(client, public_urls["product"])
    assert product.meta["og:type"] == "product"
    # The product's own photo, as JPEG, for chat previews.
    assert re.search(r"/media/images/.+\.jpg$", product.meta["og:image"])


def test_brand_without_tagline_or_story_still_has_a_description(client, public_urls):
    from marketplace.models import Brand

    Brand.objects.filter(slug="dapur-uji").update(
        public_tagline="", tagline="", public_story="", story=""
    )
    head = head_of(client, public_urls["brand"])
    assert head.meta["description"].strip()
    assert head.meta["og:description"] == head.meta["description"]


def test_default_share_image_is_a_large_jpeg():
    path = finders.find("icons/share-default.jpg")
    with Image.open(path) as image:
        assert image.format == "JPEG"
        assert image.width >= 1200 and image.height >= 630


def test_favicon_and_touch_icon(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 200
    assert response["Content-Type"] == "image/x-icon"
    assert response.content[:4] == b"\x00\x00\x01\x00"  # ICO header
    with Image.open(finders.find("icons/apple-touch-icon.png")) as image:
        assert (image.format, image.size) == ("PNG", (180, 180))
    assert client.head("/favicon.ico").status_code == 200


def test_english_pages_mark_indonesian_content_and_pair_languages(client, public_urls):
    for name in ("standard", "course", "product"):
        url = public_urls[name]
        english = head_of(client, "/en" + url)
        assert english.lang == {"html": "en", "main": "id"}, name
        indonesian = head_of(client, url)
        assert indonesian.lang == {"html": "id", "main": None}, name
        for head in (english, indonesian):
            pairs = {
                link["hreflang"]: link["href"]
                for link in head.links
                if link.get("rel") == "alternate"
            }
            assert pairs == {
                "id": BASE + url,
                "en": BASE + "/en" + url,
                "x-default": BASE + url,
            }, name
        # Each language version is its own canonical.
        assert english.link("canonical")[0]["href"] == BASE + "/en" + url


def test_titles_are_escaped_once(client, public_urls):
    from marketplace.models import Brand

    Brand.objects.filter(slug="dapur-uji").update(public_name="Dapur <Ibu> & Anak")
    html = client.get(public_urls["brand"]).content.decode()
    assert "<title>Dapur &lt;Ibu&gt; &amp; Anak · Berdaya</title>" in html
    assert 'property="og:title" content="Dapur &lt;Ibu&gt; &amp; Anak"' in html
