"""Product page views: counted in the cache, written to the database in batches.

Every anonymous product view used to write a ``ProductDailyStat`` row, and on
SQLite every write waits for the one before it. Now a view adds one to a
cache counter per product and day (``view_key``); when it reaches
``VIEW_FLUSH_EVERY`` the counter's value is moved to the day's row in one
update (``services.product_views_flush``). What is still in the cache is
added when the seller looks (``pending_views``), so her numbers are right to
the view; ``manage.py showcase_views_flush`` (run daily, see
docs/marketplace.md) moves the leftovers of past days to the database.

If the cache cannot count (Redis unreachable) the view is written straight
away, as before.
"""

from __future__ import annotations

import datetime

from django.core.cache import cache

# The product page's event in the page cache (home.page_cache): a page served
# from the cache still counts as a view (``apps.MarketplaceConfig.ready``).
PRODUCT_VIEW_EVENT = "marketplace.product_view"

# Views of one product on one day kept in the cache before one write.
VIEW_FLUSH_EVERY = 20
# Counters outlive the 30 days the seller sees, so a late flush still counts.
VIEW_KEY_TTL = 40 * 24 * 3600


def view_key(product_id: int, day: datetime.date) -> str:
    return f"showcase:views:{day.isoformat()}:{product_id}"


def pending_views(
    product_ids: list[int], days: list[datetime.date]
) -> dict[tuple[int, datetime.date], int]:
    """Views still in the cache, by (product, day): one cache call."""
    if not product_ids or not days:
        return {}
    keys = {view_key(pk, day): (pk, day) for pk in product_ids for day in days}
    try:
        found = cache.get_many(list(keys))
    except Exception:  # an unreachable cache holds nothing we can count
        return {}
    return {
        keys[key]: value
        for key, value in found.items()
        if isinstance(value, int) and value > 0
    }
