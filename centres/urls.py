from django.urls import path

from . import views

app_name = "centres"

urlpatterns = [
    path("balai/", views.staff_home, name="staff_home"),
    path("balai/angkatan/<int:pk>/", views.cohort_detail, name="cohort_detail"),
    path(
        "balai/angkatan/<int:pk>/peserta/",
        views.cohort_learners,
        name="cohort_learners",
    ),
    path(
        "balai/angkatan/<int:pk>/pengingat/",
        views.cohort_remind,
        name="cohort_remind",
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
