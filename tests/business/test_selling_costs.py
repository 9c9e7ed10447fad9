"""The costs of selling (marketplace fee, shipping per piece) follow one rule
in every form that asks for them: the lesson calculators and the saved costing."""

from __future__ import annotations

from decimal import Decimal

import pytest

from business.calculators import MARKETPLACE_FEE_DEFAULT
from business.forms import CostingForm
from courses.forms import ChannelPriceForm, HppForm

OWN_FIELDS = {
    HppForm: {"material": "40.000", "units": "10", "markup": "30"},
    ChannelPriceForm: {"wanted": "5.200"},
    CostingForm: {
        "name": "Keripik",
        "material": "40.000",
        "units": "10",
        "markup": "30",
    },
}


@pytest.mark.parametrize("form_class", list(OWN_FIELDS))
def test_empty_selling_costs_mean_the_usual_fee_and_no_shipping(form_class):
    form = form_class(data=OWN_FIELDS[form_class])
    assert form.is_valid(), form.errors
    assert form.cleaned_data["marketplace_fee"] == MARKETPLACE_FEE_DEFAULT
    assert form.cleaned_data["shipping"] == Decimal(0)


@pytest.mark.parametrize("form_class", list(OWN_FIELDS))
def test_a_fee_above_90_percent_or_negative_shipping_is_refused(form_class):
    data = {**OWN_FIELDS[form_class], "marketplace_fee": "91", "shipping": "-1"}
    form = form_class(data=data)
    assert not form.is_valid()
    assert set(form.errors) == {"marketplace_fee", "shipping"}


@pytest.mark.parametrize("form_class", [HppForm, ChannelPriceForm])
def test_the_calculators_ask_the_selling_costs_last(form_class):
    assert list(form_class().fields)[-2:] == ["marketplace_fee", "shipping"]


def test_a_costing_saved_without_a_fee_keeps_the_usual_fee():
    form = CostingForm(data=OWN_FIELDS[CostingForm])
    assert form.is_valid(), form.errors
    data = form.costing_data()
    assert (data["marketplace_fee"], data["shipping"]) == (10, 0)
