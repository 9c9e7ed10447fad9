"""Writes for the site tree and demo accounts."""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from wagtail.models import Locale, Page, Site

from .models import HomePage, StandardPage

DEMO_PASSWORD = "berdaya-demo-2026"  # noqa: S105 - only set in demo mode


@dataclass(frozen=True)
class DemoAccount:
    username: str
    display_name: str
    role: str
    is_superuser: bool = False


def home_page_ensure(
    *, hero_title: str, hero_text: str, learn_button: str, shop_button: str
) -> HomePage:
    """Create (or update) the single HomePage and make it the default site root."""
    with transaction.atomic():
        home = HomePage.objects.first()
        if home is None:
            root = Page.get_first_root_node()
            locale = Locale.get_default()
            home = HomePage(
                title="Berdaya",
                slug="beranda",
                hero_title=hero_title,
                hero_text=hero_text,
                learn_button=learn_button,
                shop_button=shop_button,
                locale=locale,
            )
            root.add_child(instance=home)
        else:
            home.hero_title = hero_title
            home.hero_text = hero_text
            home.learn_button = learn_button
            home.shop_button = shop_button
        home.full_clean()
        home.save_revision().publish()

        site = Site.objects.filter(is_default_site=True).first()
        if site is None:
            site = Site(is_default_site=True)
        site.hostname = "localhost"
        site.port = 80
        site.site_name = "Berdaya"
        site.root_page = home
        site.save()
        # Wagtail's initial "Welcome" page is replaced by ours.
        Page.objects.filter(depth=2).exclude(pk=home.pk).exclude(
            pk__in=Site.objects.values("root_page")
        ).delete()
    return HomePage.objects.get(pk=home.pk)


def standard_page_ensure(
    *,
    parent: Page,
    slug: str,
    title: str,
    intro: str,
    body: str,
    show_in_menus: bool = True,
) -> StandardPage:
    """Create or update a StandardPage under ``parent`` by slug (idempotent)."""
    with transaction.atomic():
        page = StandardPage.objects.child_of(parent).filter(slug=slug).first()
        if page is None:
            page = StandardPage(
                slug=slug,
                title=title,
                intro=intro,
                body=body,
                show_in_menus=show_in_menus,
            )
            parent.add_child(instance=page)
        else:
            page.title = title
            page.intro = intro
            page.body = body
            page.show_in_menus = show_in_menus
        page.full_clean()
        page.save_revision().publish()
    return page


def demo_user_ensure(*, account: DemoAccount, email: str | None = None):
    """Create or update a demo account; a known password only in demo mode."""
    user_model = get_user_model()
    with transaction.atomic():
        user, _created = user_model.objects.get_or_create(
            username=account.username,
            defaults={"display_name": account.display_name},
        )
        user.display_name = account.display_name
        user.email = email or f"{account.username}@demo.berdaya.id"
        user.is_superuser = account.is_superuser
        user.is_staff = account.is_superuser
        if settings.BERDAYA_DEMO_MODE:
            user.set_password(DEMO_PASSWORD)
        else:
            user.set_unusable_password()
        user.full_clean()
        user.save()
    return user
