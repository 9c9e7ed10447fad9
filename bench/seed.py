"""A large data set for the bench, in bulk: minutes, not hours.

On top of the demo (``seed_demo``): ``products`` approved public products
across ``brands`` brands and every category, ``learners`` learners with
enrolments and progress, ``cohort_size`` of them in the demo centre's cohort,
and the in-run reference page: a plain StandardPage with a 10 KB body.
Product photos share the demo's few image rows. Idempotent: a second run
finds the bench brands and adds nothing.
"""

from __future__ import annotations

import itertools
import random
from dataclasses import dataclass

from django.core.exceptions import PermissionDenied, ValidationError
from django.core.management import call_command
from django.db import transaction
from django.utils import timezone
from wagtail.search.backends import get_search_backend

from accounts.models import Cohort, User
from courses.models import (
    CoursePage,
    Enrolment,
    LessonPage,
    LessonProgress,
    LessonVisit,
)
from courses.services import enrolment_create, lesson_open_record, progress_record
from home.models import HomePage, StandardPage
from home.page_cache import content_changed, public_data_changed
from marketplace.models import Brand, Category, Product, ProductPhoto

BRAND_PREFIX = "bench-"
REFERENCE_SLUG = "bench-referensi"
BATCH = 1000

WORDS = [
    ("Sambal", "pedas dari cabai segar"),
    ("Keripik", "renyah tanpa pengawet"),
    ("Kue", "manis untuk arisan"),
    ("Sabun", "wangi sereh alami"),
    ("Tas", "anyaman pandan kuat"),
    ("Batik", "cap tulis warna alam"),
    ("Kopi", "bubuk robusta lokal"),
    ("Madu", "hutan murni"),
    ("Rendang", "daging sapi bumbu lengkap"),
    ("Dompet", "kulit sintetis rapi"),
]
FLAVOURS = ["Bawang", "Balado", "Original", "Ijo", "Pandan", "Jahe", "Kelapa", "Mini"]
CITIES = ["Bekasi", "Bandung", "Depok", "Bogor", "Garut", "Solo", "Malang", "Medan"]


@dataclass(frozen=True)
class Sizes:
    products: int = 10_000
    brands: int = 500
    learners: int = 10_000
    cohort_size: int = 500


def _say(stdout, text: str) -> None:
    if stdout is not None:
        stdout.write(text)


def seed(sizes: Sizes = Sizes(), *, stdout=None, demo: bool = True) -> dict:
    """Seed everything (idempotent); returns what the bench needs to know."""
    if demo:
        call_command("seed_demo", stdout=stdout)
    reference = reference_page_ensure()
    if not Brand.objects.filter(slug__startswith=BRAND_PREFIX).exists():
        rng = random.Random(2026)  # noqa: S311 - demo data, not secrets
        _say(stdout, f"Seeding {sizes.brands} brands, {sizes.products} products...")
        _shop_seed(sizes, rng)
        _say(stdout, f"Seeding {sizes.learners} learners...")
        _learners_seed(sizes, rng)
        _say(stdout, "Indexing products and brands for search...")
        backend = get_search_backend()
        backend.add_bulk(Brand, Brand.objects.filter(slug__startswith=BRAND_PREFIX))
        products = Product.objects.filter(brand__slug__startswith=BRAND_PREFIX)
        for start in range(0, sizes.products, BATCH):
            backend.add_bulk(Product, products.order_by("pk")[start : start + BATCH])
        # bulk_create sends no signals: forget kept pages and cards.
        content_changed()
        public_data_changed()
    _signed_in_learner_ensure()
    return {"reference": reference}


