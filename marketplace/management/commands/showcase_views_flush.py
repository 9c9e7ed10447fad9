"""Write the product views still counted in the cache to the database.

Views go to the database every ``VIEW_FLUSH_EVERY`` views of a product and
day; run this once a day (after midnight) to write what is left of the days
before (``--days``, default 2: yesterday and the day before).
"""

from __future__ import annotations

import datetime

from django.core.management.base import BaseCommand
from django.utils import timezone

from marketplace import services


class Command(BaseCommand):
    help = "Write product views counted in the cache to the database."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--days", type=int, default=2)

    def handle(self, *args, days: int, **options) -> None:
        today = timezone.localdate()
        total = 0
        for back in range(0, days + 1):
            total += services.product_views_flush_day(
                day=today - datetime.timedelta(days=back)
            )
        self.stdout.write(f"{total} views written")
