from decimal import Decimal

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm

from .imaging import clean_image
from .money import parse_rupiah


class SafeImageFileField(WagtailImageField):
    """Wagtail's image file field, with a form error instead of a 500.

    Wagtail reads the size of a damaged file (a JPEG cut short, for example)
    without catching Pillow's error; our cleaning step then says what is wrong.
    """

    def to_python(self, data):
        try:
            return super().to_python(data)
        except (OSError, SyntaxError, ValueError) as error:
            clean_image(data)  # raises the clear, translated message
            raise ValidationError(
                self.error_messages["invalid_image"], code="invalid_image"
            ) from error


class CleanedImageForm(BaseImageForm):
    """Wagtail admin image form: a refused upload is a form error.

    The image model cleans whatever it stores (see ``home.models``); cleaning
    here first shows a refused file as a message next to the field, and the
    cleaned file it returns is stored without a second re-encoding.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        wagtail_field = self.fields.get("file")
        if wagtail_field is not None:
            self.fields["file"] = SafeImageFileField(
                label=wagtail_field.label,
                required=wagtail_field.required,
                widget=wagtail_field.widget,
            )

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if upload is None or "file" not in self.changed_data:
            return upload
        try:
            return clean_image(upload).file
        except ValidationError as error:
            raise ValidationError(error.messages) from error


class RupiahField(forms.CharField):
    """Accepts ``25000``, ``25.000``, ``25,000`` and ``Rp 25.000``; returns whole
    rupiah. ``25,50`` (cents) is refused with an example (``home.money``).

    The one Rupiah form field: calculators use it as is (a ``Decimal``), the
    showcase narrows it to prices (see ``marketplace.forms.PriceField``).
    """

    default_error_messages = {
        "too_long": _("This number is too big."),
        "min_value": _("The number cannot be negative."),
        "max_value": _("This number is too big."),
    }
    max_chars = 30

    def __init__(self, *, min_value=0, max_value=None, **kwargs):
        self.min_value, self.max_value = min_value, max_value
        super().__init__(**kwargs)

    def widget_attrs(self, widget):
        attrs = super().widget_attrs(widget)
        attrs.update(
            {"inputmode": "numeric", "autocomplete": "off", "maxlength": self.max_chars}
        )
        return attrs

    def prepare_value(self, value):
        if isinstance(value, int | Decimal) and not isinstance(value, bool):
            return f"{int(value):,}".replace(",", ".")
        return value

    def to_python(self, value) -> Decimal | None:
        value = super().to_python(value)
        if value in self.empty_values:
            return None
        if len(value) > self.max_chars:
            raise ValidationError(self.error_messages["too_long"], code="too_long")
        amount = parse_rupiah(value)
        if self.min_value is not None and amount < self.min_value:
            raise ValidationError(self.error_messages["min_value"], code="min")
        if self.max_value is not None and amount > self.max_value:
            raise ValidationError(self.error_messages["max_value"], code="max")
        return amount
