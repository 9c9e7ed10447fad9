"""Products and their photos."""

from __future__ import annotations

import uuid

from django.core.cache import cache
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from home.cache import counter_hit
from home.imaging import CleanedImage
from home.services import SubmissionMismatch, submission_once
from home.storage import files_removed_on_error

from ..models import (
    MAX_PHOTOS,
    Brand,
    Product,
    ProductDailyStat,
    ProductPhoto,
    ProductVariant,
)
from ..photo_coach import measure_cleaned
from ..stats import VIEW_FLUSH_EVERY, VIEW_KEY_TTL, pending_views, view_key
from ._common import (
    ShowcaseError,
    _changed,
    _save_with_unique_slug,
    _unique_slug,
    image_from_cleaned,
)
from .brands import brand_submit

PRODUCT_CHECKLIST = [
    ("cover", gettext_lazy("Clear cover photo")),
    ("packaging", gettext_lazy("Packaging shows the brand")),
    ("description", gettext_lazy("Description complete")),
    ("price", gettext_lazy("Price sensible")),
    ("licences", gettext_lazy("Licences plausible (P-IRT, halal)")),
]


# --- Products ---


PHOTO_DESCRIPTION_MAX = 200


def _draft_photos(product: Product) -> list[ProductPhoto]:
    return list(product.photos.filter(in_draft=True).order_by("position", "pk"))


def _renumber(photos: list[ProductPhoto]) -> None:
    for position, photo in enumerate(photos):
        if photo.position != position:
            photo.position = position
            photo.save(update_fields=["position"])


def _photos_changed(product: Product) -> None:
    """A live product whose gallery changed goes back to review."""
    if product.is_live and product.status != Product.Status.SUBMITTED:
        product.status = Product.Status.SUBMITTED
        product.submitted_at = timezone.now()
        product.save(update_fields=["status", "submitted_at", "updated_at"])


def product_photo_add(
    *,
    product: Product,
    cleaned: CleanedImage,
    token: uuid.UUID | None = None,
    alt_text: str = "",
) -> ProductPhoto:
    """Add a photo (once per form ``token``: a double tap adds it once), with
    the seller's description of it for buyers who cannot see it."""
    result, _created = submission_once(
        token=token,
        kind="product_photo_add",
        work=lambda: {
            "photo_id": _photo_add(
                product=product, cleaned=cleaned, alt_text=alt_text
            ).pk
        },
    )
    return ProductPhoto.objects.get(pk=result["photo_id"], product=product)


def _photo_add(
    *, product: Product, cleaned: CleanedImage, alt_text: str = ""
) -> ProductPhoto:
    with files_removed_on_error(), transaction.atomic():
        photos = _draft_photos(Product.objects.select_for_update().get(pk=product.pk))
        if len(photos) >= MAX_PHOTOS:
            raise ShowcaseError(
                _("A product can have at most %(max)s photos.") % {"max": MAX_PHOTOS}
            )
        # No description: the product page says "<name>, photo N".
        image = image_from_cleaned(
            cleaned=cleaned,
            title=product.name,
            uploaded_by_id=product.brand.owner_id,
            alt_text=alt_text.strip(),
        )
        photo = ProductPhoto.objects.create(
            product=product,
            image=image,
            position=len(photos),
            signals=measure_cleaned(cleaned),
        )
        _photos_changed(product)
    return photo


def product_photo_move(*, photo: ProductPhoto, to: int) -> None:
    """Move a photo to position ``to`` (0 makes it the cover)."""
    with transaction.atomic():
        photos = [p for p in _draft_photos(photo.product) if p.pk != photo.pk]
        to = max(0, min(to, len(photos)))
        photos.insert(to, photo)
        _renumber(photos)
        _photos_changed(photo.product)


def product_photo_remove(*, photo: ProductPhoto) -> None:
    product = photo.product
    with transaction.atomic():
        if photo.in_public:
            photo.in_draft = False  # stays in the approved gallery until review
            photo.save(update_fields=["in_draft"])
        else:
            photo.delete()
        _renumber(_draft_photos(product))
        _photos_changed(product)


