from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Home")

    def ready(self) -> None:
        # Django's place for wiring, run once the models are loaded.
        from . import models, views

        models.HomePage.serve_view = views.home_page_serve
