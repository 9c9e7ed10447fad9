from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Home")

    def ready(self) -> None:
        # Django's place for wiring, run once the models are loaded; ``signals``
        # cleans pending uploads and avatars before they are stored; ``tasks``
        # wipes the text of finished mail and SMS tasks; ``page_cache`` forgets
        # cached content when pages change.
        from . import models, page_cache, personal_data, signals, tasks, views  # noqa: F401
        from .csv_export import wagtail_csv_exports_neutralise

        models.HomePage.serve_view = views.home_page_serve
        page_cache.signals_connect()
        wagtail_csv_exports_neutralise()

        # After the marketplace, which deletes the showcase photos it finds by
        # uploader before home unlinks the uploader.
        personal_data.register_module(self.label, personal_data, order=900)
