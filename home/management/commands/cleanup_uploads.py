from datetime import timedelta

from django.core.management.base import BaseCommand, CommandError

from home.storage import UPLOADS_FOLDER, raw_uploads_cleanup


class Command(BaseCommand):
    help = (
        f"Delete abandoned multiple uploads ({UPLOADS_FOLDER}/ rows and files) "
        "older than N hours, and files there that no upload row points at. "
        "Idempotent: run it daily."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--older-than-hours",
            type=int,
            default=24,
            help="Only delete uploads and files older than this (default 24).",
        )

    def handle(self, *args, older_than_hours: int, **options):
        if older_than_hours < 0:
            raise CommandError("--older-than-hours cannot be negative.")
        result = raw_uploads_cleanup(older_than=timedelta(hours=older_than_hours))
        self.stdout.write(
            f"cleanup_uploads: deleted {result.rows} abandoned upload(s) and "
            f"{result.orphan_files} orphan file(s) from {UPLOADS_FOLDER}/ "
            f"(older than {older_than_hours} h)."
        )
