"""Forms for sellers, buyers and reviewers. Fields are always listed."""

from __future__ import annotations

import uuid
from urllib.parse import urlsplit

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from home.forms import RupiahField
from home.imaging import CleanedImage, clean_image

from .models import (
    MAX_PHOTOS,
    PRICE_MAX,
    PRICE_MIN,
    Brand,
    Category,
    Inquiry,
    Product,
    ProductVariant,
)
from .services import BRAND_CHECKLIST, PRODUCT_CHECKLIST
from .services.products import PHOTO_DESCRIPTION_MAX

MAX_VARIANTS = 10


def token_field() -> forms.UUIDField:
    """A one-time token for a form that creates something: the service
    creates once per token, so a double tap gives one object. Optional: a page
    without it (an old tab) still works, without that protection."""
    return forms.UUIDField(widget=forms.HiddenInput, initial=uuid.uuid4, required=False)


def _cleaned_photo(upload) -> CleanedImage | None:
    if not upload:
        return None
    try:
        return clean_image(upload)
    except ValidationError as error:
        raise ValidationError(error.messages) from error


class PriceField(RupiahField):
    """A price in whole rupiah (an ``int``), Rp 1 to Rp 1.000.000.000."""

    default_error_messages = {
        "too_long": _("Write only a number, for example 25.000."),
        "min_value": _("The price must be at least Rp 1."),
        "max_value": _("The price can be at most Rp 1.000.000.000."),
    }
    max_chars = 20

    def __init__(self, *, min_value=PRICE_MIN, max_value=PRICE_MAX, **kwargs):
        super().__init__(min_value=min_value, max_value=max_value, **kwargs)

    def to_python(self, value) -> int | None:
        amount = super().to_python(value)
        return None if amount is None else int(amount)


class MultiplePhotoInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultiplePhotoField(forms.FileField):
    """Up to eight phone photos at once, each cleaned before it is kept."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault(
            "widget",
            MultiplePhotoInput(attrs={"accept": "image/jpeg,image/png,image/webp"}),
        )
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        single = super().clean
        if isinstance(data, list | tuple):
            uploads = [single(item, initial) for item in data if item]
        else:
            uploads = [single(data, initial)] if data else []
        if len(uploads) > MAX_PHOTOS:
            raise ValidationError(
                _("Choose at most %(max)s photos.") % {"max": MAX_PHOTOS}
            )
        return [_cleaned_photo(upload) for upload in uploads]


class PhotoField(forms.FileField):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault(
            "widget",
            forms.ClearableFileInput(
                attrs={"accept": "image/jpeg,image/png,image/webp"}
            ),
        )
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        return _cleaned_photo(super().clean(data, initial))


class BrandForm(forms.ModelForm):
    shop_url = forms.URLField(
        label=_("Shopee or Tokopedia shop link"),
        required=False,
        assume_scheme="https",
    )
    logo_upload = PhotoField(label=_("Logo"), required=False)
    cover_upload = PhotoField(
        label=_("Cover photo"),
        required=False,
        help_text=_("A bright photo of your products. Location data is removed."),
    )

    class Meta:
        model = Brand
        fields = [
            "name",
            "tagline",
            "story",
            "city",
            "show_centre",
            "instagram_handle",
            "instagram_enabled",
            "shop_url",
            "shop_enabled",
            "whatsapp_number",
            "whatsapp_enabled",
            "whatsapp_via_centre",
        ]
        widgets = {
            "story": forms.Textarea(attrs={"rows": 6}),
            "whatsapp_number": forms.TextInput(attrs={"inputmode": "tel"}),
        }
        help_texts = {
            "story": _(
                "What you make, how you make it and what makes it special. "
                "You do not have to share your past: a story about your "
                "products is enough."
            ),
            "show_centre": _(
                "Off by default. Your centre's name is never shown "
                "unless you turn this on."
            ),
            "whatsapp_enabled": _(
                "Buyers will see your number. Leave this off to keep it private."
            ),
        }

    def clean_shop_url(self) -> str:
        url = self.cleaned_data.get("shop_url", "")
        allowed = ("shopee.co.id", "tokopedia.com", "tokopedia.link", "shp.ee")
        if url:
            host = (urlsplit(url).hostname or "").lower()
            if url.split(":", 1)[0] != "https" or not any(
                host == domain or host.endswith("." + domain) for domain in allowed
            ):
                raise ValidationError(
                    _("Only a https link to Shopee or Tokopedia is allowed.")
                )
        return url

    def clean(self):
        data = super().clean()
        if data.get("whatsapp_enabled") and not data.get("whatsapp_number"):
            self.add_error(
                "whatsapp_number", _("Write the number for the WhatsApp button.")
            )
        if data.get("instagram_enabled") and not data.get("instagram_handle"):
            self.add_error("instagram_handle", _("Write your Instagram name."))
        if data.get("shop_enabled") and not data.get("shop_url"):
            self.add_error("shop_url", _("Paste the link to your shop."))
        return data

    def model_data(self) -> dict:
        return {name: self.cleaned_data[name] for name in self.Meta.fields}


class ProductForm(forms.ModelForm):
    price = PriceField(
        label=_("Price (Rp)"),
        help_text=_("Whole rupiah, for example 25.000."),
    )
    new_photos = MultiplePhotoField(
        label=_("Add photos"),
        required=False,
        help_text=_(
            "Up to 8 photos. The first photo is the cover. Location data is removed."
        ),
    )

    new_photo_descriptions = forms.CharField(
        label=_("What the new photos show"),
        required=False,
        max_length=8 * 201,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_(
            "For buyers who cannot see them. One line for each photo, in the "
            "order you chose them. You can change them later."
        ),
    )

    class Meta:
        model = Product
        fields = [
            "name",
            "category",
            "description",
            "price",
            "unit",
            "stock",
            "stock_quantity",
            "lead_time_days",
            "min_order",
            "net_weight",
            "size",
            "shelf_life",
            "pirt_number",
            "halal_number",
        ]
        widgets = {"description": forms.Textarea(attrs={"rows": 6})}

    def __init__(self, *args, existing_photos: int = 0, **kwargs):
        super().__init__(*args, **kwargs)
        self.existing_photos = existing_photos
        if self.instance.pk is None:
            self.fields["token"] = token_field()
        self.fields["category"].queryset = Category.objects.all()
        self.fields["lead_time_days"].widget.attrs["inputmode"] = "numeric"

    def clean_new_photos(self):
        photos = self.cleaned_data.get("new_photos") or []
        if self.existing_photos + len(photos) > MAX_PHOTOS:
            raise ValidationError(
                _("A product can have at most %(max)s photos.") % {"max": MAX_PHOTOS}
            )
        if self.instance.pk is None and not photos:
            raise ValidationError(_("Add at least one photo of the product."))
        return photos

    def clean_new_photo_descriptions(self) -> list[str]:
        lines = self.cleaned_data.get("new_photo_descriptions", "").splitlines()
        if any(len(line.strip()) > PHOTO_DESCRIPTION_MAX for line in lines):
            raise ValidationError(
                _("Each line can have at most %(max)s characters.")
                % {"max": PHOTO_DESCRIPTION_MAX}
            )
        return lines

    def model_data(self) -> dict:
        return {name: self.cleaned_data[name] for name in self.Meta.fields}


class PhotoDescriptionsForm(forms.Form):
    """What each of a product's photos shows (its alternative text), on the
    product's edit page; empty lets the page say "<name>, photo N"."""

    prefix = "alt"

    def __init__(self, *args, photos, **kwargs):
        super().__init__(*args, **kwargs)
        self.photos = list(photos)
        for number, photo in enumerate(self.photos, start=1):
            self.fields[f"photo_{photo.pk}"] = forms.CharField(
                label=_("Photo %(number)s shows") % {"number": number},
                max_length=PHOTO_DESCRIPTION_MAX,
                required=False,
                initial=photo.image.written_alt_text,
            )

    def rows(self) -> list:
        return [(photo, self[f"photo_{photo.pk}"]) for photo in self.photos]

    def descriptions(self) -> dict[int, str]:
        """Only the photos whose field was sent: a page from before a photo
        was added (or without these fields) leaves the others as they are."""
        return {
            photo.pk: self.cleaned_data[f"photo_{photo.pk}"]
            for photo in self.photos
            if self.add_prefix(f"photo_{photo.pk}") in self.data
        }


