from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "accounts"
    verbose_name = _("Accounts")

    def ready(self) -> None:
        # Django's place for wiring, run once the models are loaded.
        from home.personal_data import register_module

        from . import personal_data, signals  # noqa: F401

        # Last: it scrubs the user row the other handlers still read.
        register_module(self.label, personal_data, order=1000)
