"""Binds the practice calculators of a lesson to the learner's GET input.

A computed HPP result carries a form to save it as a costing; a computed cash
book a form to save its lines into the learner's real cash book (both post to
the ``business`` app, which validates them again).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django import forms
from django.http import QueryDict
from django.utils import timezone

from business.forms import CostingForm, PracticeCashbookForm

from . import calculators
from .forms import BepForm, CashbookForm, ChannelPriceForm, HppForm

FORMS: dict[str, type[forms.Form]] = {
    "hpp_calculator": HppForm,
    "bep_calculator": BepForm,
    "channel_price_calculator": ChannelPriceForm,
    "cashbook": CashbookForm,
}


@dataclass
class Practice:
    block_id: str
    block_type: str
    form: forms.Form
    result: Any = None
    submitted: bool = False
    save_form: forms.Form | None = None


def _compute(block_type: str, data: dict) -> Any:
    if block_type == "hpp_calculator":
        return calculators.hpp(
            material=data["material"],
            labour=data["labour"],
            overhead=data["overhead"],
            units=data["units"],
            markup=data["markup"],
            marketplace_fee=data["marketplace_fee"],
            shipping=data["shipping"],
        )
    if block_type == "bep_calculator":
        return calculators.break_even(
            fixed_costs=data["fixed_costs"],
            price=data["price"],
            variable_cost=data["variable_cost"],
        )
    if block_type == "channel_price_calculator":
        return calculators.channel_prices(
            wanted=data["wanted"],
            marketplace_fee=data["marketplace_fee"],
            shipping=data["shipping"],
        )
    return calculators.cashbook(opening=data["opening"], entries=data["entries"])


def _save_form(practice: Practice, data: dict, back: str) -> forms.Form | None:
    auto_id = f"{practice.form.prefix}-save-%s"
    if practice.block_type == "hpp_calculator":
        initial = {
            name: data[name]
            for name in (
                "material",
                "labour",
                "overhead",
                "units",
                "markup",
                "marketplace_fee",
                "shipping",
            )
        }
        return CostingForm(initial={**initial, "next": back}, auto_id=auto_id)
    if practice.block_type == "cashbook":
        raw = {
            name: practice.form.cleaned_data.get(name)
            for name in practice.form.fields
            if name != "opening"
        }
        initial = {
            "date": timezone.localdate(),
            "next": back,
            "opening": data["opening"] or None,
            **raw,
        }
        return PracticeCashbookForm(initial=initial, auto_id=auto_id)
    return None


def practice_for_body(
    body, query: QueryDict, *, back: str = "", can_save: bool = False
) -> dict[str, Practice]:
    """One Practice per calculator block of ``body`` (a StreamValue, or the
    lesson's cached ``BodyPart`` list: anything with ``id`` and ``block_type``
    per block); the submitted one is bound and computed. ``can_save``: a
    signed-in learner may keep the result."""
    submitted_id = query.get("kalkulator", "")
    practices: dict[str, Practice] = {}
    for block in body:
        form_class = FORMS.get(block.block_type)
        if form_class is None:
            continue
        prefix = f"c{block.id[:8]}"
        if block.id == submitted_id:
            form = form_class(query, prefix=prefix)
            practice = Practice(block.id, block.block_type, form, submitted=True)
            if form.is_valid():
                practice.result = _compute(block.block_type, form.cleaned_data)
                if can_save:
                    practice.save_form = _save_form(
                        practice, form.cleaned_data, f"{back}#latihan-{block.id}"
                    )
        else:
            practice = Practice(block.id, block.block_type, form_class(prefix=prefix))
        practices[block.id] = practice
    return practices
