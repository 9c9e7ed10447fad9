"""Brands."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.search import index

from ._common import instagram_validator, phone_validator


def public_brand_q(prefix: str = "") -> Q:
    """The one rule for "buyers can see this brand", as a filter.

    Published (approved once: ``published_at``), not suspended, and not waiting
    for its centre's confirmation. An edit under review does not hide a live
    brand: buyers keep seeing the approved ``public_*`` version. ``prefix``
    reaches a brand through a relation (``"brand__"`` from a product).
    ``Brand.is_public`` states the same rule for one loaded row.
    """
    return (
        Q(**{f"{prefix}published_at__isnull": False})
        & ~Q(**{f"{prefix}status": Brand.Status.SUSPENDED})
        & (
            Q(**{f"{prefix}centre__isnull": True})
            | Q(**{f"{prefix}centre_confirmed_at__isnull": False})
        )
    )


class BrandQuerySet(models.QuerySet):
    def public(self) -> BrandQuerySet:
        """Brands buyers can see (see ``public_brand_q``)."""
        return self.filter(public_brand_q())


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

    objects = BrandQuerySet.as_manager()

    search_fields = [
        index.SearchField("public_name"),
        index.FilterField("status"),
    ]

    class Meta:
        verbose_name = _("brand")
        verbose_name_plural = _("brands")
        ordering = ["name"]
        indexes = [models.Index(fields=["status", "published_at"])]
        permissions = [("curate_showcase", "Can curate brands and products")]

    def __str__(self) -> str:
        return self.name

    @property
    def needs_centre_confirmation(self) -> bool:
        return self.centre_id is not None and self.centre_confirmed_at is None

    @property
    def is_public(self) -> bool:
        """``public_brand_q`` for this row (tests check they always agree)."""
        return (
            self.published_at is not None
            and self.status != self.Status.SUSPENDED
            and not self.needs_centre_confirmation
        )

    @property
    def hidden_reason(self) -> str:
        """Why buyers cannot see this brand, for the seller: ``""`` when they
        can, else ``"suspended"``, ``"review"`` (never approved) or
        ``"centre"`` (waiting for the centre's confirmation)."""
        if self.is_public:
            return ""
        if self.status == self.Status.SUSPENDED:
            return "suspended"
        if self.published_at is None:
            return "review"
        return "centre"
