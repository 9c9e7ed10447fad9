"""Showcase: graduates' brands and products, inquiries and their review.

Brands and products keep two versions of what buyers see: the fields the
seller edits, and an approved ``public_*`` snapshot copied on approval. Public
pages only ever read the snapshot (see ``docs/marketplace.md``).
"""

from __future__ import annotations

import uuid

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import (
    MaxValueValidator,
    MinValueValidator,
    RegexValidator,
)
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.search import index

PRICE_MIN = 1
PRICE_MAX = 1_000_000_000
MAX_PHOTOS = 8

instagram_validator = RegexValidator(
    r"^[A-Za-z0-9._]{1,30}$",
    _("Write only the Instagram name, for example dapurbusari."),
)
phone_validator = RegexValidator(
    r"^\+?[0-9 \-]{8,20}$",
    _("Write a phone number, for example 0812 3456 7890."),
)


class ReviewStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    SUBMITTED = "submitted", _("Waiting for review")
    APPROVED = "approved", _("Approved")
    CHANGES_REQUESTED = "changes_requested", _("Changes requested")


class Category(models.Model):
    """A product category, managed as a snippet by curators."""

    name = models.CharField(_("name"), max_length=80)
    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    sort_order = models.PositiveSmallIntegerField(_("sort order"), default=0)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("sort_order")]

    class Meta:
        verbose_name = _("product category")
        verbose_name_plural = _("product categories")
        ordering = ["sort_order", "name"]

    def __str__(self) -> str:
        return self.name


class CentreShowcaseSettings(models.Model):
    """A centre's own WhatsApp Business number that relays orders."""

    centre = models.OneToOneField(
        "accounts.Centre",
        verbose_name=_("centre"),
        on_delete=models.CASCADE,
        related_name="showcase_settings",
    )
    whatsapp_relay = models.CharField(
        _("WhatsApp relay number"),
        max_length=20,
        blank=True,
        validators=[phone_validator],
        help_text=_(
            "A WhatsApp Business number that takes orders for graduates who do "
            "not want their own number public. Use a number whose profile does "
            "not name the centre."
        ),
    )
    relay_enabled = models.BooleanField(_("relay orders"), default=False)

    panels = [
        FieldPanel("centre"),
        FieldPanel("whatsapp_relay"),
        FieldPanel("relay_enabled"),
    ]

    class Meta:
        verbose_name = _("centre showcase settings")
        verbose_name_plural = _("centre showcase settings")

    def __str__(self) -> str:
        return str(self.centre)


