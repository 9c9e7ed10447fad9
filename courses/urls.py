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
    path("rencana-usaha/", views.business_plan_edit, name="business_plan"),
    path("rencana-usaha/pdf/", views.business_plan_pdf, name="business_plan_pdf"),
]
