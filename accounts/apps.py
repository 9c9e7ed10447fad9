from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "accounts"
    verbose_name = _("Accounts")

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
                # Last: it scrubs the user row the other handlers still read.
                order=1000,
            )
        )
