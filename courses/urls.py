from django.urls import path

from . import views

app_name = "courses"

urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path("kursus/<int:course_id>/daftar/", views.enrol, name="enrol"),
    path(
        "pelajaran/<int:lesson_id>/selesai/",
        views.lesson_complete,
        name="lesson_complete",
    ),
    path(
        "kursus/<int:course_id>/offline/",
        views.offline_bundle,
        name="offline_bundle",
    ),
    path("offline/kirim/", views.offline_sync, name="offline_sync"),
    path("rencana-usaha/", views.business_plan_edit, name="business_plan"),
    path("rencana-usaha/pdf/", views.business_plan_pdf, name="business_plan_pdf"),
    path("kuis/<int:quiz_id>/mulai/", views.quiz_start, name="quiz_start"),
    path("kuis/percobaan/<int:attempt_id>/", views.quiz_attempt, name="quiz_attempt"),
    path(
        "kuis/percobaan/<int:attempt_id>/kirim/",
        views.quiz_attempt_submit,
        name="quiz_attempt_submit",
    ),
    path(
        "tugas/<int:assignment_id>/kirim/",
        views.assignment_submit,
        name="assignment_submit",
    ),
    path(
        "tugas/kiriman/<int:submission_id>/foto/",
        views.submission_photo,
        name="submission_photo",
    ),
    path("tinjau/", views.review_queue, name="review_queue"),
    path(
        "tinjau/<int:submission_id>/",
        views.review_submission,
        name="review_submission",
    ),
    path("sertifikat/<str:code>/pdf/", views.certificate_pdf, name="certificate_pdf"),
    path(
        "sertifikat/<str:code>/pengaturan/",
        views.certificate_settings,
        name="certificate_settings",
    ),
    path(
        "sertifikat/<str:code>/nama/",
        views.certificate_name,
        name="certificate_name",
    ),
    path(
        "sertifikat/<str:code>/terbitkan-ulang/",
        views.certificate_reissue,
        name="certificate_reissue",
    ),
    path(
        "sertifikat/<str:code>/cabut/",
        views.certificate_revoke,
        name="certificate_revoke",
    ),
]
