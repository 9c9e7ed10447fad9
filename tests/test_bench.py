"""A smoke run of the bench's code path: a tiny seed, then one measurement
of a few pages in-process (the HTTP load part needs gunicorn: ``make bench``)."""

import pytest
from django.urls import reverse

from bench import run
from bench.seed import BRAND_PREFIX, REFERENCE_SLUG, Sizes, seed
from courses import services
from courses.models import Enrolment, LessonProgress
from home.models import StandardPage
from marketplace.models import Brand, Product
from tests.courses.conftest import build_course

pytestmark = pytest.mark.django_db


def test_tiny_seed_and_one_in_process_round(site_root):
    catalogue = services.course_catalogue_ensure(
        parent=site_root, title="Kursus", slug="kursus", intro="Kursus singkat."
    )
    build_course(catalogue, slug="dasar", title="Dasar", modules=1, lessons=2)
    sizes = Sizes(products=30, brands=3, learners=12, cohort_size=4)
    seed(sizes, demo=False)
    seed(sizes, demo=False)  # idempotent
    assert Brand.objects.public().filter(slug__startswith=BRAND_PREFIX).count() == 3
    assert Product.objects.public().count() == 30
    assert Enrolment.objects.filter(user__username__startswith="peserta-uji-").count()
    assert LessonProgress.objects.exists()
    reference = StandardPage.objects.get(slug=REFERENCE_SLUG)
    assert 9_000 < len(reference.body) <= 10_240

    brand = Brand.objects.filter(slug__startswith=BRAND_PREFIX).first()
    product = Product.objects.filter(brand=brand).first()
    showcase = reverse("marketplace:showcase")
    pages = [
        run.Page(run.REFERENCE, reference.url),
        run.Page("home", "/"),
        run.Page("showcase search", showcase + "?q=sambal"),
        run.Page(
            "product",
            reverse("marketplace:product_detail", args=[brand.slug, product.slug]),
        ),
    ]
    run.measure_in_process(pages, cookies={})
    assert [page.status for page in pages] == [200] * 4
    assert all(page.queries > 0 and page.html_bytes > 1000 for page in pages)
    assert "Sambal" in run.Client().get(showcase + "?q=sambal").content.decode()
    # The reference is measured built (no page cache); an anonymous page both
    # as served and built; a signed-in page is always built.
    pages[0].built = run.Load([0.01, 0.02, 0.03], 1.0)
    pages[1].latencies, pages[1].seconds = [0.02] * 6, 1.0
    pages[1].built = run.Load([0.02], 1.0)
    text = run.table(pages)
    assert text.count("\n") == len(pages) + 1
    assert "| 3.0 | 1.00 | 3.0 | 1.00 |" in text
    assert "| 6.0 | 2.00 | 1.0 | 0.33 |" in text
    signed_in = run.Page("lesson", "/x/", user="peserta")
    signed_in.latencies, signed_in.seconds = [0.02, 0.02], 1.0
    assert "| 2.0 | 0.67 | 2.0 | 0.67 |" in run.table([pages[0], signed_in])
