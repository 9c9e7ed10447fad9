import functools
import uuid

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.images.models import (
    AbstractImage,
    AbstractRendition,
    Filter,
    Image,
    WagtailImageField,
    WagtailImageFieldFile,
    get_upload_to,
)
from wagtail.models import Page
from wagtail.search import index
from wagtail.utils.file import hash_filelike

from .page_cache import CachedViewRestrictions
from .pages import ServedByView
from .storage import image_file_cleaned

STANDARD_RICH_TEXT_FEATURES = ["h2", "h3", "bold", "italic", "ol", "ul", "link"]


class CleanedImageFieldFile(WagtailImageFieldFile):
    """An image file that writes only cleaned pixels to storage.

    ``FieldFile.save`` is where every byte of an original reaches storage: the
    model's own save (a file assigned in a form, a command or a seeder), and
    code that calls ``image.file.save(name, content)`` directly, as Wagtail's
    "complete a pending multiple upload" view does. Raw content is cleaned
    first (``ValidationError`` if refused); already cleaned bytes are kept.
    """

    def save(self, name, content, save=True):
        cleaned = image_file_cleaned(content)
        super().save(cleaned.name, cleaned, save=False)
        instance = self.instance
        instance._cleaned_file_name = self.name
        instance.file_size = cleaned.size
        instance.file_hash = hash_filelike(cleaned)
        if save:
            instance.save()


class CleanedImageField(WagtailImageField):
    attr_class = CleanedImageFieldFile

    def deconstruct(self):
        # Only the Python file class differs, not the column: migrations keep
        # seeing Wagtail's field.
        name, _path, args, kwargs = super().deconstruct()
        return name, "wagtail.images.models.WagtailImageField", args, kwargs


@functools.lru_cache(maxsize=1024)
def _filter(spec: str) -> Filter:
    """One ``Filter`` per spec for the process (a filter is its spec). The
    ``{% picture %}`` tag builds a new one for each spec at each use, and
    parsing its operations again (``inspect.getcallargs`` per operation) cost
    more than anything else in showing an image already made: about 1.5 ms
    per picture of 6 specs."""
    return Filter(spec=spec)


class BerdayaImage(AbstractImage):
    """Wagtail image whose originals are always cleaned (see ``home.imaging``).

    Every way of storing a file goes through :class:`CleanedImageFieldFile`;
    :meth:`save` refuses a file name that did not (bytes put in storage some
    other way).
    """

    file = CleanedImageField(
        verbose_name=AbstractImage._meta.get_field("file").verbose_name,
        upload_to=get_upload_to,
        width_field="width",
        height_field="height",
    )

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

    def save(self, *args, **kwargs):
        update_fields = kwargs.get("update_fields")
        if self.file and (update_fields is None or "file" in update_fields):
            if not self.file._committed:
                # Store it now, cleaned, so that width, height, size and hash
                # describe the stored bytes when the row is written.
                self.file.save(self.file.name, self.file.file, save=False)
            elif self.file.name != getattr(self, "_cleaned_file_name", None):
                self._check_file_unchanged()
        super().save(*args, **kwargs)

    def _check_file_unchanged(self) -> None:
        """A stored file name this instance did not write must be the one
        already in the database (an edit that keeps the file)."""
        stored = None
        if not self._state.adding:
            stored = (
                type(self)
                .objects.filter(pk=self.pk)
                .values_list("file", flat=True)
                .first()
            )
        if stored != self.file.name:
            raise ValueError(
                "An image file must be stored through image.file.save() or by "
                "assigning a file, so that it is cleaned; not by name."
            )

    def get_upload_to(self, filename: str) -> str:
        extension = filename.rsplit(".", 1)[-1].lower() if "." in filename else "jpg"
        return f"original_images/{uuid.uuid4().hex}.{extension}"

    def get_renditions(self, *filters):
        return super().get_renditions(
            *(_filter(f if isinstance(f, str) else f.spec) for f in filters)
        )

    @property
    def default_alt_text(self) -> str:
        return self.alt_text or self.title

    @property
    def written_alt_text(self) -> str:
        """What someone wrote about the picture: empty when the alternative
        text is only the title copied in at upload (older showcase photos)."""
        return "" if self.alt_text == self.title else self.alt_text


class BerdayaRendition(AbstractRendition):
    image = models.ForeignKey(
        BerdayaImage, on_delete=models.CASCADE, related_name="renditions"
    )

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)

    def __setstate__(self, state):
        # Read back from the cache: Wagtail marks prefetched renditions so
        # that it does not write them to the cache again, but not those it
        # got from the cache, which it wrote back on every page (a second
        # round trip per picture).
        super().__setstate__(state)
        self._from_cache = True


class HomePage(ServedByView, CachedViewRestrictions, Page):
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


class StandardPage(CachedViewRestrictions, Page):
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


class Delivery(models.Model):
    """One e-mail or SMS, sent at most once (``home.tasks.deliver_once``).

    Holds no recipient and no text: only the message's key (``inquiry-new:42``),
    a keyed hash of the recipient for per-recipient caps, and its state. The
    admin lists messages the worker gave up on.
    """

    class Channel(models.TextChoices):
        EMAIL = "email", _("E-mail")
        SMS = "sms", _("SMS")

    key = models.CharField(_("key"), max_length=200, unique=True)
    channel = models.CharField(_("channel"), max_length=10, choices=Channel.choices)
    recipient_digest = models.CharField(max_length=32, blank=True)
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    claimed_at = models.DateTimeField(null=True, blank=True)
    sent_at = models.DateTimeField(_("sent at"), null=True, blank=True)
    gave_up_at = models.DateTimeField(_("gave up at"), null=True, blank=True)
    last_error = models.CharField(_("last error"), max_length=200, blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        verbose_name = _("message delivery")
        verbose_name_plural = _("message deliveries")
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["channel", "recipient_digest", "created_at"])]

    def __str__(self) -> str:
        return self.key


class FormSubmission(models.Model):
    """A form that created something, by the one-time token it carried.

    A double tap or a resubmitted page sends the same token again: the second
    request finds this row and answers with what the first created
    (``home.services.submission_once``) instead of creating it twice. The
    result holds ids only, never personal data.
    """

    token = models.UUIDField(primary_key=True)
    kind = models.CharField(max_length=40)
    result = models.JSONField(default=dict)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("form submission")
        verbose_name_plural = _("form submissions")

    def __str__(self) -> str:
        return f"{self.kind} {self.token}"
