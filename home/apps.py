from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Home")

    def ready(self) -> None:
        # Django's place for wiring, run once the models are loaded.
        from . import models, personal_data, signals, views  # noqa: F401

        models.HomePage.serve_view = views.home_page_serve

        personal_data.register(
            personal_data.PersonalDataHandler(
                app_label=self.label,
                export=personal_data.export_personal_data,
                erase=personal_data.erase_personal_data,
                models=personal_data.HOME_MODELS,
                kept=personal_data.HOME_KEPT,
                # After the marketplace, which deletes the showcase photos it
                # finds by uploader before home unlinks the uploader.
                order=900,
            )
        )
