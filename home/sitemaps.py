"""Sitemaps on one origin: ``SITE_BASE_URL``, whatever host the request used."""

from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.sitemaps import Sitemap


class SiteBaseUrlSitemap(Sitemap):
    """Every ``<loc>`` on ``SITE_BASE_URL``'s scheme, host and port (the
    canonical links of the pages say the same)."""

    def get_protocol(self, protocol=None):
        return urlsplit(settings.SITE_BASE_URL).scheme or "https"

    def get_domain(self, site=None):
        return urlsplit(settings.SITE_BASE_URL).netloc
