"""Constants and helpers shared by the showcase services."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Iterable

from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils.text import slugify
from wagtail.images import get_image_model
from wagtail.models import Collection

from accounts.models import User
from home.imaging import CleanedImage
from home.services import (
    collection_ensure,
    collection_permissions_ensure,
    group_permissions_ensure,
)
from home.storage import file_store

logger = logging.getLogger("berdaya.marketplace")

# Roles are permissions; the "Curators" group only bundles them (granting, never
# checking). Migrations marketplace/0002, 0004 and 0005 grant the same on install;
# showcase_site_setup (manage.py site_setup) re-asserts it.
CURATE_SHOWCASE = "marketplace.curate_showcase"
CURATORS_GROUP = "Curators"
CURATOR_PERMISSIONS = [
    "wagtailadmin.access_admin",
    CURATE_SHOWCASE,
    "marketplace.view_brand",
    "marketplace.change_brand",
    "marketplace.view_product",
    "marketplace.change_product",
    "marketplace.add_category",
    "marketplace.change_category",
    "marketplace.delete_category",
    "marketplace.view_category",
    "marketplace.view_sellerapproval",
    "marketplace.add_sellerapproval",
    "marketplace.view_centreshowcasesettings",
    "marketplace.add_centreshowcasesettings",
    "marketplace.change_centreshowcasesettings",
    # To choose a centre for its WhatsApp relay (the centre chooser asks for it).
    "accounts.view_centre",
]
# Sellers' photos (front-end uploads) live here. Curators may see them in the
# admin; no other group has any permission on this collection.
COLLECTION_NAME = "Etalase"
SHOWCASE_IMAGE_PERMISSIONS = [
    "wagtailimages.change_image",
    "wagtailimages.choose_image",
]


class ShowcaseError(ValidationError):
    """A rule of the showcase refused the action (message for the user)."""


# --- Images ---


def showcase_collection() -> Collection:
    """The collection sellers' photos are stored in (created if missing)."""
    return collection_ensure(name=COLLECTION_NAME)


def image_from_cleaned(
    *,
    cleaned: CleanedImage,
    title: str,
    uploaded_by_id: int,
    alt_text: str | None = None,
):
    """Store an already cleaned photo as a Wagtail image (never the upload).

    The seller is recorded as the uploader so that deleting her account finds
    every photo she sent, even one nothing points at any more. The file is
    written first (``home.storage.file_store``): a storage error is a form
    error before any row exists, and inside ``files_removed_on_error`` a
    later failure deletes the file again.
    """
    image_model = get_image_model()
    image = image_model(
        title=title[:255],
        alt_text=(title if alt_text is None else alt_text)[:255],
        file=cleaned.file,
        collection=showcase_collection(),
        uploaded_by_user_id=uploaded_by_id,
    )
    image._set_image_file_metadata()
    file_store(image.file, cleaned.file)
    image.save()
    return image


def _unique_slug(*, model, base: str, **scope) -> str:
    base = (slugify(base) or "merek")[:70]
    slug, n = base, 2
    while model.objects.filter(slug=slug, **scope).exists():
        slug = f"{base}-{n}"
        n += 1
    return slug


def _save_with_unique_slug(instance, *, base: str, **scope) -> None:
    """Save ``instance`` under a free slug. Two different items with the same
    name saved at the same moment both see the slug free; the second insert
    hits the unique constraint and tries the next slug instead of failing."""
    for attempt in range(3):
        instance.slug = _unique_slug(model=type(instance), base=base, **scope)
        if attempt:
            instance.slug = f"{instance.slug[:90]}-{uuid.uuid4().hex[:6]}"
        try:
            with transaction.atomic():
                instance.save()
            return
        except IntegrityError:
            if attempt == 2:
                raise


def _changed(instance, fields: Iterable[str], data: dict) -> bool:
    return any(
        name in data and getattr(instance, name) != data[name] for name in fields
    )


def user_may_curate(user: User) -> bool:
    """May review, approve and suspend brands and products."""
    return user.is_authenticated and user.has_perm(CURATE_SHOWCASE)


def curators_group() -> Group:
    """The group that bundles the curator permissions (for granting)."""
    return group_permissions_ensure(
        name=CURATORS_GROUP, permissions=CURATOR_PERMISSIONS
    )


def showcase_site_setup() -> None:
    """What the showcase needs on a fresh install: the curators' permissions
    and the showcase photo collection they may see (idempotent)."""
    with transaction.atomic():
        collection_permissions_ensure(
            collection=showcase_collection(),
            group=curators_group(),
            permissions=SHOWCASE_IMAGE_PERMISSIONS,
        )
