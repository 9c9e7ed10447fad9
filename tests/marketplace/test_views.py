import re
import uuid

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation
from django.utils.html import escape

from home.page_cache import public_data_changed
from marketplace import selectors, services
from marketplace.models import (
    Brand,
    CentreShowcaseSettings,
    Inquiry,
    Product,
    ProductPhoto,
)
from tests.factories import UserFactory
from tests.forms import assert_error_summary
from tests.images import bomb_png, has_gps_or_metadata, jpeg_with_gps
from tests.pdfread import page_text, reader

from .conftest import make_brand, make_product, make_seller

pytestmark = pytest.mark.django_db


def product_url(product) -> str:
    return reverse(
        "marketplace:product_detail", args=[product.brand.slug, product.slug]
    )


# --- Public showcase ---


def test_showcase_lists_approved_products_with_price_and_unit(client, product):
    html = client.get(reverse("marketplace:showcase")).content.decode()
    assert "Sambal Uji" in html
    assert "Rp 25.000" in html
    assert ".webp " in html and ".avif " in html  # renditions, not the original
    assert re.search(r'<img[^>]+width="\d+"[^>]+height="\d+"', html) or re.search(
        r'<img[^>]+height="\d+"[^>]+width="\d+"', html
    )


def test_unapproved_items_are_not_public_anywhere(client, brand, image, category):
    draft = make_product(
        brand=brand, image=image, category=category, live=False, name="Rahasia Draf"
    )
    hidden_brand = make_brand(live=False, name="Merek Belum", slug="merek-belum")
    make_product(
        brand=hidden_brand, image=image, category=category, name="Produk Belum"
    )
    showcase = client.get(reverse("marketplace:showcase")).content.decode()
    search = client.get(reverse("marketplace:showcase"), {"q": "Rahasia"})
    brand_page = client.get(reverse("marketplace:brand_detail", args=[brand.slug]))
    sitemap = client.get("/sitemap.xml").content.decode()
    for text in ("Rahasia Draf", "Produk Belum", "Merek Belum"):
        assert text not in showcase
        assert text not in search.content.decode()
        assert text not in brand_page.content.decode()
    assert draft.slug not in sitemap
    assert hidden_brand.slug not in sitemap
    assert client.get(product_url(draft)).status_code == 404
    hidden_brand_url = reverse("marketplace:brand_detail", args=[hidden_brand.slug])
    assert client.get(hidden_brand_url).status_code == 404
    assert brand.slug in sitemap


def test_search_finds_by_name_description_and_brand(client, product):
    from wagtail.search import index

    index.insert_or_update_object(product)
    url = reverse("marketplace:showcase")
    assert "Sambal Uji" in client.get(url, {"q": "sambal"}).content.decode()
    assert "Sambal Uji" in client.get(url, {"q": "pengawet"}).content.decode()
    assert "Sambal Uji" not in client.get(url, {"q": "sabun"}).content.decode()


def test_filters_and_sort(client, brand, image, category):
    from marketplace.models import Category

    craft = Category.objects.get(slug="kerajinan")
    make_product(brand=brand, image=image, category=category, name="Murah", price=5000)
    make_product(brand=brand, image=image, category=craft, name="Mahal", price=90000)
    make_product(
        brand=brand,
        image=image,
        category=category,
        name="Habis",
        price=20000,
        stock=Product.Stock.SOLD_OUT,
    )
    url = reverse("marketplace:showcase")

    def names(params):
        html = client.get(url, params).content.decode()
        return re.findall(r"<h3[^>]*>(.*?)</h3>", html)

    assert names({"category": "kerajinan"}) == ["Mahal"]
    assert names({"min_price": "Rp 10.000", "max_price": "50.000"}) == ["Habis"]
    assert "Habis" not in names({"ready": "on"})
    assert names({"sort": "price_asc"}) == ["Murah", "Habis", "Mahal"]
    assert names({"sort": "price_desc"})[0] == "Mahal"
    elsewhere = make_brand(city="Kota Surabaya")
    make_product(brand=elsewhere, image=image, category=category, name="Nastar")
    assert names({"city": "Kota Surabaya"}) == ["Nastar"]
    assert names({"brand": elsewhere.slug}) == ["Nastar"]
    assert "Nastar" not in names({"city": "Kab. Bandung"})
    # An unknown sort or a broken price is ignored, not an error page.
    assert client.get(url, {"sort": "pk; drop", "min_price": "abc"}).status_code == 200


