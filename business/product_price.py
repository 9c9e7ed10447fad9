"""The price help on the seller's product form (``marketplace``): pick a saved
costing and a markup, see the suggested price, the price per channel and the
break-even quantity. It only shows numbers: the price field stays the
seller's to fill in, nothing here writes to a product."""

from __future__ import annotations

from django.http import QueryDict

from . import selectors
from .forms import PriceSuggestionForm


def price_help_context(*, user, query: QueryDict) -> dict:
    """``price_help`` for ``business/includes/product_price_help.html``."""
    costings = selectors.costings_for(user=user)
    if not costings:
        return {"price_help": {"costings": []}}
    bound = "hitungan" in query
    form = PriceSuggestionForm(query if bound else None, costings=costings)
    suggestion = None
    if bound and form.is_valid():
        suggestion = selectors.price_suggestion(
            costing=form.costings[form.cleaned_data["hitungan"]],
            markup=form.cleaned_data.get("markup"),
        )
    return {
        "price_help": {"costings": costings, "form": form, "suggestion": suggestion}
    }
