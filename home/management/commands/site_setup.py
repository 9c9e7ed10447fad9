from django.core.management.base import BaseCommand

from home.setup import site_setup


class Command(BaseCommand):
    help = (
        "Create what a fresh install needs, without demo content: the site and "
        "home page, the course catalogue with its review workflow and page "
        "permissions, groups and their permissions, image collections. "
        "Idempotent and safe on every deploy: edited pages are left as they are."
    )

    def handle(self, *args, **options):
        site_setup()
        self.stdout.write(self.style.SUCCESS("The site is set up."))