def test_showcase_query_count_is_constant(client, django_assert_num_queries, image):
    from marketplace.models import Category

    category = Category.objects.first()
    brand = make_brand()

    def add(count):
        start = Product.objects.count()
        products = Product.objects.bulk_create(
            Product(
                brand=brand,
                category=category,
                name=f"P{start + n}",
                slug=f"p{start + n}",
                description="d",
                price=1000 + n,
                public_name=f"P{start + n}",
                public_price=1000 + n,
                status=Product.Status.APPROVED,
                published_at=brand.published_at,
            )
            for n in range(count)
        )
        ProductPhoto.objects.bulk_create(
            ProductPhoto(product=p, image=image, in_public=True) for p in products
        )
        # bulk_create sends no signal (services save one by one): drop the
        # kept pages and cards as a save would.
        public_data_changed()

    url = reverse("marketplace:showcase")
    add(10)
    client.get(url)  # renditions are made once
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as ctx10:
        assert client.get(url).status_code == 200
    queries = len(ctx10.captured_queries)
    assert queries <= 12
    add(190)
    client.get(url)
    with django_assert_num_queries(queries):
        response = client.get(url)
    assert response.status_code == 200
    assert response.content.decode().count('class="card product-card"') == 24


def test_product_page_shows_details_badges_and_metadata(client, product):
    product.pirt_number = product.public_pirt_number = "2063204010245-29"
    product.halal_number = product.public_halal_number = "ID3211000024567"
    product.net_weight = "150 g"
    product.save()
    response = client.get(product_url(product))
    html = response.content.decode()
    assert "Rp 25.000" in html and "/ pak" in html.lower() or "/ pack" in html
    assert "2063204010245-29" in html and "ID3211000024567" in html
    assert "150 g" in html
    assert 'itemtype="https://schema.org/Product"' in html
    assert 'itemprop="price" content="25000"' in html
    assert 'property="og:title"' in html
    assert "Renyah.<br>Tanpa pengawet." in html
    assert "https://wa.me/?text=" in html  # share link
    # Counted (in the cache first: marketplace/stats.py), shown to the seller.
    row = selectors.owner_product_rows(user=product.brand.owner)[0]
    assert row["views"] == 1


def test_public_pages_never_show_private_details(client, product, seller):
    from accounts.models import Centre

    centre = Centre.objects.create(name="Balai Rahasia", slug="br", city="X")
    brand = product.brand
    brand.centre = centre
    brand.centre_confirmed_at = brand.published_at
    brand.whatsapp_number = "0812 9876 5432"
    seller.email = "private@example.com"
    seller.save()
    brand.save()
    for url in (
        product_url(product),
        reverse("marketplace:brand_detail", args=[brand.slug]),
    ):
        html = client.get(url).content.decode()
        for secret in (
            "Legal",
            "Secret",
            "seller_a",
            "private@example.com",
            "Balai Rahasia",
            "9876 5432",
            "6281298765432",
        ):
            assert secret not in html, (url, secret)


def test_whatsapp_button_only_when_turned_on_or_relayed(client, product):
    from accounts.models import Centre

    brand = product.brand
    url = product_url(product)
    assert "wa.me/62" not in client.get(url).content.decode()
    brand.whatsapp_number = "0812-3456-7890"
    brand.whatsapp_enabled = True
    brand.save()
    html = client.get(url).content.decode()
    assert "https://wa.me/6281234567890?text=" in html
    assert "Sambal%20Uji" in html and "Rp%2025.000" in html

    centre = Centre.objects.create(name="Balai", slug="balai", city="X")
    CentreShowcaseSettings.objects.create(
        centre=centre, whatsapp_relay="0811 1111 2222", relay_enabled=True
    )
    brand.centre = centre
    brand.centre_confirmed_at = brand.published_at
    brand.whatsapp_via_centre = True
    brand.save()
    html = client.get(url).content.decode()
    assert "https://wa.me/6281111112222?text=" in html
    assert "6281234567890" not in html


