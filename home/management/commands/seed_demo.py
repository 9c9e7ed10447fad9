from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand

from home.services import DEMO_PASSWORD
from home.setup import demo_seed


class Command(BaseCommand):
    help = (
        "Run site_setup, then create or update the demo courses, shop and "
        "accounts on top (idempotent)."
    )

    def handle(self, *args, **options):
        call_command("site_setup", stdout=self.stdout)
        accounts = demo_seed(stdout=self.stdout)
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
