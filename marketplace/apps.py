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

        # Public pages kept whole (home.page_cache) show these rows: any
        # change drops them. A product page served from there still counts.
        from django.db.models.signals import post_delete, post_save

        from home.page_cache import page_served_from_cache, public_data_changed_receiver

        from . import models, services
        from .stats import PRODUCT_VIEW_EVENT

        for model in (
            models.Brand,
            models.Product,
            models.ProductVariant,
            models.ProductPhoto,
            models.Category,
            models.CentreShowcaseSettings,
        ):
            post_save.connect(public_data_changed_receiver, sender=model)
            post_delete.connect(public_data_changed_receiver, sender=model)

        def count_cached_product_view(sender, data, **kwargs):
            if sender == PRODUCT_VIEW_EVENT:
                services.product_view_record(product_id=data["product_id"])

        page_served_from_cache.connect(
            count_cached_product_view, weak=False, dispatch_uid="showcase-view"
        )
