"""Products, their photos and daily statistics."""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import (
    MaxValueValidator,
    MinValueValidator,
)
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.search import index

from ..licences import validate_halal_number, validate_pirt_number
from ..photo_coach import tips as photo_tips
from ..search import product_search_text
from ._common import PRICE_MAX, PRICE_MIN, ReviewStatus
from .brands import Brand, public_brand_q
from .centres import Category

# Products with an approved version that are not archived: ``live()``, and the
# condition of the partial indexes the showcase reads from.
LIVE_Q = Q(published_at__isnull=False, archived_at__isnull=True)


class ProductQuerySet(models.QuerySet):
    def live(self) -> ProductQuerySet:
        """Products with an approved version that are not archived (their own
        state only; ``Product.is_live`` for one row)."""
        return self.filter(LIVE_Q)

    def public(self) -> ProductQuerySet:
        """Products buyers can see: live, and their brand is public
        (``Product.is_public`` for one row)."""
        return self.live().filter(public_brand_q("brand__"))

    def refresh_search_text(self, *, batch_size: int = 500) -> int:
        """Recompute ``search_text`` of these products (after a brand's name
        changed, or rows written with ``bulk_create``); returns how many."""
        done = 0
        products = self.select_related("brand").order_by("pk")
        batch: list[Product] = []
        for product in products.iterator(chunk_size=batch_size):
            product.search_text = product.build_search_text()
            batch.append(product)
            if len(batch) >= batch_size:
                done += len(batch)
                Product.objects.bulk_update(batch, ["search_text"])
                batch = []
        if batch:
            done += len(batch)
            Product.objects.bulk_update(batch, ["search_text"])
        return done


class Product(index.Indexed, models.Model):
    Status = ReviewStatus

    class Stock(models.TextChoices):
        READY = "ready", _("Ready stock")
        MADE_TO_ORDER = "made_to_order", _("Made to order")
        SOLD_OUT = "sold_out", _("Sold out")

    class Unit(models.TextChoices):
        PCS = "pcs", _("pcs")
        PACK = "pack", _("pack")
        BOX = "box", _("box")
        BOTTLE = "bottle", _("bottle")
        JAR = "jar", _("jar")
        KG = "kg", _("kg")
        SET = "set", _("set")
        PORTION = "portion", _("portion")
        JOB = "job", _("job")

    # Fields whose change on a live product goes back to review (photos too).
    REVIEWED_FIELDS = ("name", "description", "price", "pirt_number", "halal_number")

    brand = models.ForeignKey(
        Brand,
        verbose_name=_("brand"),
        on_delete=models.CASCADE,
        related_name="products",
    )
    name = models.CharField(_("product name"), max_length=100)
    slug = models.SlugField(_("web address"), max_length=100)
    description = models.TextField(
        _("description"),
        max_length=3000,
        help_text=_("What it is, what it is made of, how to keep it."),
    )
    category = models.ForeignKey(
        Category,
        verbose_name=_("category"),
        on_delete=models.PROTECT,
        related_name="products",
    )
    price = models.PositiveIntegerField(
        _("price (Rp)"),
        validators=[MinValueValidator(PRICE_MIN), MaxValueValidator(PRICE_MAX)],
    )
    unit = models.CharField(
        _("unit"), max_length=12, choices=Unit.choices, default=Unit.PCS
    )
    stock = models.CharField(
        _("stock"), max_length=16, choices=Stock.choices, default=Stock.READY
    )
    lead_time_days = models.PositiveSmallIntegerField(
        _("days to make"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(90)],
    )
    min_order = models.PositiveSmallIntegerField(
        _("minimum order"),
        default=1,
        validators=[MinValueValidator(1), MaxValueValidator(10_000)],
    )
    net_weight = models.CharField(_("net weight"), max_length=40, blank=True)
    size = models.CharField(_("size"), max_length=60, blank=True)
    shelf_life = models.CharField(_("shelf life"), max_length=60, blank=True)
    stock_quantity = models.PositiveIntegerField(
        _("how many are left"),
        null=True,
        blank=True,
        validators=[MaxValueValidator(100_000)],
        help_text=_(
            "Optional, for ready stock. Buyers see “3 left”; at 0 it shows sold out."
        ),
    )
    pirt_number = models.CharField(
        _("P-IRT number"),
        max_length=30,
        blank=True,
        validators=[validate_pirt_number],
        help_text=_("15 digits from your SPP-IRT, for example 2063302010123-29."),
    )
    halal_number = models.CharField(
        _("halal certificate number"),
        max_length=40,
        blank=True,
        validators=[validate_halal_number],
        help_text=_(
            "From your BPJPH halal certificate: ID and digits, for example "
            "ID31110000123450124."
        ),
    )
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=ReviewStatus.choices,
        default=ReviewStatus.DRAFT,
    )
    review_message = models.TextField(_("message from the reviewer"), blank=True)
    submitted_at = models.DateTimeField(_("submitted at"), null=True, blank=True)
    reviewed_at = models.DateTimeField(_("reviewed at"), null=True, blank=True)
    archived_at = models.DateTimeField(_("archived at"), null=True, blank=True)
    # The approved version buyers see.
    public_name = models.CharField(_("public name"), max_length=100, blank=True)
    public_description = models.TextField(_("public description"), blank=True)
    public_price = models.PositiveIntegerField(_("public price"), null=True, blank=True)
    public_pirt_number = models.CharField(
        _("public P-IRT number"), max_length=30, blank=True
    )
    public_halal_number = models.CharField(
        _("public halal number"), max_length=40, blank=True
    )
    published_at = models.DateTimeField(_("first published at"), null=True, blank=True)
    # The approved name, brand name and description folded for search
    # (marketplace/search.py); kept in step by ``save()`` and ``brand_approve``.
    search_text = models.TextField(default="", blank=True, editable=False)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    objects = ProductQuerySet.as_manager()

    SEARCHED_FIELDS = ("public_name", "public_description")

    # Search reads the approved version only; the filter fields let search run
    # over ``Product.objects.public()`` itself.
    search_fields = [
        index.SearchField("public_name"),
        index.SearchField("public_description"),
        index.RelatedFields(
            "brand",
            [
                index.SearchField("public_name"),
                index.FilterField("published_at"),
                index.FilterField("status"),
                index.FilterField("centre"),
                index.FilterField("centre_confirmed_at"),
            ],
        ),
        index.FilterField("status"),
        index.FilterField("published_at"),
        index.FilterField("archived_at"),
    ]

    class Meta:
        verbose_name = _("product")
        verbose_name_plural = _("products")
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["brand", "slug"], name="product_unique_slug_per_brand"
            ),
            models.CheckConstraint(
                condition=Q(price__gte=PRICE_MIN) & Q(price__lte=PRICE_MAX),
                name="product_price_in_bounds",
            ),
        ]
        indexes = [
            models.Index(fields=["published_at", "archived_at"]),
            # The showcase's sorts (marketplace.selectors.showcase.SORTS) over
            # public products: the first 25 are read in index order instead
            # of sorting every public product (37 ms at 10,000 on PostgreSQL,
            # 0.6 ms with it).
            models.Index(
                fields=["-published_at", "-id"],
                name="product_public_newest",
                condition=LIVE_Q,
            ),
            models.Index(
                fields=["public_price", "id"],
                name="product_public_price",
                condition=LIVE_Q,
            ),
        ]

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs) -> None:
        update_fields = kwargs.get("update_fields")
        if update_fields is None or set(update_fields) & set(self.SEARCHED_FIELDS):
            self.search_text = self.build_search_text()
            if update_fields is not None:
                kwargs["update_fields"] = {*update_fields, "search_text"}
        super().save(*args, **kwargs)

    def build_search_text(self, *, brand_name: str | None = None) -> str:
        if brand_name is None:
            brand_name = self.brand.public_name if self.brand_id else ""
        return product_search_text(
            name=self.public_name,
            brand_name=brand_name,
            description=self.public_description,
        )

    def clean(self) -> None:
        if self.stock == self.Stock.MADE_TO_ORDER and not self.lead_time_days:
            raise ValidationError(
                {"lead_time_days": _("Write how many days it takes to make.")}
            )
        if self.stock != self.Stock.MADE_TO_ORDER:
            self.lead_time_days = None
        self.stock_derive()

    def stock_derive(self) -> None:
        """With a quantity, ready stock follows it: 0 left is sold out, more
        is ready again. Made to order has no quantity."""
        if self.stock == self.Stock.MADE_TO_ORDER:
            self.stock_quantity = None
        elif self.stock_quantity is not None:
            self.stock = (
                self.Stock.SOLD_OUT if self.stock_quantity == 0 else (self.Stock.READY)
            )

    @property
    def is_live(self) -> bool:
        """It has an approved version and is not archived (``live()``); buyers
        see it only when its brand is public too (``is_public``)."""
        return self.published_at is not None and self.archived_at is None

    @property
    def is_public(self) -> bool:
        """Buyers can see it: the same rule as ``Product.objects.public()``."""
        return self.is_live and self.brand.is_public


