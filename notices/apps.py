from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NoticesConfig(AppConfig):
    name = "notices"
    verbose_name = _("Notices")

    def ready(self) -> None:
        # Django's place for wiring, run once the models are loaded.
        from home.personal_data import register_module

        from . import personal_data

        register_module(self.label, personal_data, order=250)
