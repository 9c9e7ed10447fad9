from django.urls import path

from . import views

app_name = "business"

urlpatterns = [
    path("buku-kas/", views.cashbook, name="cashbook"),
    path("buku-kas/<str:month>/", views.cashbook, name="cashbook_month"),
    path("buku-kas/<str:month>/csv/", views.cashbook_csv, name="cashbook_csv"),
    path("buku-kas/<str:month>/pdf/", views.cashbook_pdf, name="cashbook_pdf"),
    path("catatan/<int:pk>/ubah/", views.entry_edit, name="entry_edit"),
    path("catatan/<int:pk>/hapus/", views.entry_delete, name="entry_delete"),
    path("buku-kas-latihan/simpan/", views.practice_save, name="practice_save"),
    path("hitungan-harga/", views.costings, name="costings"),
    path("hitungan-harga/simpan/", views.costing_save, name="costing_save"),
    path("hitungan-harga/<int:pk>/hapus/", views.costing_delete, name="costing_delete"),
]