class ProductVariant(models.Model):
    """A simple choice of one product (a size, a flavour) with its own price
    and, optionally, its own quantity left."""

    product = models.ForeignKey(
        Product,
        verbose_name=_("product"),
        on_delete=models.CASCADE,
        related_name="variants",
    )
    name = models.CharField(
        _("variant"), max_length=60, help_text=_("For example: 250 g, Pedas, Besar.")
    )
    price = models.PositiveIntegerField(
        _("price (Rp)"),
        validators=[MinValueValidator(PRICE_MIN), MaxValueValidator(PRICE_MAX)],
    )
    stock_quantity = models.PositiveIntegerField(
        _("how many are left"),
        null=True,
        blank=True,
        validators=[MaxValueValidator(100_000)],
    )
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        verbose_name = _("variant")
        verbose_name_plural = _("variants")
        ordering = ["position", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["product", "name"], name="variant_unique_name_per_product"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.product} · {self.name}"

    @property
    def is_sold_out(self) -> bool:
        return self.stock_quantity == 0


class ProductPhoto(models.Model):
    """One photo of a product. ``in_draft``/``position`` is what the seller
    edits; ``in_public``/``public_position`` is the approved gallery."""

    product = models.ForeignKey(
        Product,
        verbose_name=_("product"),
        on_delete=models.CASCADE,
        related_name="photos",
    )
    image = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL,
        verbose_name=_("image"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    # What the photo coach measured at upload (marketplace.photo_coach).
    signals = models.JSONField(_("photo signals"), default=dict, blank=True)
    in_draft = models.BooleanField(default=True)
    in_public = models.BooleanField(default=False)
    public_position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        verbose_name = _("product photo")
        verbose_name_plural = _("product photos")
        ordering = ["position", "pk"]

    def __str__(self) -> str:
        return f"{self.product} #{self.position}"

    @property
    def tips(self) -> list[dict]:
        """The photo coach's tips for this photo (from the stored signals)."""
        return photo_tips(self.signals)


class ProductDailyStat(models.Model):
    """Page views of a product per day (no visitor data is kept)."""

    product = models.ForeignKey(
        Product, on_delete=models.CASCADE, related_name="daily_stats"
    )
    day = models.DateField()
    views = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["product", "day"], name="product_stat_unique_day"
            )
        ]

    def __str__(self) -> str:
        return f"{self.product_id} {self.day}: {self.views}"