# --- Inquiries ---


def inquiry_data(**overrides):
    data = {
        "buyer_name": "Dewi",
        "buyer_phone": "",
        "buyer_email": "dewi@example.com",
        "quantity": "3",
        "message": "Bisa kirim ke Bandung?",
        "website": "",
        "token": str(uuid.uuid4()),
    }
    data.update(overrides)
    return data


def inquiry_url(product):
    return reverse(
        "marketplace:product_inquiry", args=[product.brand.slug, product.slug]
    )


def test_inquiry_is_stored_and_seller_notified_on_commit(
    client, product, seller, django_capture_on_commit_callbacks
):
    seller.email = "seller@example.com"
    seller.save()
    data = inquiry_data()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(inquiry_url(product), data)
        client.post(inquiry_url(product), data)  # a double click
    assert response.status_code == 302
    assert Inquiry.objects.count() == 1
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["seller@example.com"]


def test_inquiry_honeypot_stores_nothing(client, product):
    response = client.post(inquiry_url(product), inquiry_data(website="http://spam"))
    assert response.status_code == 302
    assert not Inquiry.objects.exists()


def test_inquiry_without_contact_is_explained_and_not_stored(client, product):
    response = client.post(inquiry_url(product), inquiry_data(buyer_email=""))
    assert response.status_code == 400
    # The summary links to the phone field, where the answer is missing.
    assert_error_summary(response.content.decode(), "id_buyer_phone")
    long = client.post(inquiry_url(product), inquiry_data(message="x" * 1001))
    assert long.status_code == 400
    assert not Inquiry.objects.exists()


def test_inquiry_rate_limit_per_ip(client, product):
    for _n in range(services.INQUIRY_LIMIT_PER_IP):
        assert client.post(inquiry_url(product), inquiry_data()).status_code == 302
    response = client.post(inquiry_url(product), inquiry_data())
    assert response.status_code == 429
    assert Inquiry.objects.count() == services.INQUIRY_LIMIT_PER_IP


def test_inquiry_rate_limit_per_product(client, product, monkeypatch):
    monkeypatch.setattr(services.inquiries, "INQUIRY_LIMIT_PER_PRODUCT", 2)
    for n in range(2):
        response = client.post(
            inquiry_url(product), inquiry_data(), REMOTE_ADDR=f"10.0.0.{n}"
        )
        assert response.status_code == 302
    response = client.post(inquiry_url(product), inquiry_data(), REMOTE_ADDR="10.0.0.9")
    assert response.status_code == 429
    assert Inquiry.objects.count() == 2


def test_seller_reply_reaches_buyer_by_email_without_sellers_contact(
    seller_client, product, seller, django_capture_on_commit_callbacks
):
    seller.email = "seller-private@example.com"
    seller.save()
    inquiry = services.inquiry_create(
        product=product,
        token=uuid.uuid4(),
        buyer_name="Dewi",
        buyer_phone="",
        buyer_email="dewi@example.com",
        quantity=2,
        message="Halo",
    )
    url = reverse("marketplace:inquiry_detail", args=[inquiry.pk])
    page = seller_client.get(url)
    assert "dewi@example.com" in page.content.decode()
    assert page["Cache-Control"] == "private, no-store"
    with django_capture_on_commit_callbacks(execute=True):
        seller_client.post(url, {"action": "reply", "message": "Bisa, Bu."})
    inquiry.refresh_from_db()
    assert inquiry.status == Inquiry.Status.REPLIED
    sent = [m for m in mail.outbox if m.to == ["dewi@example.com"]]
    assert len(sent) == 1
    assert "Bisa, Bu." in sent[0].body
    assert "seller-private" not in sent[0].body + str(sent[0].from_email)
    assert inquiry.replies.get().emailed


# --- Seller dashboard and ownership ---


