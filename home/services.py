"""Writes for the site tree, groups, collections and demo accounts."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.db import IntegrityError, transaction
from wagtail.models import Collection, GroupCollectionPermission, Locale, Page, Site

from .models import FormSubmission, HomePage, StandardPage

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
    """The single HomePage as the default site's root (idempotent).

    The texts are used only when the page is created: an existing home page
    keeps what editors wrote, so ``site_setup`` is safe on every deploy.
    """
    with transaction.atomic():
        home = HomePage.objects.first()
        if home is None:
            home = HomePage(
                title="Berdaya",
                slug="beranda",
                hero_title=hero_title,
                hero_text=hero_text,
                learn_button=learn_button,
                shop_button=shop_button,
                locale=Locale.get_default(),
            )
            Page.get_first_root_node().add_child(instance=home)
            home.full_clean()
            home.save_revision().publish()
        site_ensure(root_page=home)
    return HomePage.objects.get(pk=home.pk)


def home_page_update(
    *,
    home: HomePage,
    hero_title: str,
    hero_text: str,
    learn_button: str,
    shop_button: str,
) -> HomePage:
    """Set the home page texts; publishes a revision only when one changed."""
    texts = {
        "hero_title": hero_title,
        "hero_text": hero_text,
        "learn_button": learn_button,
        "shop_button": shop_button,
    }
    if all(getattr(home, name) == value for name, value in texts.items()):
        return home
    with transaction.atomic():
        for name, value in texts.items():
            setattr(home, name, value)
        home.full_clean()
        home.save_revision().publish()
    return HomePage.objects.get(pk=home.pk)


def site_address() -> tuple[str, int]:
    """Host name and port of ``SITE_BASE_URL``, the one public origin."""
    parts = urlsplit(settings.SITE_BASE_URL)
    port = parts.port or (443 if parts.scheme == "https" else 80)
    return (parts.hostname or "localhost", port)


def site_ensure(*, root_page: Page) -> Site:
    """The default Site, rooted at ``root_page``, at ``SITE_BASE_URL``'s host
    name and port (idempotent).

    A new install's Site points at Wagtail's "Welcome" page: it is moved to
    ``root_page`` and that placeholder page is deleted. A Site an administrator
    already rooted at a real page keeps its root. Its host name and port follow
    ``SITE_BASE_URL`` every time: page URLs in the sitemap, in mail and in the
    admin use them, so they must match the canonical links of every page.
    """
    hostname, port = site_address()
    with transaction.atomic():
        site = Site.objects.filter(is_default_site=True).first()
        changed = site is None
        if site is None:
            site = Site(
                is_default_site=True,
                hostname=hostname,
                port=port,
                root_page=root_page,
            )
        elif site.root_page_id != root_page.pk and _is_welcome_page(site.root_page):
            site.root_page = root_page
            changed = True
        if (site.hostname, site.port) != (hostname, port) and not (
            Site.objects.filter(hostname=hostname, port=port)
            .exclude(pk=site.pk)
            .exists()
        ):
            site.hostname, site.port = hostname, port
            changed = True
        if not site.site_name:
            site.site_name = "Berdaya"
            changed = True
        if changed:
            site.full_clean()
            site.save()
        for page in Page.objects.filter(depth=2, numchild=0).exclude(
            pk__in=Site.objects.values("root_page")
        ):
            if _is_welcome_page(page):
                page.delete()
    return site


def _is_welcome_page(page: Page) -> bool:
    """Wagtail's placeholder "Welcome to your new Wagtail site!" page."""
    return (
        page.depth == 2
        and page.numchild == 0
        and page.specific_class is Page
        and page.slug == "home"
    )


def group_permissions_ensure(*, name: str, permissions: Iterable[str]) -> Group:
    """The group ``name`` holds at least ``permissions`` (``"app.codename"``).

    Groups only bundle permissions: code checks ``user.has_perm(...)``, never a
    group name. Used to grant (migrations grant the same on install;
    ``site_setup`` re-asserts it). Nothing is removed.
    """
    with transaction.atomic():
        group, _created = Group.objects.get_or_create(name=name)
        group.permissions.add(*_permissions(permissions))
    return group


def collection_ensure(*, name: str) -> Collection:
    """The image/document collection ``name`` directly under the root."""
    root = Collection.get_first_root_node()
    existing = root.get_children().filter(name=name).first()
    if existing is not None:
        return existing
    with transaction.atomic():
        return root.add_child(name=name)


def collection_permissions_ensure(
    *, collection: Collection, group: Group, permissions: Iterable[str]
) -> None:
    """``group`` holds ``permissions`` (``"app.codename"``) on ``collection``.

    Wagtail checks image permissions on its base model ``wagtailimages.image``
    (and documents on ``wagtaildocs.document``), whatever the custom model.
    """
    with transaction.atomic():
        for permission in _permissions(permissions):
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=collection, permission=permission
            )


def _permissions(names: Iterable[str]) -> list[Permission]:
    """Permission rows for ``"app_label.codename"`` names; a missing one fails."""
    found = []
    for name in names:
        app_label, codename = name.split(".", 1)
        found.append(
            Permission.objects.get(content_type__app_label=app_label, codename=codename)
        )
    return found


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


# --- Forms that are safe to send twice -----------------------------------------


class SubmissionMismatch(Exception):
    """A token already used by another kind of form (a tampered page)."""


def submission_result(*, token: uuid.UUID | None, kind: str) -> dict | None:
    """What the form ``token`` already created (``None`` if nothing yet)."""
    if token is None:
        return None
    done = FormSubmission.objects.filter(token=token).first()
    if done is None:
        return None
    if done.kind != kind:
        raise SubmissionMismatch(kind)
    return done.result


def submission_once(
    *, token: uuid.UUID | None, kind: str, work: Callable[[], dict]
) -> tuple[dict, bool]:
    """Run ``work`` once per form ``token``: ``(result, True)`` the first
    time, ``(the first result, False)`` for every repeat, including one sent
    at the same moment (the token row is written in ``work``'s transaction, so
    the second request waits for the first to commit and then reads it).
    Without a token ``work`` simply runs. ``work`` returns JSON (ids).
    """
    if token is None:
        with transaction.atomic():
            return work(), True
    done = FormSubmission.objects.filter(token=token).first()
    if done is None:
        try:
            with transaction.atomic():
                FormSubmission.objects.create(token=token, kind=kind, result={})
                result = work()
                FormSubmission.objects.filter(token=token).update(result=result)
                return result, True
        except IntegrityError:
            done = FormSubmission.objects.filter(token=token).first()
            if done is None:  # the error came from ``work`` itself
                raise
    if done.kind != kind:
        raise SubmissionMismatch(kind)
    return done.result, False
