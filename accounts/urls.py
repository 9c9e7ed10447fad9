from django.urls import path

from . import views

app_name = "accounts"

urlpatterns = [
    path("akun/saya/", views.profile, name="profile"),
    path("akun/saya/data/", views.my_data, name="my_data"),
    path("akun/saya/data/unduh/", views.my_data_download, name="my_data_download"),
    path("akun/saya/hapus/", views.account_delete, name="account_delete"),
    path("akun/kartu/", views.card_sign_in, name="card_sign_in"),
    path("balai/", views.staff_home, name="staff_home"),
    path("balai/angkatan/<int:pk>/", views.cohort_detail, name="cohort_detail"),
    path(
        "balai/angkatan/<int:pk>/peserta/",
        views.cohort_learners,
        name="cohort_learners",
    ),
    path("balai/angkatan/<int:pk>/ekspor/", views.cohort_export, name="cohort_export"),
    path("balai/angkatan/<int:pk>/impor/", views.cohort_import, name="cohort_import"),
    path(
        "balai/angkatan/<int:pk>/kartu-baru/",
        views.cohort_cards_reissue,
        name="cohort_cards_reissue",
    ),
    path(
        "balai/angkatan/<int:pk>/kartu.pdf",
        views.cohort_cards_pdf,
        name="cohort_cards_pdf",
    ),
]
