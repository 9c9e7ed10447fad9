import uuid

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.images.models import AbstractImage, AbstractRendition, Image
from wagtail.models import Page
from wagtail.search import index

from .pages import ServedByView

STANDARD_RICH_TEXT_FEATURES = ["h2", "h3", "bold", "italic", "ol", "ul", "link"]


class BerdayaImage(AbstractImage):
    """Wagtail image whose originals are always cleaned (see ``home.imaging``)."""

    alt_text = models.CharField(
        _("alternative text"),
        max_length=255,
        blank=True,
        help_text=_("Describe the photo for screen readers."),
    )

    admin_form_fields = (*Image.admin_form_fields, "alt_text")

    class Meta(AbstractImage.Meta):
        verbose_name = _("image")
        verbose_name_plural = _("images")

    def get_upload_to(self, filename: str) -> str:
        extension = filename.rsplit(".", 1)[-1].lower() if "." in filename else "jpg"
        return f"original_images/{uuid.uuid4().hex}.{extension}"

    @property
    def default_alt_text(self) -> str:
        return self.alt_text or self.title


class BerdayaRendition(AbstractRendition):
    image = models.ForeignKey(
        BerdayaImage, on_delete=models.CASCADE, related_name="renditions"
    )

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)


class HomePage(ServedByView, Page):
    hero_title = models.CharField(_("hero title"), max_length=120)
    hero_text = models.TextField(_("hero text"), blank=True)
    hero_image = models.ForeignKey(
        BerdayaImage,
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    learn_button = models.CharField(
        _("learn button"), max_length=40, default="Mulai belajar"
    )
    shop_button = models.CharField(
        _("shop button"), max_length=40, default="Lihat produk"
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("hero_title"),
        FieldPanel("hero_text"),
        FieldPanel("hero_image"),
        FieldPanel("learn_button"),
        FieldPanel("shop_button"),
    ]

    parent_page_types = ["wagtailcore.Page"]
    max_count = 1

    class Meta:
        verbose_name = _("home page")


class StandardPage(Page):
    intro = models.TextField(_("introduction"), blank=True)
    body = RichTextField(_("body"), features=STANDARD_RICH_TEXT_FEATURES, blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("body"),
    ]

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]

    class Meta:
        verbose_name = _("standard page")
