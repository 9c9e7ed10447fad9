"""Categories, centre showcase settings and seller approvals."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel

from ._common import phone_validator


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