def product_create(
    *,
    brand: Brand,
    data: dict,
    photos: list[CleanedImage] = (),
    descriptions: list[str] = (),
    token: uuid.UUID | None = None,
) -> Product:
    """Create a draft product with its photos (``descriptions``: what each
    shows, in the same order), once per form ``token``: a
    double tap or a resent page returns the product the first request made.
    Photos are stored before the rows; if anything fails, the files written
    are deleted again and no row is left."""
    if brand.status == Brand.Status.SUSPENDED:
        raise ShowcaseError(_("This brand is suspended. Contact the Berdaya team."))
    if len(photos) > MAX_PHOTOS:
        raise ShowcaseError(
            _("A product can have at most %(max)s photos.") % {"max": MAX_PHOTOS}
        )
    try:
        result, _created = submission_once(
            token=token,
            kind="product_create",
            work=lambda: {
                "product_id": _product_create(
                    brand=brand, data=data, photos=photos, descriptions=descriptions
                ).pk
            },
        )
    except SubmissionMismatch as error:
        raise ShowcaseError(_("This form was already used. Open it again.")) from error
    product = Product.objects.filter(pk=result["product_id"], brand=brand).first()
    if product is None:
        raise ShowcaseError(_("This form was already used. Open it again."))
    return product


def _nth(descriptions, position: int) -> str:
    return descriptions[position].strip() if position < len(descriptions) else ""


def _product_create(
    *,
    brand: Brand,
    data: dict,
    photos: list[CleanedImage],
    descriptions: list[str] = (),
) -> Product:
    with files_removed_on_error(), transaction.atomic():
        product = Product(brand=brand, **data)
        product.slug = _unique_slug(model=Product, base=product.name, brand=brand)
        product.full_clean(exclude=["slug"])
        _save_with_unique_slug(product, base=product.name, brand=brand)
        for position, cleaned in enumerate(photos):
            ProductPhoto.objects.create(
                product=product,
                image=image_from_cleaned(
                    cleaned=cleaned,
                    title=product.name,
                    uploaded_by_id=brand.owner_id,
                    alt_text=_nth(descriptions, position),
                ),
                position=position,
                signals=measure_cleaned(cleaned),
            )
    return product


def product_update(
    *,
    product: Product,
    data: dict,
    photos: list[CleanedImage] = (),
    descriptions: list[str] = (),
) -> Product:
    """Save edits. Reviewed fields (name, description, price, licences, photos)
    of a live product go back to review; the approved version stays public."""
    with files_removed_on_error(), transaction.atomic():
        reviewed_change = _changed(product, Product.REVIEWED_FIELDS, data)
        for name, value in data.items():
            setattr(product, name, value)
        product.full_clean()
        if reviewed_change and product.is_live:
            product.status = Product.Status.SUBMITTED
            product.submitted_at = timezone.now()
        product.save()
        for position, cleaned in enumerate(photos):
            _photo_add(
                product=product,
                cleaned=cleaned,
                alt_text=_nth(descriptions, position),
            )
    return product


def product_photos_describe(*, product: Product, descriptions: dict[int, str]) -> int:
    """Store what each of the product's photos shows (its alternative text),
    by photo id; ids of other products' photos are ignored. An empty
    description lets the product page say "<name>, photo N". Returns how many
    changed."""
    changed = 0
    with transaction.atomic():
        photos = product.photos.filter(in_draft=True, pk__in=list(descriptions))
        for photo in photos.select_related("image"):
            text = descriptions[photo.pk].strip()[:PHOTO_DESCRIPTION_MAX]
            if text == photo.image.written_alt_text:
                continue
            photo.image.alt_text = text
            photo.image.save(update_fields=["alt_text"])
            changed += 1
    return changed


def product_submit(*, product: Product) -> Product:
    if product.status == Product.Status.SUBMITTED:
        return product
    if not product.photos.filter(in_draft=True).exists():
        raise ShowcaseError(_("Add at least one photo before you send it for review."))
    if product.brand.status == Brand.Status.DRAFT:
        brand_submit(brand=product.brand)
    with transaction.atomic():
        product.status = Product.Status.SUBMITTED
        product.submitted_at = timezone.now()
        product.save(update_fields=["status", "submitted_at", "updated_at"])
    return product


def product_duplicate(*, product: Product, token: uuid.UUID | None = None) -> Product:
    """A new draft with the same details and photos ("(copy)" in the name),
    once per form ``token``."""
    result, _created = submission_once(
        token=token,
        kind="product_duplicate",
        work=lambda: {"product_id": _product_duplicate(product=product).pk},
    )
    return Product.objects.get(pk=result["product_id"], brand_id=product.brand_id)