class VariantForm(forms.ModelForm):
    price = PriceField(label=_("Price (Rp)"))

    class Meta:
        model = ProductVariant
        fields = ["name", "price", "stock_quantity"]


class BaseVariantFormSet(forms.BaseInlineFormSet):
    """Each row's fields say which variant they belong to ("Price of variant
    2"): on the product form every input has its own name, never one shared
    with the product's price or quantity or with another row's."""

    def add_fields(self, form, index):
        super().add_fields(form, index)
        if index is None:  # the formset's empty_form: never shown
            return
        number = {"number": index + 1}
        labels = {
            "name": _("Name of variant %(number)s"),
            "price": _("Price of variant %(number)s (Rp)"),
            "stock_quantity": _("How many of variant %(number)s are left"),
            "DELETE": _("Delete variant %(number)s"),
        }
        for name, label in labels.items():
            if name in form.fields:
                form.fields[name].label = label % number


VariantFormSet = forms.inlineformset_factory(
    Product,
    ProductVariant,
    form=VariantForm,
    formset=BaseVariantFormSet,
    extra=1,
    max_num=MAX_VARIANTS,
    validate_max=True,
    can_delete=True,
)


def variant_rows(formset) -> list[dict]:
    """The variants the seller kept, in her order (for ``product_variants_set``)."""
    rows = []
    for form in formset.forms:
        data = getattr(form, "cleaned_data", None) or {}
        if not data.get("name") or data.get("DELETE"):
            continue
        rows.append(
            {
                "name": data["name"],
                "price": data["price"],
                "stock_quantity": data.get("stock_quantity"),
            }
        )
    return rows


class PhotoUploadForm(forms.Form):
    photo = PhotoField(label=_("Add a photo"))
    alt_text = forms.CharField(
        label=_("What the photo shows"),
        max_length=PHOTO_DESCRIPTION_MAX,
        required=False,
        help_text=_(
            "For buyers who cannot see it, for example: 'Two packs of chips, "
            "the label with the price on the front'."
        ),
    )
    token = token_field()


