"""Product cards (templates/components/product_card.html), each rendered once
until the showcase changes.

A card's picture is six renditions (two sizes, three formats): looking them up
for 24 cards was most of the work of a showcase page. The card HTML is the
same for every visitor, so it is kept (``home.page_cache.cached_fragments``)
and dropped whenever a product, brand, photo or picture changes.
"""

from __future__ import annotations

from django import template
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.safestring import SafeString, mark_safe  # safe: see below

from home.page_cache import cached_fragments

register = template.Library()

# The first two cards of a first page load their photo at once (above the fold).
EAGER_CARDS = 2


@register.simple_tag
# safe: returns the cards the template rendered (escaped there)
def product_cards(products, eager: bool = False) -> SafeString:
    """The ``<li>`` cards of ``products``, in order."""
    language = translation.get_language()
    builders = {}
    order = []
    for index, product in enumerate(products):
        eager_photo = bool(eager) and index < EAGER_CARDS
        key = f"{language}:{product.pk}:{eager_photo:d}"
        order.append(key)
        builders[key] = _builder(product, eager_photo)
    cards = cached_fragments("product-card", builders)
    # safe: each card is the output of our template, which escaped its values
    return mark_safe("".join(cards[key] for key in order))  # noqa: S308


def _builder(product, eager_photo: bool):
    def build() -> str:
        return render_to_string(
            "components/product_card.html",
            {"product": product, "eager_photo": eager_photo},
        )

    return build
