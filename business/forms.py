"""Forms of the money tools. Every amount goes through ``home.money`` (one
parser: "25.000", "25rb", "1,5jt", "Rp 25.000")."""

from __future__ import annotations

import uuid
from decimal import Decimal

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from home.forms import RupiahField

from .calculators import MARKETPLACE_FEE_DEFAULT
from .models import CashEntry, Costing

MAX_AMOUNT = Decimal("100000000000")  # Rp 100 miliar: a micro business never needs more
MARKETPLACE_FEE_MAX = 90  # percent: a platform taking more leaves nothing to sell for
PRACTICE_ROWS = 6  # lines of the lesson's cash-book exercise


def token_field() -> forms.UUIDField:
    """A one-time token for a form that creates something: a double tap
    creates it once. Optional, so an old tab still works."""
    return forms.UUIDField(widget=forms.HiddenInput, initial=uuid.uuid4, required=False)


def clean_book_date(value):
    """A cash-book date: from the year 2000 up to one year from today."""
    if value is None:
        return value
    today = timezone.localdate()
    if value.year < 2000 or value > today.replace(year=today.year + 1, day=1):
        raise forms.ValidationError(
            _("Pick a date between 2000 and next year."), code="date_range"
        )
    return value


class AmountField(RupiahField):
    """Rp 0 up to Rp 100 miliar, as a ``Decimal``."""

    def __init__(self, **kwargs):
        kwargs.setdefault("max_value", MAX_AMOUNT)
        super().__init__(**kwargs)


class PercentField(forms.IntegerField):
    def __init__(self, **kwargs):
        kwargs.setdefault("min_value", 0)
        kwargs.setdefault("widget", forms.TextInput(attrs={"inputmode": "numeric"}))
        super().__init__(**kwargs)


class MarketplaceFeeField(PercentField):
    """What a marketplace takes from each sale, 0 to 90 percent. Optional:
    empty means the usual fee (``MARKETPLACE_FEE_DEFAULT``)."""

    def __init__(self, **kwargs):
        kwargs.setdefault("max_value", MARKETPLACE_FEE_MAX)
        kwargs.setdefault("required", False)
        super().__init__(**kwargs)

    def clean(self, value):
        value = super().clean(value)
        return MARKETPLACE_FEE_DEFAULT if value is None else value


class ShippingField(AmountField):
    """What the seller pays the courier per piece. Optional: empty is Rp 0
    (the buyer pays)."""

    def __init__(self, **kwargs):
        kwargs.setdefault("required", False)
        super().__init__(**kwargs)

    def clean(self, value):
        value = super().clean(value)
        return Decimal(0) if value is None else value


