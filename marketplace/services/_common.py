"""Constants and helpers shared by the showcase services."""

from __future__ import annotations

import logging
from collections.abc import Iterable

from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.utils.text import slugify
from wagtail.images import get_image_model
from wagtail.models import Collection

from home.imaging import CleanedImage

logger = logging.getLogger("berdaya.marketplace")
CURATORS_GROUP = "Curators"
COLLECTION_NAME = "Etalase"


class ShowcaseError(ValidationError):
    """A rule of the showcase refused the action (message for the user)."""


# --- Images ---


def _showcase_collection() -> Collection:
    root = Collection.get_first_root_node()
    existing = root.get_children().filter(name=COLLECTION_NAME).first()
    return existing or root.add_child(name=COLLECTION_NAME)


def image_from_cleaned(*, cleaned: CleanedImage, title: str, uploaded_by_id: int):
    """Store an already cleaned photo as a Wagtail image (never the upload).

    The seller is recorded as the uploader so that deleting her account finds
    every photo she sent, even one nothing points at any more.
    """
    image_model = get_image_model()
    image = image_model(
        title=title[:255],
        alt_text=title[:255],
        file=cleaned.file,
        collection=_showcase_collection(),
        uploaded_by_user_id=uploaded_by_id,
    )
    image._set_image_file_metadata()
    image.save()
    return image


def _unique_slug(*, model, base: str, **scope) -> str:
    base = (slugify(base) or "merek")[:70]
    slug, n = base, 2
    while model.objects.filter(slug=slug, **scope).exists():
        slug = f"{base}-{n}"
        n += 1
    return slug


def _changed(instance, fields: Iterable[str], data: dict) -> bool:
    return any(
        name in data and getattr(instance, name) != data[name] for name in fields
    )


def curators_group() -> Group:
    return Group.objects.get_or_create(name=CURATORS_GROUP)[0]
