"""Sellers describe their photos; buyers hear every photo and can enlarge it."""

import html as html_lib
import re
import uuid

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation
from wagtail.images import get_image_model

from home.imaging import clean_image
from marketplace.models import Product, ProductPhoto
from tests.images import png_bytes

from .conftest import make_brand, make_product, make_seller, publish


def test_every_gallery_photo_has_a_description_and_opens_large(
    seller_client, client, product
):
    response = seller_client.post(
        reverse("marketplace:product_photos", args=[product.pk]),
        {
            "action": "upload",
            "token": str(uuid.uuid4()),
            "photo": SimpleUploadedFile("p.png", png_bytes()),
            "alt_text": "Dua bungkus keripik, label harga di depan",
        },
    )
    assert response.status_code == 302
    ProductPhoto.objects.filter(product=product).update(in_public=True)
    for number, photo in enumerate(product.photos.order_by("position")):
        photo.public_position = number
        photo.save(update_fields=["public_position"])
    publish(product)

    html = client.get(
        reverse("marketplace:product_detail", args=[product.brand.slug, product.slug])
    ).content.decode()
    gallery = html[html.index('class="gallery"') : html.index('class="product-info"')]
    alts = re.findall(r'<img[^>]*alt="([^"]*)"', gallery)
    assert len(alts) == 2
    assert all(alts), alts  # no empty alt
    assert "Dua bungkus keripik, label harga di depan" in alts
    links = re.findall(r'<a class="gallery-link" href="([^"]+)"', gallery)
    assert len(links) == 2 and all(link.endswith(".webp") for link in links)


# --- Descriptions after the upload, on the product's edit page ---


def edit_data(product, **overrides):
    data = {
        "name": product.name,
        "category": product.category_id,
        "description": product.description,
        "price": str(product.price),
        "unit": product.unit,
        "stock": product.stock,
        "min_order": str(product.min_order),
    }
    data.update(overrides)
    return data


def gallery_alts(client, product) -> list[str]:
    html = client.get(
        reverse("marketplace:product_detail", args=[product.brand.slug, product.slug])
    ).content.decode()
    gallery = html[html.index('class="gallery"') : html.index('class="product-info"')]
    return [html_lib.unescape(alt) for alt in re.findall(r'alt="([^"]*)"', gallery)]


def test_the_edit_page_has_a_description_for_each_photo(seller_client, product):
    photo = product.photos.get()
    photo.image.alt_text = "Sebotol sambal merah"
    photo.image.save()
    html = seller_client.get(
        reverse("marketplace:product_edit", args=[product.pk])
    ).content.decode()
    field = re.search(rf'<input[^>]*name="alt-photo_{photo.pk}"[^>]*>', html)
    assert field and 'value="Sebotol sambal merah"' in field.group(0)
    assert 'maxlength="200"' in field.group(0)


def test_a_description_edited_later_is_stored_and_read_on_the_product_page(
    seller_client, client, product
):
    photo = product.photos.get()
    response = seller_client.post(
        reverse("marketplace:product_edit", args=[product.pk]),
        edit_data(product, **{f"alt-photo_{photo.pk}": "  Sebotol sambal merah  "}),
    )
    assert response.status_code == 302
    photo.image.refresh_from_db()
    assert photo.image.alt_text == "Sebotol sambal merah"
    assert gallery_alts(client, product) == ["Sebotol sambal merah"]
    # The photo (and the large one it opens) is named by it.
    product.refresh_from_db()
    assert product.status == Product.Status.APPROVED  # not a reviewed change


def test_an_empty_description_says_the_name_and_the_photo_number(
    seller_client, client, product
):
    photo = product.photos.get()
    photo.image.alt_text = "Lama"
    photo.image.save()
    seller_client.post(
        reverse("marketplace:product_edit", args=[product.pk]),
        edit_data(product, **{f"alt-photo_{photo.pk}": ""}),
    )
    photo.image.refresh_from_db()
    assert photo.image.alt_text == ""
    with translation.override("id"):
        expected = translation.gettext("%(name)s, photo %(number)s of %(total)s") % {
            "name": product.name,
            "number": 1,
            "total": 1,
        }
    assert gallery_alts(client, product) == [expected]


def test_an_edit_without_the_description_fields_keeps_them(seller_client, product):
    photo = product.photos.get()
    photo.image.alt_text = "Sebotol sambal merah"
    photo.image.save()
    response = seller_client.post(
        reverse("marketplace:product_edit", args=[product.pk]), edit_data(product)
    )
    assert response.status_code == 302
    photo.image.refresh_from_db()
    assert photo.image.alt_text == "Sebotol sambal merah"


def test_the_title_copied_in_at_upload_is_not_a_description(client, product):
    # Older photos got the product name as their alternative text.
    photo = product.photos.get()
    photo.image.alt_text = photo.image.title
    photo.image.save()
    assert gallery_alts(client, product)[0].startswith(f"{product.name}, ")


def test_an_upload_without_a_description_stores_none(seller_client, product):
    seller_client.post(
        reverse("marketplace:product_photos", args=[product.pk]),
        {
            "action": "upload",
            "token": str(uuid.uuid4()),
            "photo": SimpleUploadedFile("p.png", png_bytes()),
            "alt_text": "",
        },
    )
    newest = product.photos.order_by("-pk").first()
    assert newest.image.alt_text == ""


def test_another_seller_cannot_describe_the_photos(client, product, brand, category):
    photo = product.photos.get()
    photo.image.alt_text = "Asli"
    photo.image.save()
    other = make_seller()
    other_image = get_image_model()(
        title="foto", file=clean_image(SimpleUploadedFile("o.png", png_bytes())).file
    )
    other_image._set_image_file_metadata()
    other_image.save()
    own = make_product(
        brand=make_brand(owner=other), image=other_image, category=category
    )
    client.force_login(other)
    # Not through her product's page ...
    response = client.post(
        reverse("marketplace:product_edit", args=[product.pk]),
        edit_data(product, **{f"alt-photo_{photo.pk}": "Dirusak"}),
    )
    assert response.status_code == 404
    # ... nor by slipping the photo's id into the form of her own product.
    other_photo = own.photos.get()
    client.post(
        reverse("marketplace:product_edit", args=[own.pk]),
        edit_data(own, **{f"alt-photo_{photo.pk}": "Dirusak"}),
    )
    assert ProductPhoto.objects.get(pk=photo.pk).image.alt_text == "Asli"
    other_photo.image.refresh_from_db()
    assert other_photo.image.alt_text == ""  # her own photo: not described


def test_new_photos_on_the_product_form_take_one_description_a_line(
    seller_client, brand, category
):
    response = seller_client.post(
        reverse("marketplace:product_create"),
        {
            "name": "Keripik Pedas",
            "category": category.pk,
            "description": "Renyah",
            "price": "10.000",
            "unit": "pcs",
            "stock": "ready",
            "min_order": "1",
            "token": str(uuid.uuid4()),
            "new_photos": [
                SimpleUploadedFile("a.png", png_bytes()),
                SimpleUploadedFile("b.png", png_bytes()),
            ],
            "new_photo_descriptions": "Dua bungkus di meja\n",
        },
    )
    assert response.status_code == 302
    product = Product.objects.get(brand=brand, name="Keripik Pedas")
    alts = [photo.image.alt_text for photo in product.photos.order_by("position")]
    assert alts == ["Dua bungkus di meja", ""]
