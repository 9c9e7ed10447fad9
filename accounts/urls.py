from django.urls import path

from . import views

app_name = "accounts"

urlpatterns = [
    path("akun/saya/", views.profile, name="profile"),
    path("akun/saya/hemat-kuota/", views.data_saver, name="data_saver"),
    path("akun/saya/data/", views.my_data, name="my_data"),
    path("akun/saya/data/unduh/", views.my_data_download, name="my_data_download"),
    path("akun/saya/hapus/", views.account_delete, name="account_delete"),
    path("akun/kartu/", views.card_sign_in, name="card_sign_in"),
    path("akun/sesi/", views.session_keepalive, name="session_keepalive"),
]