class SellerApproval(models.Model):
    """Centre staff let someone open a brand without a showcase certificate."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("seller"),
        on_delete=models.CASCADE,
        related_name="seller_approval",
    )
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("approved by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    note = models.CharField(_("note"), max_length=250, blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    panels = [FieldPanel("user"), FieldPanel("note")]

    class Meta:
        verbose_name = _("seller approval")
        verbose_name_plural = _("seller approvals")

    def __str__(self) -> str:
        return str(self.user)


class Brand(index.Indexed, models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        SUBMITTED = "submitted", _("Waiting for review")
        APPROVED = "approved", _("Approved")
        CHANGES_REQUESTED = "changes_requested", _("Changes requested")
        SUSPENDED = "suspended", _("Suspended")

    # Fields whose change on a live brand goes back to review.
    REVIEWED_FIELDS = ("name", "tagline", "story", "logo", "cover")

    owner = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("owner"),
        on_delete=models.CASCADE,
        related_name="brand",
    )
    name = models.CharField(_("brand name"), max_length=80)
    slug = models.SlugField(_("web address"), max_length=80, unique=True)
    tagline = models.CharField(_("tagline"), max_length=120, blank=True)
    story = models.TextField(_("brand story"), max_length=2000, blank=True)
    logo = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL,
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    cover = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL,
        verbose_name=_("cover photo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    city = models.CharField(
        _("city or regency"),
        max_length=80,
        help_text=_("Only the city or regency, for example Kab. Bandung."),
    )
    centre = models.ForeignKey(
        "accounts.Centre",
        verbose_name=_("centre"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="showcase_brands",
    )
    show_centre = models.BooleanField(
        _("show my centre on my brand page"), default=False
    )
    instagram_handle = models.CharField(
        _("Instagram name"),
        max_length=30,
        blank=True,
        validators=[instagram_validator],
    )
    instagram_enabled = models.BooleanField(_("show my Instagram"), default=False)
    shop_url = models.URLField(_("Shopee or Tokopedia shop link"), blank=True)
    shop_enabled = models.BooleanField(_("show my online shop link"), default=False)
    whatsapp_number = models.CharField(
        _("WhatsApp number"),
        max_length=20,
        blank=True,
        validators=[phone_validator],
    )
    whatsapp_enabled = models.BooleanField(
        _("show a WhatsApp button with my number"), default=False
    )
    whatsapp_via_centre = models.BooleanField(
        _("let my centre's WhatsApp take orders for me"), default=False
    )
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.DRAFT
    )
    review_message = models.TextField(_("message from the reviewer"), blank=True)
    submitted_at = models.DateTimeField(_("submitted at"), null=True, blank=True)
    reviewed_at = models.DateTimeField(_("reviewed at"), null=True, blank=True)
    centre_confirmed_at = models.DateTimeField(
        _("confirmed by the centre at"), null=True, blank=True
    )
    centre_confirmed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("confirmed by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # The approved version buyers see.
    public_name = models.CharField(_("public name"), max_length=80, blank=True)
    public_tagline = models.CharField(_("public tagline"), max_length=120, blank=True)
    public_story = models.TextField(_("public story"), blank=True)
    public_logo = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL,
        verbose_name=_("public logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    public_cover = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL,
        verbose_name=_("public cover photo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    published_at = models.DateTimeField(_("first published at"), null=True, blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    search_fields = [
        index.SearchField("public_name"),
        index.FilterField("status"),
    ]

    class Meta:
        verbose_name = _("brand")
        verbose_name_plural = _("brands")
        ordering = ["name"]
        indexes = [models.Index(fields=["status", "published_at"])]

    def __str__(self) -> str:
        return self.name

    @property
    def needs_centre_confirmation(self) -> bool:
        return self.centre_id is not None and self.centre_confirmed_at is None

    @property
    def is_public(self) -> bool:
        return (
            self.published_at is not None
            and self.status != self.Status.SUSPENDED
            and not self.needs_centre_confirmation
        )


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
    pirt_number = models.CharField(_("P-IRT number"), max_length=30, blank=True)
    halal_number = models.CharField(
        _("halal certificate number"), max_length=40, blank=True
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
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    search_fields = [
        index.SearchField("public_name"),
        index.SearchField("public_description"),
        index.RelatedFields("brand", [index.SearchField("public_name")]),
        index.FilterField("status"),
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
        indexes = [models.Index(fields=["published_at", "archived_at"])]

    def __str__(self) -> str:
        return self.name

    def clean(self) -> None:
        if self.stock == self.Stock.MADE_TO_ORDER and not self.lead_time_days:
            raise ValidationError(
                {"lead_time_days": _("Write how many days it takes to make.")}
            )
        if self.stock != self.Stock.MADE_TO_ORDER:
            self.lead_time_days = None

    @property
    def is_live(self) -> bool:
        """Buyers can see an approved version (if the brand is public too)."""
        return self.published_at is not None and self.archived_at is None


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
    in_draft = models.BooleanField(default=True)
    in_public = models.BooleanField(default=False)
    public_position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        verbose_name = _("product photo")
        verbose_name_plural = _("product photos")
        ordering = ["position", "pk"]

    def __str__(self) -> str:
        return f"{self.product} #{self.position}"


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


class Inquiry(models.Model):
    class Status(models.TextChoices):
        NEW = "new", _("New")
        REPLIED = "replied", _("Replied")
        CLOSED = "closed", _("Closed")

    product = models.ForeignKey(
        Product,
        verbose_name=_("product"),
        on_delete=models.CASCADE,
        related_name="inquiries",
    )
    brand = models.ForeignKey(
        Brand,
        verbose_name=_("brand"),
        on_delete=models.CASCADE,
        related_name="inquiries",
    )
    token = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    buyer_name = models.CharField(_("your name"), max_length=80)
    buyer_phone = models.CharField(
        _("phone or WhatsApp"),
        max_length=20,
        blank=True,
        validators=[phone_validator],
    )
    buyer_email = models.EmailField(_("e-mail"), blank=True)
    quantity = models.PositiveIntegerField(
        _("how many"),
        default=1,
        validators=[MinValueValidator(1), MaxValueValidator(100_000)],
    )
    message = models.TextField(_("message"), max_length=1000)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.NEW
    )
    created_at = models.DateTimeField(_("sent at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        verbose_name = _("inquiry")
        verbose_name_plural = _("inquiries")
        ordering = ["-created_at"]
        constraints = [
            models.CheckConstraint(
                condition=~Q(buyer_phone="") | ~Q(buyer_email=""),
                name="inquiry_has_contact",
            )
        ]

    def __str__(self) -> str:
        return f"{self.product} · {self.created_at:%Y-%m-%d}"

    def clean(self) -> None:
        if not self.buyer_phone and not self.buyer_email:
            raise ValidationError(
                _("Leave a phone number or an e-mail so the seller can answer.")
            )


class InquiryReply(models.Model):
    inquiry = models.ForeignKey(
        Inquiry,
        verbose_name=_("inquiry"),
        on_delete=models.CASCADE,
        related_name="replies",
    )
    message = models.TextField(_("your answer"), max_length=1000)
    emailed = models.BooleanField(_("sent to the buyer"), default=False)
    created_at = models.DateTimeField(_("sent at"), auto_now_add=True)

    class Meta:
        verbose_name = _("answer")
        verbose_name_plural = _("answers")
        ordering = ["created_at"]

    def __str__(self) -> str:
        return f"{self.inquiry_id} · {self.created_at:%Y-%m-%d}"


class ReviewLog(models.Model):
    """Who decided what about a brand or product, with the checklist."""

    class Decision(models.TextChoices):
        APPROVED = "approved", _("Approved")
        CHANGES_REQUESTED = "changes_requested", _("Changes requested")
        SUSPENDED = "suspended", _("Suspended")
        CENTRE_CONFIRMED = "centre_confirmed", _("Confirmed by the centre")

    brand = models.ForeignKey(
        Brand,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="review_logs",
    )
    product = models.ForeignKey(
        Product,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="review_logs",
    )
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    decision = models.CharField(max_length=20, choices=Decision.choices)
    checklist = models.JSONField(default=list, blank=True)
    message = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("review decision")
        verbose_name_plural = _("review decisions")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.get_decision_display()} · {self.created_at:%Y-%m-%d}"
