from django.apps import AppConfig


class BenchConfig(AppConfig):
    """The load bench (``make bench``): installed only by bench.settings."""

    name = "bench"
    default_auto_field = "django.db.models.BigAutoField"
