from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils.module_loading import import_string

from home.services import DEMO_PASSWORD

# Each app adds its own seeder; order matters (pages before the people using them).
SEEDERS = [
    "home.demo.seed",
    "courses.demo.seed",
    "centres.demo.seed",
    "marketplace.demo.seed",
]


class Command(BaseCommand):
    help = "Create or update the demo site, courses, shop and accounts (idempotent)."

    def handle(self, *args, **options):
        accounts = []
        with transaction.atomic():
            for path in SEEDERS:
                result = import_string(path)(stdout=self.stdout) or {}
                accounts.extend(result.get("accounts", []))
        self.stdout.write(self.style.SUCCESS("Demo content is ready."))
        if settings.BERDAYA_DEMO_MODE:
            self.stdout.write(f"Demo accounts (password for all: {DEMO_PASSWORD}):")
            for account in accounts:
                self.stdout.write(f"  {account.username:<12} {account.role}")
        else:
            self.stdout.write(
                "Demo mode is off: demo accounts have no usable password. "
                "Create your own with `manage.py createsuperuser`."
            )