class SellingCostsForm(forms.Form):
    """The costs of selling through a channel, asked the same way wherever a
    price is worked out (the HPP and price-per-channel calculators of the
    lessons): the marketplace fee and the shipping per piece, after the
    form's own fields."""

    SELLING_COST_FIELDS = ("marketplace_fee", "shipping")

    marketplace_fee = MarketplaceFeeField(
        label=_("Marketplace fee (%)"),
        initial=int(MARKETPLACE_FEE_DEFAULT),
        help_text=_("What the marketplace takes from each sale. Check your shop app."),
    )
    shipping = ShippingField(
        label=_("Shipping you pay per piece (Rp)"),
        help_text=_("Only if you pay the courier. Leave empty if the buyer pays."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in self.SELLING_COST_FIELDS:  # last, after the form's own fields
            self.fields[name] = self.fields.pop(name)


class DescribedErrorsMixin:
    """Links each field's error text to its input (``aria-describedby``), next
    to its help text; Django already sets ``aria-invalid`` on a field with an
    error. The error text's id is ``<field id>_error``
    (``components/form_field.html``)."""

    def full_clean(self):
        super().full_clean()
        for name in self.errors:
            if name not in self.fields:
                continue
            bound = self[name]
            ids = [f"{bound.auto_id}_error"]
            if self.fields[name].help_text:
                ids.insert(0, f"{bound.auto_id}_helptext")
            self.fields[name].widget.attrs["aria-describedby"] = " ".join(ids)


class CashEntryForm(DescribedErrorsMixin, forms.ModelForm):
    amount = AmountField(
        label=_("Amount (Rp)"),
        min_value=1,
        help_text=_("For example 25.000 or 25rb."),
    )

    class Meta:
        model = CashEntry
        fields = ["date", "kind", "amount", "category", "note"]
        widgets = {
            "date": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "kind": forms.RadioSelect,
        }
        labels = {
            "date": _("Date"),
            "kind": _("Money in or out?"),
            "category": _("Category"),
            "note": _("Note"),
        }
        help_texts = {"note": _("For example: sold 10 packs at the market.")}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["kind"].choices = CashEntry.Kind.choices
        self.fields["date"].input_formats = ["%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y"]
        if self.instance.pk is None:
            self.fields["token"] = token_field()
            self.fields["date"].initial = timezone.localdate

    def clean_date(self):
        return clean_book_date(self.cleaned_data.get("date"))

    def entry_data(self) -> dict:
        data = {name: self.cleaned_data[name] for name in self.Meta.fields}
        data["amount"] = int(data["amount"])
        return data


class PracticeCashbookForm(forms.Form):
    """The lines of the lesson's cash-book exercise, saved into the real book
    (the same field names as ``courses.forms.CashbookForm``)."""

    date = forms.DateField(
        label=_("Date of these entries"),
        input_formats=["%Y-%m-%d", "%d/%m/%Y"],
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )
    token = token_field()
    next = forms.CharField(widget=forms.HiddenInput, required=False)
    opening = AmountField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        hidden = forms.HiddenInput
        for i in range(PRACTICE_ROWS):
            self.fields[f"desc_{i}"] = forms.CharField(
                required=False, max_length=80, widget=hidden
            )
            self.fields[f"in_{i}"] = AmountField(required=False, widget=hidden)
            self.fields[f"out_{i}"] = AmountField(required=False, widget=hidden)

    def clean_date(self):
        return clean_book_date(self.cleaned_data.get("date"))

    def entries(self) -> list[dict]:
        data = self.cleaned_data
        rows = []
        if data.get("opening"):
            rows.append(
                {
                    "kind": CashEntry.Kind.IN,
                    "amount": int(data["opening"]),
                    "category": CashEntry.Category.CAPITAL,
                    "note": str(_("Money at the start")),
                }
            )
        for i in range(PRACTICE_ROWS):
            note = data.get(f"desc_{i}") or ""
            for kind, key in ((CashEntry.Kind.IN, "in"), (CashEntry.Kind.OUT, "out")):
                amount = data.get(f"{key}_{i}")
                if amount:
                    rows.append(
                        {
                            "kind": kind,
                            "amount": int(amount),
                            "category": CashEntry.Category.OTHER,
                            "note": note,
                        }
                    )
        return rows


class CostingForm(DescribedErrorsMixin, forms.Form):
    """A costing saved from the HPP calculator: the calculator's numbers
    (hidden) plus a name and, if she knows them, her fixed costs."""

    name = forms.CharField(
        label=_("Name of the product idea"),
        max_length=80,
        help_text=_("For example: cassava chips 100 g."),
    )
    fixed_costs = AmountField(
        label=_("Fixed costs per month (Rp)"),
        required=False,
        help_text=_(
            "Costs you pay even when you sell nothing: rent, phone credit. "
            "Used for the break-even number."
        ),
    )
    material = AmountField(widget=forms.HiddenInput)
    labour = AmountField(widget=forms.HiddenInput, required=False)
    overhead = AmountField(widget=forms.HiddenInput, required=False)
    units = forms.IntegerField(
        min_value=1, max_value=1_000_000, widget=forms.HiddenInput
    )
    markup = PercentField(max_value=1000, widget=forms.HiddenInput)
    marketplace_fee = MarketplaceFeeField(widget=forms.HiddenInput)
    shipping = ShippingField(widget=forms.HiddenInput)
    token = token_field()
    next = forms.CharField(widget=forms.HiddenInput, required=False)

    def costing_data(self) -> dict:
        data = self.cleaned_data
        return {
            "name": data["name"].strip(),
            "material": int(data["material"]),
            "labour": int(data.get("labour") or 0),
            "overhead": int(data.get("overhead") or 0),
            "units": data["units"],
            "markup": data["markup"],
            "marketplace_fee": int(data["marketplace_fee"]),
            "shipping": int(data["shipping"]),
            "fixed_costs": int(data.get("fixed_costs") or 0),
        }


class PriceSuggestionForm(forms.Form):
    """On the product form: pick a saved costing and a markup."""

    hitungan = forms.TypedChoiceField(label=_("Saved costing"), coerce=int)
    markup = PercentField(
        label=_("Markup on HPP (%)"),
        max_value=1000,
        required=False,
        help_text=_("Profit added on top of HPP. Leave empty to use the saved one."),
    )

    def __init__(self, *args, costings: list[Costing], **kwargs):
        super().__init__(*args, **kwargs)
        self.costings = {costing.pk: costing for costing in costings}
        self.fields["hitungan"].choices = [
            (costing.pk, costing.name) for costing in costings
        ]
