"""Photo coach: generated photos (dark, bright, blurred, small, cut, tall,
good) get the right tips; the tips are stored at upload and shown to the
seller and to the curator; the photo is kept either way."""

from __future__ import annotations

import io
import random
import uuid

import pytest
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from PIL import Image, ImageDraw, ImageFilter

from marketplace.models import ProductPhoto
from marketplace.photo_coach import measure, tip_codes
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def product_photo(size=1000, shift=0) -> Image.Image:
    """A drawn product (a jar with a label) on a plain, lightly textured table."""
    rng = random.Random(3)
    background = (200, 190, 170)
    image = Image.new("RGB", (size, size), background)
    draw = ImageDraw.Draw(image)
    for _ in range(3000):
        x, y = rng.randrange(size), rng.randrange(size)
        draw.point((x, y), fill=tuple(v + rng.randint(-25, 25) for v in background))
    box = (size * 0.25 + shift, size * 0.2, size * 0.75 + shift, size * 0.85)
    draw.rounded_rectangle(box, radius=30, fill=(150, 40, 30), outline=(40, 10, 10))
    for line in range(8):
        draw.text(
            (box[0] + 40, box[1] + 60 + line * 40), "SAMBAL", fill=(250, 240, 200)
        )
    return image


def jpeg(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.convert("RGB").save(buffer, "JPEG", quality=90)
    return buffer.getvalue()


GOOD = product_photo()
CASES = {
    "good": (GOOD, []),
    "dark": (Image.eval(GOOD, lambda v: v // 5), ["dark"]),
    "bright": (Image.eval(GOOD, lambda v: 255 - (255 - v) // 6), ["bright"]),
    "blurred": (GOOD.filter(ImageFilter.GaussianBlur(6)), ["blurred"]),
    "small": (GOOD.resize((300, 300)), ["small"]),
    "cut": (product_photo(shift=450), ["cut"]),
    "portrait": (GOOD.resize((700, 1000)), ["portrait"]),
}


@pytest.mark.parametrize("name", list(CASES))
def test_generated_photos_get_the_right_tips(name):
    image, expected = CASES[name]
    signals = measure(jpeg(image))
    assert tip_codes(signals) == expected
    assert signals["width"] == image.width and signals["height"] == image.height


def test_signals_are_stored_at_upload_and_shown_to_seller_and_curator(
    seller_client, product
):
    url = reverse("marketplace:product_photos", args=[product.pk])
    dark = Image.eval(GOOD, lambda v: v // 5)
    response = seller_client.post(
        url,
        {
            "action": "upload",
            "photo": SimpleUploadedFile("gelap.jpg", jpeg(dark), "image/jpeg"),
            "token": str(uuid.uuid4()),
        },
    )
    assert response.status_code == 302
    photo = ProductPhoto.objects.filter(product=product).order_by("-pk").first()
    assert photo.signals["brightness"] < 70  # stored, not recomputed per view
    page = seller_client.get(url).content.decode()
    assert 'data-tip="dark"' in page  # the tip, next to the photo
    assert photo.in_draft  # she may keep it

    curator = UserFactory(username="kurator-foto")
    curator.groups.add(Group.objects.get(name="Curators"))
    client = Client()
    client.force_login(curator)
    review = client.get(reverse("product_review:edit", args=[product.pk]))
    assert review.status_code == 200
    assert 'data-tip="dark"' in review.content.decode()
