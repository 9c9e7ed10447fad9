"""The site's URLs plus every stored file under /media/, as a CDN or object
storage would serve them: tests prove a deleted file's URL answers 404."""

from django.conf import settings
from django.urls import re_path
from django.views.static import serve

from berdaya.urls import urlpatterns as site_urlpatterns


def media(request, path):
    return serve(request, path, document_root=settings.MEDIA_ROOT)


urlpatterns = [re_path(r"^media/(?P<path>.*)$", media), *site_urlpatterns]
