"""Public content of every kind, for the page head, cache and sitemap tests."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.images import get_image_model

from courses import services
from home.imaging import clean_image
from home.models import StandardPage
from marketplace.models import Category
from tests.courses.conftest import build_course
from tests.images import png_bytes
from tests.marketplace.conftest import make_brand, make_product


@pytest.fixture
def image(db):
    cleaned = clean_image(SimpleUploadedFile("p.png", png_bytes()))
    img = get_image_model()(title="photo", file=cleaned.file)
    img._set_image_file_metadata()
    img.save()
    return img


@pytest.fixture
def public_urls(site_root, image):
    """Every kind of public page, with content."""
    catalogue = services.course_catalogue_ensure(
        parent=site_root, title="Kursus", slug="kursus", intro="Kursus singkat."
    )
    course = build_course(catalogue, slug="keuangan", title="Keuangan", modules=1)
    brand = make_brand(name="Dapur Uji", slug="dapur-uji")
    product = make_product(
        brand=brand,
        image=image,
        category=Category.objects.get(slug="makanan-minuman"),
        slug="sambal-uji",
    )
    about = StandardPage.objects.get(slug="tentang")
    return {
        "home": "/",
        "home_en": "/en/",
        "catalogue": catalogue.url,
        "course": course.url,
        "showcase": reverse("marketplace:showcase"),
        "showcase_search": reverse("marketplace:showcase") + "?q=sambal",
        "brand": reverse("marketplace:brand_detail", args=[brand.slug]),
        "product": reverse(
            "marketplace:product_detail", args=[brand.slug, product.slug]
        ),
        "certificate_check": reverse("certificate_lookup"),
        "standard": about.url,
        "standard_en": "/en" + about.url,
    }
