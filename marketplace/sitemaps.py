"""Sitemap entries: exactly the brands and products buyers can see."""

from django.urls import reverse

from home.sitemaps import SiteBaseUrlSitemap

from . import selectors


class BrandSitemap(SiteBaseUrlSitemap):
    changefreq = "weekly"

    def items(self):
        return selectors.brands_public().order_by("pk").only("slug", "updated_at")

    def location(self, item) -> str:
        return reverse("marketplace:brand_detail", args=[item.slug])

    def lastmod(self, item):
        return item.updated_at


class ProductSitemap(SiteBaseUrlSitemap):
    changefreq = "weekly"

    def items(self):
        return (
            selectors.products_public()
            .order_by("pk")
            .only("slug", "updated_at", "brand__slug")
        )

    def location(self, item) -> str:
        return reverse("marketplace:product_detail", args=[item.brand.slug, item.slug])

    def lastmod(self, item):
        return item.updated_at
