from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import connection

from bench.seed import Sizes, seed


class Command(BaseCommand):
    help = (
        "Migrate the bench database and seed it: the demo, then 10,000 products "
        "across 500 brands, 10,000 learners and a cohort of 500 (idempotent)."
    )

    def add_arguments(self, parser):
        defaults = Sizes()
        parser.add_argument("--products", type=int, default=defaults.products)
        parser.add_argument("--brands", type=int, default=defaults.brands)
        parser.add_argument("--learners", type=int, default=defaults.learners)
        parser.add_argument("--cohort-size", type=int, default=defaults.cohort_size)

    def handle(self, *args, **options):
        call_command("migrate", "--noinput", verbosity=0)
        sizes = Sizes(
            products=options["products"],
            brands=options["brands"],
            learners=options["learners"],
            cohort_size=options["cohort_size"],
        )
        seed(sizes, stdout=self.stdout)
        # Fresh statistics for the planner, as PostgreSQL's autovacuum keeps
        # them in production: rows added in bulk were otherwise planned as if
        # the tables were nearly empty (10 products expected, 10,008 found).
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
        self.stdout.write(self.style.SUCCESS("The bench data set is ready."))
