"""Binds the practice calculators of a lesson to the learner's GET input."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django import forms
from django.http import QueryDict

from . import calculators
from .forms import BepForm, CashbookForm, HppForm

FORMS: dict[str, type[forms.Form]] = {
    "hpp_calculator": HppForm,
    "bep_calculator": BepForm,
    "cashbook": CashbookForm,
}


@dataclass
class Practice:
    block_id: str
    block_type: str
    form: forms.Form
    result: Any = None
    submitted: bool = False


def _compute(block_type: str, data: dict) -> Any:
    if block_type == "hpp_calculator":
        return calculators.hpp(
            material=data["material"],
            labour=data["labour"],
            overhead=data["overhead"],
            units=data["units"],
            margin=data["margin"],
        )
    if block_type == "bep_calculator":
        return calculators.break_even(
            fixed_costs=data["fixed_costs"],
            price=data["price"],
            variable_cost=data["variable_cost"],
        )
    return calculators.cashbook(opening=data["opening"], entries=data["entries"])


def practice_for_body(body, query: QueryDict) -> dict[str, Practice]:
    """One Practice per calculator block; the submitted one is bound and computed."""
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
        else:
            practice = Practice(block.id, block.block_type, form_class(prefix=prefix))
        practices[block.id] = practice
    return practices