def _product_duplicate(*, product: Product) -> Product:
    with transaction.atomic():
        copy = Product.objects.get(pk=product.pk)
        photos = _draft_photos(product)
        copy.pk = None
        copy.id = None
        copy._state.adding = True
        copy.name = (_("%(name)s (copy)") % {"name": product.name})[:100]
        copy.slug = _unique_slug(model=Product, base=copy.name, brand=product.brand)
        copy.status = Product.Status.DRAFT
        copy.review_message = ""
        copy.submitted_at = copy.reviewed_at = copy.archived_at = None
        copy.published_at = None
        copy.public_name = copy.public_description = ""
        copy.public_price = None
        copy.public_pirt_number = copy.public_halal_number = ""
        copy.full_clean(exclude=["slug"])
        _save_with_unique_slug(copy, base=copy.name, brand=product.brand)
        ProductPhoto.objects.bulk_create(
            ProductPhoto(
                product=copy,
                image_id=photo.image_id,
                position=photo.position,
                signals=photo.signals,
            )
            for photo in photos
        )
    return copy


def product_set_sold_out(*, product: Product, sold_out: bool) -> Product:
    """Stock changes apply at once (no review): buyers must know. Marking a
    product with 0 left as available again drops the count."""
    with transaction.atomic():
        if sold_out:
            product.stock = Product.Stock.SOLD_OUT
            if product.stock_quantity:
                product.stock_quantity = 0
        elif product.stock == Product.Stock.SOLD_OUT:
            product.stock = Product.Stock.READY
            if product.stock_quantity == 0:
                product.stock_quantity = None
        product.lead_time_days = None if sold_out else product.lead_time_days
        product.save(
            update_fields=["stock", "stock_quantity", "lead_time_days", "updated_at"]
        )
    return product


def product_variants_set(*, product: Product, variants: list[dict]) -> None:
    """Set the product's variants to ``variants`` (name, price, quantity left),
    in that order. By name, so sending the same form twice changes nothing.
    Variants apply at once, like stock (see docs/marketplace.md)."""
    with transaction.atomic():
        keep = []
        for position, row in enumerate(variants):
            variant = ProductVariant.objects.filter(
                product=product, name=row["name"]
            ).first() or ProductVariant(product=product, name=row["name"])
            variant.price = row["price"]
            variant.stock_quantity = row.get("stock_quantity")
            variant.position = position
            variant.full_clean(validate_unique=False, validate_constraints=False)
            variant.save()
            keep.append(variant.pk)
        product.variants.exclude(pk__in=keep).delete()


def product_archive(*, product: Product, archived: bool) -> Product:
    with transaction.atomic():
        product.archived_at = timezone.now() if archived else None
        product.save(update_fields=["archived_at", "updated_at"])
    return product


def _views_add(*, product_id: int, day, views: int) -> None:
    updated = ProductDailyStat.objects.filter(product_id=product_id, day=day).update(
        views=F("views") + views
    )
    if updated:
        return
    try:
        with transaction.atomic():
            ProductDailyStat.objects.create(product_id=product_id, day=day, views=views)
    except IntegrityError:
        ProductDailyStat.objects.filter(product_id=product_id, day=day).update(
            views=F("views") + views
        )


def product_view_record(*, product_id: int) -> None:
    """Count a page view for today (no visitor data kept): in the cache, and
    in the database once every ``VIEW_FLUSH_EVERY`` views (``marketplace/stats.py``)."""
    day = timezone.localdate()
    count = counter_hit(view_key(product_id, day), VIEW_KEY_TTL)
    if count is None:
        _views_add(product_id=product_id, day=day, views=1)
    elif count >= VIEW_FLUSH_EVERY:
        product_views_flush(product_id=product_id, day=day)


def product_views_flush(*, product_id: int, day) -> int:
    """Move the views counted in the cache for ``product_id`` on ``day`` to
    the database; returns how many. Views counted meanwhile stay in the cache
    (the counter goes down by what was taken, not to zero)."""
    key = view_key(product_id, day)
    try:
        pending = cache.get(key)
        if not isinstance(pending, int) or pending <= 0:
            return 0
        cache.decr(key, pending)
    except ValueError:  # expired meanwhile, or the cache stepped aside
        return 0
    _views_add(product_id=product_id, day=day, views=pending)
    return pending


def product_views_flush_day(*, day) -> int:
    """Flush every product's counter of ``day`` (run daily for yesterday)."""
    ids = list(Product.objects.values_list("pk", flat=True))
    total = 0
    for start in range(0, len(ids), 1000):
        chunk = ids[start : start + 1000]
        for product_id, _day in pending_views(chunk, [day]):
            total += product_views_flush(product_id=product_id, day=day)
    return total
