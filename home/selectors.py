"""Reads for the public home page: counts and featured items, no personal data."""

from __future__ import annotations

from typing import Any

from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.urls import reverse

IMPACT_CACHE_KEY = "home:impact-numbers"
IMPACT_CACHE_SECONDS = 60


def impact_numbers() -> dict[str, int]:
    """Live counts shown on the home page (cached for a minute)."""
    cached = cache.get(IMPACT_CACHE_KEY)
    if cached is not None:
        return cached
    from marketplace.selectors import showcase_counts

    user_model = get_user_model()
    numbers = {
        "learners": user_model.objects.filter(
            is_active=True, is_staff=False, is_superuser=False
        ).count(),
        "certificates": _valid_certificates(),
        **showcase_counts(),
    }
    cache.set(IMPACT_CACHE_KEY, numbers, IMPACT_CACHE_SECONDS)
    return numbers


def _valid_certificates() -> int:
    from courses.models import Certificate

    return Certificate.objects.filter(revoked_at__isnull=True).count()


def home_featured(request) -> dict[str, Any]:
    """Featured courses and the newest approved products."""
    from courses import selectors as course_selectors
    from marketplace import selectors as showcase_selectors

    courses = list(course_selectors.public_courses()[:4])
    return {
        "featured_courses": course_selectors.course_cards(
            courses=courses, user=request.user
        ),
        "featured_products": showcase_selectors.featured_products(limit=4),
    }


def site_navigation(request) -> dict[str, Any]:
    """Header menu and footer links for the site serving ``request``."""
    from wagtail.models import Site

    from courses.models import CourseIndexPage

    from .models import StandardPage

    site = Site.find_for_request(request)
    if site is None:
        return {"footer_pages": [], "menu_shop_url": reverse("marketplace:showcase")}
    root = site.root_page
    footer_pages = [
        {"title": page.title, "url": page.get_url(request)}
        for page in StandardPage.objects.child_of(root).live().public().in_menu()
    ]
    catalogue = CourseIndexPage.objects.child_of(root).live().public().first()
    return {
        "footer_pages": footer_pages,
        "menu_courses_url": catalogue.get_url(request) if catalogue else None,
        "menu_shop_url": reverse("marketplace:showcase"),
    }
