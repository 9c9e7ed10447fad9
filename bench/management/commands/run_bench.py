from django.core.management.base import BaseCommand

from bench import run


class Command(BaseCommand):
    help = (
        "Serve the site with gunicorn and measure the key pages against a plain "
        "Wagtail page (run seed_bench first). Prints one Markdown table."
    )

    def add_arguments(self, parser):
        parser.add_argument("--rounds", type=int, default=3)
        parser.add_argument(
            "--seconds", type=float, default=3.0, help="per page and round"
        )
        parser.add_argument("--connections", type=int, default=8)
        parser.add_argument("--workers", type=int, default=2)
        parser.add_argument("--port", type=int, default=8765)

    def handle(self, *args, **options):
        shape = {
            key: options[key] for key in ("rounds", "seconds", "connections", "workers")
        }
        pages = run.run(port=options["port"], **shape)
        self.stdout.write("\n" + run.header(**shape) + "\n")
        self.stdout.write(run.table(pages))