class InquiryForm(forms.Form):
    """ "Tanya penjual". ``website`` is a honeypot people never see."""

    buyer_name = forms.CharField(
        label=_("Your name"),
        max_length=80,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    buyer_phone = forms.CharField(
        label=_("Phone or WhatsApp"),
        max_length=20,
        required=False,
        widget=forms.TextInput(attrs={"inputmode": "tel", "autocomplete": "tel"}),
    )
    buyer_email = forms.EmailField(
        label=_("E-mail"),
        required=False,
        help_text=_("The seller's answer is sent here."),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    quantity = forms.IntegerField(
        label=_("How many"), min_value=1, max_value=100_000, initial=1
    )
    message = forms.CharField(
        label=_("Your question"),
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    website = forms.CharField(
        label=_("Leave this empty"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )
    token = forms.UUIDField(widget=forms.HiddenInput, initial=uuid.uuid4)

    def clean_buyer_phone(self) -> str:
        phone = self.cleaned_data["buyer_phone"].strip()
        field = Inquiry._meta.get_field("buyer_phone")
        if phone:
            for validator in field.validators:
                validator(phone)
        return phone

    def clean(self):
        data = super().clean()
        no_contact = not data.get("buyer_phone") and not data.get("buyer_email")
        if no_contact and not {"buyer_phone", "buyer_email"} & set(self.errors):
            # On the phone field, so the error summary links to it.
            self.add_error(
                "buyer_phone",
                _("Leave a phone number or an e-mail so the seller can answer."),
            )
        return data

    @property
    def is_bot(self) -> bool:
        return bool(self.data.get("website"))


class ReplyForm(forms.Form):
    message = forms.CharField(
        label=_("Your answer"),
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    token = token_field()


class LabelForm(forms.Form):
    product = forms.ModelChoiceField(
        label=_("Product"), queryset=Product.objects.none()
    )
    count = forms.IntegerField(
        label=_("How many labels"), min_value=1, max_value=100, initial=21
    )
    show_price = forms.BooleanField(label=_("Print the price"), required=False)

    def __init__(self, *args, products, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["product"].queryset = products
        self.fields["product"].label_from_instance = lambda product: product.public_name


class ShowcaseFilterForm(forms.Form):
    """Catalogue filters from the query string; unknown values are ignored."""

    SORT_CHOICES = [
        ("newest", _("Newest")),
        ("price_asc", _("Price: low to high")),
        ("price_desc", _("Price: high to low")),
    ]

    q = forms.CharField(label=_("Search"), max_length=100, required=False)
    category = forms.ChoiceField(label=_("Category"), required=False)
    min_price = PriceField(label=_("Lowest price"), required=False, min_value=0)
    max_price = PriceField(label=_("Highest price"), required=False, min_value=0)
    # Typed, not chosen from a list: the filters must not grow with the
    # number of brands and cities (a brand is found by searching its name).
    city = forms.CharField(label=_("City or regency"), max_length=80, required=False)
    brand = forms.SlugField(
        label=_("Brand"), max_length=80, required=False, widget=forms.HiddenInput
    )
    ready = forms.BooleanField(label=_("Ready stock only"), required=False)
    sort = forms.ChoiceField(label=_("Sort"), choices=SORT_CHOICES, required=False)
    after = forms.RegexField(
        regex=r"^-?[0-9]{1,20}\.[0-9]{1,20}$", required=False, widget=forms.HiddenInput
    )

    def __init__(self, *args, choices: dict, **kwargs):
        super().__init__(*args, **kwargs)
        everything = [("", _("All"))]
        self.fields["category"].choices = everything + choices["categories"]

    def filters(self) -> dict:
        """Only the valid filters; an invalid one is dropped, not an error page."""
        self.is_valid()
        data = {
            name: value
            for name, value in self.cleaned_data.items()
            if name not in self.errors
        }
        return {
            "query": data.get("q", ""),
            "category": data.get("category", ""),
            "min_price": data.get("min_price"),
            "max_price": data.get("max_price"),
            "city": (data.get("city") or "").strip(),
            "brand": data.get("brand", ""),
            "ready_only": bool(data.get("ready")),
            "sort": data.get("sort") or "newest",
        }


class ReviewForm(forms.Form):
    """The reviewer's checklist and decision in the Wagtail admin."""

    DECISIONS = [
        ("approve", _("Approve")),
        ("request_changes", _("Request changes")),
        ("suspend", _("Suspend the brand")),
    ]

    checklist = forms.MultipleChoiceField(
        label=_("Quality checklist"),
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    message = forms.CharField(
        label=_("Message to the seller"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    decision = forms.ChoiceField(choices=DECISIONS, widget=forms.HiddenInput)

    def __init__(self, *args, kind: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["checklist"].choices = (
            BRAND_CHECKLIST if kind == "brand" else PRODUCT_CHECKLIST
        )
        self.kind = kind

    def clean(self):
        data = super().clean()
        if data.get("decision") == "suspend":
            if self.kind != "brand":
                raise forms.ValidationError(_("Only a brand can be suspended."))
            if not (data.get("message") or "").strip():
                self.add_error(
                    "message", _("Tell the seller why the brand is suspended.")
                )
        return data