def reference_page_ensure() -> StandardPage:
    """The in-run reference: a plain Wagtail page with a 10 KB body."""
    existing = StandardPage.objects.filter(slug=REFERENCE_SLUG).first()
    if existing is not None:
        return existing
    home = HomePage.objects.first()
    paragraph = (
        "<p>Berdaya mengajak peserta belajar usaha dari nol: menghitung modal, "
        "menentukan harga, mencatat kas harian, lalu membuka merek sendiri "
        "di etalase. Halaman ini hanya pembanding untuk uji beban.</p>"
    )
    body = paragraph * (10_240 // len(paragraph) + 1)
    page = StandardPage(
        title="Referensi uji beban",
        slug=REFERENCE_SLUG,
        intro="Halaman Wagtail biasa dengan isi 10 KB.",
        body=body[: body.rindex("</p>", 0, 10_240) + 4],
        show_in_menus=False,
    )
    home.add_child(instance=page)
    page.save_revision().publish()
    return page


def _users(prefix: str, count: int, **fields) -> list[User]:
    """``count`` users named ``prefix-N`` without a usable password."""
    users = [
        User(
            username=f"{prefix}-{n}",
            display_name=f"{prefix.title()} {n}",
            password="!bench",  # noqa: S106 - unusable (no hasher starts with "!")
            **fields,
        )
        for n in range(count)
    ]
    User.objects.bulk_create(users, batch_size=BATCH)
    return list(User.objects.filter(username__startswith=f"{prefix}-").order_by("pk"))


@transaction.atomic
def _shop_seed(sizes: Sizes, rng: random.Random) -> None:
    now = timezone.now()
    owners = _users("penjual", sizes.brands)
    brands = []
    for n, owner in enumerate(owners):
        name = f"Dapur {rng.choice(FLAVOURS)} {n}"
        tagline = f"Buatan tangan dari {CITIES[n % len(CITIES)]}"
        brands.append(
            Brand(
                owner=owner,
                name=name,
                slug=f"{BRAND_PREFIX}{n}",
                tagline=tagline,
                story="Usaha rumahan lulusan pelatihan Berdaya.",
                city=CITIES[n % len(CITIES)],
                status=Brand.Status.APPROVED,
                public_name=name,
                public_tagline=tagline,
                public_story="Usaha rumahan lulusan pelatihan Berdaya.",
                published_at=now,
            )
        )
    Brand.objects.bulk_create(brands, batch_size=BATCH)
    brands = list(Brand.objects.filter(slug__startswith=BRAND_PREFIX).order_by("pk"))
    categories = list(Category.objects.order_by("pk"))
    images = list(
        ProductPhoto.objects.values_list("image_id", flat=True).distinct()[:6]
    )
    products = []
    per_brand = itertools.cycle(range(len(brands)))
    for n in range(sizes.products):
        brand = brands[next(per_brand)]
        word, text = WORDS[n % len(WORDS)]
        name = f"{word} {rng.choice(FLAVOURS)} {n}"
        description = f"{word} {text}. Dibuat di {brand.city}, dikirim hari ini."
        price = rng.randrange(5, 300) * 1000
        products.append(
            Product(
                brand=brand,
                name=name,
                slug=f"produk-{n}",
                description=description,
                category=categories[n % len(categories)],
                price=price,
                status=Product.Status.APPROVED,
                public_name=name,
                public_description=description,
                public_price=price,
                published_at=now,
            )
        )
        # bulk_create skips save(): the showcase search column is written
        # here, as Product.save() would.
        products[-1].search_text = products[-1].build_search_text(
            brand_name=brand.public_name or brand.name
        )
    Product.objects.bulk_create(products, batch_size=BATCH)
    if images:
        photos = [
            ProductPhoto(
                product_id=pk,
                image_id=images[n % len(images)],
                in_public=True,
                in_draft=True,
            )
            for n, pk in enumerate(
                Product.objects.filter(brand__slug__startswith=BRAND_PREFIX)
                .order_by("pk")
                .values_list("pk", flat=True)
            )
        ]
        ProductPhoto.objects.bulk_create(photos, batch_size=BATCH)


@transaction.atomic
def _learners_seed(sizes: Sizes, rng: random.Random) -> None:
    cohort = Cohort.objects.select_related("centre").order_by("pk").first()
    learners = _users("peserta-uji", sizes.learners)
    if cohort is not None:
        in_cohort = [learner.pk for learner in learners[: sizes.cohort_size]]
        User.objects.filter(pk__in=in_cohort).update(
            cohort=cohort, centre=cohort.centre
        )
    courses = list(CoursePage.objects.live().order_by("path")[:4])
    lessons = {
        course.pk: list(
            LessonPage.objects.live().descendant_of(course).order_by("path")
        )
        for course in courses
    }
    enrolments, visits, progress = [], [], []
    for learner in learners:
        for course in rng.sample(courses, k=min(len(courses), rng.randint(1, 2))):
            enrolments.append(Enrolment(user=learner, course=course))
            done = rng.randint(0, len(lessons[course.pk]))
            for lesson in lessons[course.pk][:done]:
                visits.append(LessonVisit(user=learner, lesson=lesson, course=course))
                progress.append(
                    LessonProgress(user=learner, lesson=lesson, course=course)
                )
    Enrolment.objects.bulk_create(enrolments, batch_size=BATCH)
    LessonVisit.objects.bulk_create(visits, batch_size=BATCH)
    LessonProgress.objects.bulk_create(progress, batch_size=BATCH)


def _signed_in_learner_ensure() -> None:
    """The demo learner "peserta" is enrolled and opened the first lesson:
    the bench reads that lesson as her."""
    learner = User.objects.filter(username="peserta").first()
    if learner is None:
        return
    for course in CoursePage.objects.live().order_by("path"):
        try:
            enrolment_create(user=learner, course=course)
        except (PermissionDenied, ValidationError):
            continue  # a course for other cohorts, or with prerequisites
        lesson = (
            LessonPage.objects.live().descendant_of(course).order_by("path").first()
        )
        if lesson is not None:
            lesson_open_record(user=learner, lesson=lesson)
            progress_record(user=learner, lesson=lesson)
            return


def signed_in_lesson(username: str = "peserta") -> LessonPage | None:
    """The first lesson ``username`` opened: the bench's signed-in lesson."""
    visit = (
        LessonVisit.objects.filter(user__username=username)
        .order_by("pk")
        .select_related("lesson")
        .first()
    )
    return visit.lesson if visit is not None else None
