"""Recompute the folded search text of every product (``Product.search_text``).

Approval keeps it in step; run this after writing products in bulk (a seed
with ``bulk_create``) or after changing the folding rules in
``marketplace/search.py``.
"""

from __future__ import annotations

from django.core.management.base import BaseCommand

from marketplace.models import Product


class Command(BaseCommand):
    help = "Recompute the search text of every showcase product."

    def handle(self, *args, **options) -> None:
        done = Product.objects.all().refresh_search_text()
        self.stdout.write(f"{done} products")
