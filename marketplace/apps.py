from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MarketplaceConfig(AppConfig):
    name = "marketplace"
    verbose_name = _("Showcase")

    def ready(self) -> None:
        # Imported here: both modules use models, loaded only now.
        from home.personal_data import PersonalDataHandler, register

        from . import personal_data

        register(
            PersonalDataHandler(
                app_label=self.label,
                export=personal_data.export_personal_data,
                erase=personal_data.erase_personal_data,
                models=personal_data.MODELS,
                kept=personal_data.KEPT,
                # Before home: it finds showcase photos by their uploader.
                order=100,
            )
        )
