from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class BusinessConfig(AppConfig):
    name = "business"
    verbose_name = _("Business tools")

    def ready(self) -> None:
        # The app's personal-data pair joins the registry (home.personal_data).
        from home.personal_data import register_module

        from . import personal_data

        register_module(self.label, personal_data, order=150)