def test_another_sellers_objects_are_404(client, product):
    other = make_seller()
    make_brand(owner=other)
    client.force_login(other)
    inquiry = services.inquiry_create(
        product=product,
        token=uuid.uuid4(),
        buyer_name="B",
        buyer_phone="081234567890",
        buyer_email="",
        quantity=1,
        message="Halo",
    )
    photo = product.photos.first()
    urls = [
        reverse("marketplace:product_edit", args=[product.pk]),
        reverse("marketplace:product_photos", args=[product.pk]),
        reverse("marketplace:product_preview", args=[product.pk]),
        reverse("marketplace:inquiry_detail", args=[inquiry.pk]),
    ]
    for url in urls:
        assert client.get(url).status_code == 404, url
    for action in ("archive", "duplicate", "sold-out", "submit"):
        url = reverse("marketplace:product_action", args=[product.pk, action])
        assert client.post(url).status_code == 404
    photos_url = reverse("marketplace:product_photos", args=[product.pk])
    assert (
        client.post(photos_url, {"action": "remove", "photo": photo.pk}).status_code
        == 404
    )
    assert (
        client.post(
            reverse("marketplace:inquiry_detail", args=[inquiry.pk]),
            {"action": "close"},
        ).status_code
        == 404
    )
    product.refresh_from_db()
    inquiry.refresh_from_db()
    assert product.archived_at is None and product.stock == Product.Stock.READY
    assert inquiry.status == Inquiry.Status.NEW
    assert Product.objects.count() == 1
    dashboard = client.get(reverse("marketplace:dashboard")).content.decode()
    assert "Sambal Uji" not in dashboard
    inbox = client.get(reverse("marketplace:inbox")).content.decode()
    assert "Halo" not in inbox


def test_state_changes_need_post(seller_client, product):
    url = reverse("marketplace:product_action", args=[product.pk, "archive"])
    assert seller_client.get(url).status_code == 405


def test_not_eligible_learner_sees_what_to_finish(client):
    client.force_login(UserFactory())
    html = client.get(reverse("marketplace:dashboard")).content.decode()
    assert reverse("marketplace:brand_edit") not in html
    response = client.get(reverse("marketplace:brand_edit"))
    assert response.status_code == 302


