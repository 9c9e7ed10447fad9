from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from home.backup import BackupError, backup_read, backup_restore


class Command(BaseCommand):
    help = (
        "Restore a folder written by `manage.py backup`: REPLACES the database "
        "and writes every file back into storage. Stop the web and worker "
        "processes first. See docs/deploy.md."
    )

    def add_arguments(self, parser):
        parser.add_argument("folder", type=Path, help="A folder from `backup`.")
        parser.add_argument(
            "--no-media", action="store_false", dest="media", help="Database only."
        )
        parser.add_argument(
            "--noinput",
            "--no-input",
            action="store_false",
            dest="interactive",
            help="Do not ask for confirmation.",
        )

    def handle(self, *args, folder: Path, media: bool, interactive: bool, **options):
        try:
            manifest = backup_read(folder=folder)
            if interactive:
                answer = input(
                    f"Replace this site's database with the backup of "
                    f"{manifest['created_at']}? Type 'yes' to continue: "
                )
                if answer.strip().lower() != "yes":
                    raise CommandError("Restore cancelled.")
            result = backup_restore(folder=folder, media=media)
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(
            f"restore: {result.engine} database and {result.files} file(s) "
            f"({result.bytes} bytes) from {result.folder}. Now run "
            "`manage.py migrate` if the code is newer than the backup."
        )
