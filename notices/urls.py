from django.urls import path

from . import views

app_name = "notices"

urlpatterns = [
    path("pemberitahuan/", views.notice_list, name="list"),
    path("pemberitahuan/<int:pk>/buka/", views.notice_open, name="open"),
    path("pemberitahuan/baca-semua/", views.notice_read_all, name="read_all"),
    path("pemberitahuan/pengaturan/", views.notice_settings, name="settings"),
]
