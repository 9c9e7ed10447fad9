from decimal import Decimal

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from business.forms import (
    PRACTICE_ROWS,
    AmountField,
    DescribedErrorsMixin,
    PercentField,
    SellingCostsForm,
)
from home.imaging import clean_image

from .models import BusinessPlan


class PracticeForm(DescribedErrorsMixin, forms.Form):
    """A calculator form: errors linked to their fields (``aria-describedby``)."""


class HppForm(SellingCostsForm, PracticeForm):
    # Packaging is part of the materials (as the lesson counts it), never of
    # "other costs": one amount, counted once.
    material = AmountField(
        label=_("Materials and packaging for one batch (Rp)"),
        help_text=_(
            "Everything that goes into the products, with plastic, labels and boxes."
        ),
    )
    labour = AmountField(label=_("Labour for one batch (Rp)"), required=False)
    overhead = AmountField(
        label=_("Other costs for one batch (Rp)"),
        required=False,
        help_text=_(
            "Gas, electricity, transport. Not packaging: it is already in materials."
        ),
    )
    units = forms.IntegerField(
        label=_("Pieces made in one batch"),
        min_value=1,
        max_value=1_000_000,
        widget=forms.TextInput(attrs={"inputmode": "numeric"}),
    )
    markup = PercentField(
        label=_("Markup on HPP (%)"),
        initial=30,
        max_value=1000,
        help_text=_("Profit added on top of HPP. 30% on Rp 4.000 gives Rp 5.200."),
    )
    # marketplace_fee and shipping: SellingCostsForm.

    def clean(self):
        data = super().clean()
        for name in ("labour", "overhead"):
            if data.get(name) is None and name not in self.errors:
                data[name] = Decimal(0)
        return data


VARIABLE_COST_HELP = _(
    "What one more piece costs you: materials, packaging and any other cost you pay "
    "for each piece. Not rent or other fixed costs."
)


class BepForm(PracticeForm):
    fixed_costs = AmountField(
        label=_("Fixed costs per month (Rp)"),
        help_text=_("Costs you pay even when you sell nothing: rent, phone credit."),
    )
    price = AmountField(label=_("Selling price per piece (Rp)"))
    variable_cost = AmountField(
        label=_("Variable cost per piece (Rp)"), help_text=VARIABLE_COST_HELP
    )


class ChannelPriceForm(SellingCostsForm, PracticeForm):
    wanted = AmountField(
        label=_("Money you want to receive per piece (Rp)"),
        help_text=_("Your price for direct sales: HPP plus your markup."),
    )
    # marketplace_fee and shipping: SellingCostsForm.


CASHBOOK_ROWS = PRACTICE_ROWS  # the lines business.forms.PracticeCashbookForm saves


class CashbookForm(PracticeForm):
    opening = AmountField(label=_("Money at the start (Rp)"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for i in range(CASHBOOK_ROWS):
            self.fields[f"desc_{i}"] = forms.CharField(
                label=_("Note"), required=False, max_length=80
            )
            self.fields[f"in_{i}"] = AmountField(
                label=_("Money in (Rp)"), required=False
            )
            self.fields[f"out_{i}"] = AmountField(
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
        fields = list(BusinessPlan.ANSWER_FIELDS)
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


class AssignmentSubmissionForm(forms.Form):
    photo = forms.FileField(
        label=_("Photo of your work"),
        required=False,
        help_text=_("JPG, PNG or WebP, at most 10 MB. Location data is removed."),
        widget=forms.ClearableFileInput(
            attrs={"accept": "image/jpeg,image/png,image/webp"}
        ),
    )
    text = forms.CharField(
        label=_("Your answer"),
        required=False,
        max_length=3000,
        widget=forms.Textarea(attrs={"rows": 6}),
    )

    def __init__(self, *args, assignment, **kwargs):
        super().__init__(*args, **kwargs)
        self.assignment = assignment
        self.fields["photo"].required = assignment.requires_photo
        self.fields["text"].required = assignment.requires_text
        if assignment.text_prompt:
            self.fields["text"].help_text = assignment.text_prompt
        # static/js/forms.js keeps what she types in this browser until sent.
        self.fields["text"].widget.attrs["data-draft"] = f"assignment-{assignment.pk}"

    def clean_photo(self):
        upload = self.cleaned_data.get("photo")
        if not upload:
            return None
        # The single cleaning step: decoded, re-encoded, metadata gone.
        return clean_image(upload)

    def clean(self):
        data = super().clean()
        if not self.errors and not data.get("photo") and not data.get("text"):
            # On the first field, so the error summary links to it.
            self.add_error(
                "photo",
                ValidationError(_("Add a photo or write something."), code="empty"),
            )
        return data


class SubmissionReviewForm(forms.Form):
    DECISIONS = [
        ("accept", _("Accept")),
        ("revision", _("Ask for a revision")),
    ]

    decision = forms.ChoiceField(
        label=_("Decision"), choices=DECISIONS, widget=forms.RadioSelect
    )
    rubric_met = forms.TypedMultipleChoiceField(
        label=_("Rubric points met"),
        required=False,
        coerce=int,
        widget=forms.CheckboxSelectMultiple,
    )
    feedback = forms.CharField(
        label=_("Feedback for the learner"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_("Kind and concrete: what is good, what to change."),
    )

    def __init__(self, *args, rubric_items: list[str], **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["rubric_met"].choices = list(enumerate(rubric_items))

    def clean(self):
        data = super().clean()
        if data.get("decision") == "revision" and not data.get("feedback", "").strip():
            self.add_error("feedback", _("Tell the learner what to change."))
        return data


class CertificateSettingsForm(forms.Form):
    """Only the centre opt-in: the printed name is fixed at issue."""

    show_centre = forms.BooleanField(
        label=_("Show my centre on the verification page"),
        required=False,
        help_text=_("Off unless you turn it on."),
    )


class CertificateNameForm(forms.Form):
    """The learner picks, once, the name printed on her certificate."""

    choice = forms.ChoiceField(
        label=_("Name on the certificate"), widget=forms.RadioSelect
    )
    confirm = forms.BooleanField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args, options: dict[str, str], **kwargs):
        super().__init__(*args, **kwargs)
        labels = {
            "display": _("%(name)s: my display name"),
            "legal": _("%(name)s: my legal name, as on my ID card"),
        }
        self.fields["choice"].choices = [
            (key, labels[key] % {"name": name}) for key, name in options.items()
        ]
        if len(options) == 1:
            self.fields["choice"].initial = next(iter(options))


class CertificateReissueForm(forms.Form):
    printed_name = forms.CharField(
        label=_("New name to print"),
        max_length=80,
        help_text=_(
            "Anyone with the certificate sees this name. Use the legal name only "
            "if the learner asked for it."
        ),
    )
    reason = forms.CharField(
        label=_("Reason for the correction"),
        max_length=250,
        help_text=_("Kept in the log for staff; not shown publicly."),
    )


class CertificateLookupForm(forms.Form):
    kode = forms.CharField(
        label=_("Certificate code"),
        max_length=200,
        help_text=_("The code printed under the QR code, for example 7KQ2-M9XD-…"),
        widget=forms.TextInput(
            attrs={
                "autocapitalize": "characters",
                "autocomplete": "off",
                "spellcheck": "false",
            }
        ),
    )


class CertificateRevokeForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason"),
        max_length=250,
        help_text=_("Shown on the public verification page."),
    )
