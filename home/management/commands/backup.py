from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from home.backup import BackupError, backup_create


class Command(BaseCommand):
    help = (
        "Back up the database (SQLite: VACUUM INTO; PostgreSQL: pg_dump) and "
        "every stored file (local folders or buckets) into a new folder. "
        "Restore it with `manage.py restore`. See docs/deploy.md."
    )

    def add_arguments(self, parser):
        parser.add_argument("folder", type=Path, help="A new or empty folder.")
        parser.add_argument(
            "--no-media",
            action="store_false",
            dest="media",
            help="Database only (when the buckets are versioned or synced apart).",
        )

    def handle(self, *args, folder: Path, media: bool, **options):
        try:
            result = backup_create(folder=folder, media=media)
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(
            f"backup: {result.engine} database and {result.files} file(s) "
            f"({result.bytes} bytes) in {result.folder}"
        )
