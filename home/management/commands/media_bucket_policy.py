import json

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from home.object_storage import public_read_policy


class Command(BaseCommand):
    help = (
        "Print the media bucket's policy (JSON): anonymous reads of renditions "
        "(images/*) only. The private bucket gets no policy. See docs/deploy.md."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--bucket",
            default=settings.AWS_STORAGE_BUCKET_NAME,
            help="Bucket name (default: AWS_STORAGE_BUCKET_NAME).",
        )

    def handle(self, *args, bucket: str, **options):
        if not bucket:
            raise CommandError("Set AWS_STORAGE_BUCKET_NAME or pass --bucket.")
        self.stdout.write(json.dumps(public_read_policy(bucket=bucket), indent=2))
