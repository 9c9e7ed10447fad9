from pathlib import Path

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path
from django.views.i18n import set_language
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from courses import views as course_views
from home import pwa
from home import views as home_views

from .sitemaps import SITEMAPS

# The 500 page shows the request id (home.middleware.RequestIdMiddleware).
handler500 = "home.views.server_error"

urlpatterns = [
    path("healthz", home_views.healthz, name="healthz"),
    path("robots.txt", home_views.robots_txt, name="robots_txt"),
    path("favicon.ico", home_views.favicon, name="favicon"),
    path("sw.js", pwa.service_worker, name="service_worker"),
    path("manifest.webmanifest", pwa.web_manifest, name="web_manifest"),
    path("sitemap.xml", sitemap, {"sitemaps": SITEMAPS}, name="sitemap"),
    path("i18n/setlang/", set_language, name="set_language"),
    path("django-admin/", admin.site.urls),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
]

urlpatterns += i18n_patterns(
    path("", include("accounts.urls")),
    path("", include("centres.urls")),
    path("akun/", include("allauth.urls")),
    path("belajar/", include("courses.urls")),
    path("usaha/", include("business.urls")),
    path("", include("marketplace.urls")),
    path("", include("notices.urls")),
    path(
        "_util/authenticate_with_password/<int:page_view_restriction_id>/<int:page_id>/",
        home_views.page_password,
        name="page_password",
    ),
    path("offline/", pwa.offline_page, name="offline_page"),
    path("sertifikat/", course_views.certificate_lookup, name="certificate_lookup"),
    path(
        "sertifikat/<str:code>/",
        course_views.certificate_verify,
        name="certificate_verify",
    ),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)

if settings.DEBUG:
    from django.conf.urls.static import static

    # Only renditions are served; uploaded originals never are.
    urlpatterns = (
        static(
            f"{settings.MEDIA_URL}images/",
            document_root=Path(settings.MEDIA_ROOT) / "images",
        )
        + urlpatterns
    )
