from decimal import Decimal

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from home.money import parse_rupiah

from .models import BusinessPlan

MAX_AMOUNT = Decimal("100000000000")  # Rp 100 miliar: a micro business never needs more


class RupiahField(forms.CharField):
    """Accepts ``25000``, ``25.000`` and ``Rp 25.000``; returns a Decimal."""

    max_chars = 30

    def widget_attrs(self, widget):
        attrs = super().widget_attrs(widget)
        attrs.update(
            {"inputmode": "numeric", "autocomplete": "off", "maxlength": self.max_chars}
        )
        return attrs

    def to_python(self, value):
        value = super().to_python(value)
        if value in self.empty_values:
            return None
        if len(value) > self.max_chars:
            raise ValidationError(_("This number is too big."), code="too_big")
        amount = parse_rupiah(value)
        if amount > MAX_AMOUNT:
            raise ValidationError(_("This number is too big."), code="too_big")
        return amount


class HppForm(forms.Form):
    material = RupiahField(label=_("Materials for one batch (Rp)"))
    labour = RupiahField(label=_("Labour for one batch (Rp)"), required=False)
    overhead = RupiahField(
        label=_("Other costs: gas, electricity, packaging (Rp)"), required=False
    )
    units = forms.IntegerField(
        label=_("Pieces made in one batch"),
        min_value=1,
        max_value=1_000_000,
        widget=forms.TextInput(attrs={"inputmode": "numeric"}),
    )
    margin = forms.IntegerField(
        label=_("Profit you want (%)"),
        min_value=0,
        max_value=1000,
        initial=30,
        widget=forms.TextInput(attrs={"inputmode": "numeric"}),
    )

    def clean(self):
        data = super().clean()
        for name in ("labour", "overhead"):
            if data.get(name) is None and name not in self.errors:
                data[name] = Decimal(0)
        return data


class BepForm(forms.Form):
    fixed_costs = RupiahField(label=_("Fixed costs per month (Rp)"))
    price = RupiahField(label=_("Selling price per piece (Rp)"))
    variable_cost = RupiahField(label=_("Cost per piece, HPP (Rp)"))


CASHBOOK_ROWS = 6


class CashbookForm(forms.Form):
    opening = RupiahField(label=_("Money at the start (Rp)"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for i in range(CASHBOOK_ROWS):
            self.fields[f"desc_{i}"] = forms.CharField(
                label=_("Note"), required=False, max_length=80
            )
            self.fields[f"in_{i}"] = RupiahField(
                label=_("Money in (Rp)"), required=False
            )
            self.fields[f"out_{i}"] = RupiahField(
                label=_("Money out (Rp)"), required=False
            )

    @property
    def rows(self):
        return [
            (self[f"desc_{i}"], self[f"in_{i}"], self[f"out_{i}"])
            for i in range(CASHBOOK_ROWS)
        ]

    def clean(self):
        data = super().clean()
        entries = []
        for i in range(CASHBOOK_ROWS):
            desc = data.get(f"desc_{i}") or ""
            income = data.get(f"in_{i}")
            expense = data.get(f"out_{i}")
            if income is None and expense is None:
                continue
            entries.append((desc, income or Decimal(0), expense or Decimal(0)))
        if not entries and not self.errors:
            raise ValidationError(
                _("Write at least one line: money in or money out."), code="empty"
            )
        data["entries"] = entries
        data["opening"] = data.get("opening") or Decimal(0)
        return data


class BusinessPlanForm(forms.ModelForm):
    class Meta:
        model = BusinessPlan
        fields = [
            "business_name",
            "product",
            "customers",
            "value",
            "channels",
            "costs",
            "price",
        ]
        widgets = {
            name: forms.Textarea(attrs={"rows": 3})
            for name in ("product", "customers", "value", "channels", "costs", "price")
        }
        help_texts = {
            "product": _("What do you make? For example: cassava chips, 200 g pack."),
            "customers": _("Who buys it? For example: office workers near the market."),
            "value": _("Why would they pick yours? Taste, price, nice packaging?"),
            "channels": _("Where do you sell? WhatsApp, market stall, Shopee?"),
            "costs": _("What do you pay for? Materials, gas, packaging, transport."),
            "price": _("Your price and how you got it (HPP + profit)."),
        }
