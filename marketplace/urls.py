from django.urls import path

from . import views

app_name = "marketplace"

urlpatterns = [
    # Buyers
    path("etalase/", views.showcase, name="showcase"),
    path("etalase/<slug:brand_slug>/", views.brand_detail, name="brand_detail"),
    path(
        "etalase/<slug:brand_slug>/<slug:product_slug>/",
        views.product_detail,
        name="product_detail",
    ),
    path(
        "etalase/<slug:brand_slug>/<slug:product_slug>/tanya/",
        views.product_inquiry,
        name="product_inquiry",
    ),
    # Seller dashboard
    path("toko-saya/", views.dashboard, name="dashboard"),
    path("toko-saya/merek/", views.brand_edit, name="brand_edit"),
    path("toko-saya/merek/pratinjau/", views.brand_preview, name="brand_preview"),
    path("toko-saya/merek/ajukan/", views.brand_submit, name="brand_submit"),
    path("toko-saya/produk/baru/", views.product_create, name="product_create"),
    path("toko-saya/produk/<int:pk>/", views.product_edit, name="product_edit"),
    path(
        "toko-saya/produk/<int:pk>/foto/", views.product_photos, name="product_photos"
    ),
    path(
        "toko-saya/produk/<int:pk>/pratinjau/",
        views.product_preview,
        name="product_preview",
    ),
    path(
        "toko-saya/produk/<int:pk>/<slug:action>/",
        views.product_action,
        name="product_action",
    ),
    path("toko-saya/pesan/", views.inbox, name="inbox"),
    path("toko-saya/pesan/<int:pk>/", views.inquiry_detail, name="inquiry_detail"),
    path("toko-saya/label/", views.label_sheet, name="label_sheet"),
    path("toko-saya/balai/", views.centre_review, name="centre_review"),
]