def test_seller_opens_brand_adds_product_with_clean_photo_and_submits(client, category):
    from wagtail.images import get_image_model

    user = make_seller()
    client.force_login(user)
    response = client.post(
        reverse("marketplace:brand_edit"),
        {
            "name": "Dapur Rina",
            "city": "Kota Bogor",
            "story": "Cerita",
            "cover_upload": SimpleUploadedFile("c.jpg", jpeg_with_gps()),
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    brand = Brand.objects.get(owner=user)
    response = client.post(
        reverse("marketplace:product_create"),
        {
            "name": "Keripik Pedas",
            "category": category.pk,
            "description": "Renyah",
            "price": "Rp 15.000",
            "unit": "pack",
            "stock": "ready",
            "min_order": "1",
            "new_photos": [
                SimpleUploadedFile("p1.jpg", jpeg_with_gps(orientation=6)),
                SimpleUploadedFile("p2.jpg", jpeg_with_gps()),
            ],
            "action": "submit",
        },
    )
    assert response.status_code == 302
    product = Product.objects.get(brand=brand)
    assert product.price == 15000
    assert product.status == Product.Status.SUBMITTED
    brand.refresh_from_db()
    assert brand.status == Brand.Status.SUBMITTED
    assert product.photos.count() == 2
    # No stored file (originals or renditions) keeps GPS or other metadata.
    client.get(reverse("marketplace:product_preview", args=[product.pk]))
    images = get_image_model().objects.all()
    assert images.count() == 3
    for img in images:
        with img.file.open("rb") as handle:
            assert not has_gps_or_metadata(handle.read())
        for rendition in img.renditions.all():
            with rendition.file.open("rb") as handle:
                assert not has_gps_or_metadata(handle.read())
    # Turned upright from the EXIF orientation (64 x 48 becomes 48 x 64).
    first = product.photos.order_by("position").first().image
    assert (first.width, first.height) == (48, 64)


@pytest.mark.parametrize(
    "upload",
    [
        SimpleUploadedFile("bomb.png", bomb_png()),
        SimpleUploadedFile("notes.jpg", b"just some text, not a photo" * 10),
    ],
    ids=["decompression-bomb", "renamed-text"],
)
def test_bad_photos_are_refused_with_a_message(seller_client, brand, category, upload):
    response = seller_client.post(
        reverse("marketplace:product_create"),
        {
            "name": "Kue",
            "category": category.pk,
            "description": "Enak",
            "price": "10000",
            "unit": "pcs",
            "stock": "ready",
            "min_order": "1",
            "new_photos": upload,
        },
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "errorlist" in html
    assert not Product.objects.exists()


def test_dashboard_shows_numbers_per_product(seller_client, product, client):
    services.product_view_record(product_id=product.pk)
    services.product_view_record(product_id=product.pk)
    services.inquiry_create(
        product=product,
        token=uuid.uuid4(),
        buyer_name="B",
        buyer_phone="081234567890",
        buyer_email="",
        quantity=1,
        message="Halo",
    )
    response = seller_client.get(reverse("marketplace:dashboard"))
    html = response.content.decode()
    assert response["Cache-Control"] == "private, no-store"
    assert re.search(r"2 [^<]*30[^<]*1 ", html), html


def test_photo_reorder_without_javascript(seller_client, product, image):
    second = ProductPhoto.objects.create(product=product, image=image, position=1)
    url = reverse("marketplace:product_photos", args=[product.pk])
    seller_client.post(url, {"action": "cover", "photo": second.pk})
    first = product.photos.filter(in_draft=True).order_by("position").first()
    assert first.pk == second.pk
    product.refresh_from_db()
    assert product.status == Product.Status.SUBMITTED  # live gallery → review


def test_qr_label_pdf_contains_the_product_url(seller_client, product):
    response = seller_client.post(
        reverse("marketplace:label_sheet"),
        {"product": product.pk, "count": "25", "show_price": "on"},
    )
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    data = b"".join(response.streaming_content)
    assert data.startswith(b"%PDF")
    url = "http://testserver" + product_url(product)
    assert url.encode() in data  # the link of every QR code
    text = "".join(page_text(data).split())
    assert "testserver" + product_url(product) in text
    assert "Rp25.000" in text
    assert len(reader(data).pages) == 2  # 25 labels fill two sheets of 21


def test_label_form_offers_only_own_live_products(
    seller_client, product, image, category
):
    other = make_product(
        brand=make_brand(), image=image, category=category, name="Bukan Milikku"
    )
    html = seller_client.get(reverse("marketplace:label_sheet")).content.decode()
    assert "Bukan Milikku" not in html
    response = seller_client.post(
        reverse("marketplace:label_sheet"), {"product": other.pk, "count": "1"}
    )
    assert response["Content-Type"].startswith("text/html")


def test_home_page_features_products_and_counts(client, site_root, product):
    html = client.get("/").content.decode()
    assert "Sambal Uji" in html
    assert 'data-impact="products">1<' in html.replace("\n", "").replace(" ", "")
    assert reverse("marketplace:showcase") in html


def test_image_is_rendered_as_avif_webp_and_jpeg_renditions(client, product):
    html = client.get(product_url(product)).content.decode()
    srcs = re.findall(r'<img[^>]+src="([^"]+)"', html)
    assert srcs and all(src.endswith(".jpg") for src in srcs)  # the fallback
    sources = re.findall(r'<source[^>]+type="(image/[a-z]+)"', html)
    assert {"image/avif", "image/webp"} <= set(sources)
    assert "original_images" not in html


def test_brand_form_says_no_one_has_to_share_their_past(client):
    """Issue 17: the story field's help says plainly that a story about the
    products is enough."""
    client.force_login(make_seller())
    response = client.get(reverse("marketplace:brand_edit"))
    assert response.status_code == 200
    with translation.override("id"):
        help_text = translation.gettext(
            "What you make, how you make it and what makes it special. "
            "You do not have to share your past: a story about your "
            "products is enough."
        )
    assert escape(help_text) in response.content.decode()
