from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MarketplaceConfig(AppConfig):
    name = "marketplace"
    verbose_name = _("Showcase")

    def ready(self) -> None:
        # Django's place for wiring, run once the models are loaded.
        from home.personal_data import register_module

        from . import personal_data

        # Before home: it finds showcase photos by their uploader.
        register_module(self.label, personal_data, order=100)
