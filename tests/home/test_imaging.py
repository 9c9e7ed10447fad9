import hashlib
import io

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import UploadedFile
from wagtail.users.models import UserProfile

from home.imaging import CleanedFile, clean_image
from home.signals import avatar_validate
from home.storage import image_file_cleaned
from tests.images import (
    bomb_png,
    has_gps_or_metadata,
    jpeg_with_gps,
    png_bytes,
    tiff_bytes,
)


def _upload(data: bytes, name: str, content_type: str = "image/jpeg"):
    return SimpleUploadedFile(name, data, content_type=content_type)


def test_fixture_really_carries_gps():
    """Guard: the test picture must carry what we claim to strip."""
    assert has_gps_or_metadata(jpeg_with_gps())


def test_clean_image_strips_every_kind_of_metadata():
    cleaned = clean_image(_upload(jpeg_with_gps(), "IMG_2026.jpg"))
    data = cleaned.file.read()
    assert not has_gps_or_metadata(data)
    assert Image.open(io.BytesIO(data)).format == "JPEG"
    assert cleaned.file.name != "IMG_2026.jpg"
    assert len(cleaned.file.name) == len("0" * 32 + ".jpg")


def test_clean_image_applies_exif_orientation():
    # Orientation 6 = rotate 90°: a 64x48 landscape photo becomes 48x64.
    cleaned = clean_image(_upload(jpeg_with_gps((64, 48), orientation=6), "a.jpg"))
    assert (cleaned.width, cleaned.height) == (48, 64)


def test_clean_image_shrinks_large_photos():
    buffer = io.BytesIO()
    Image.new("RGB", (3000, 1500), "white").save(buffer, "JPEG")
    cleaned = clean_image(_upload(buffer.getvalue(), "big.jpg"))
    assert (cleaned.width, cleaned.height) == (2000, 1000)


def test_clean_image_keeps_png_transparency():
    cleaned = clean_image(_upload(png_bytes(), "logo.png", "image/png"))
    assert Image.open(cleaned.file).mode == "RGBA"


@pytest.mark.parametrize(
    ("data", "name", "code"),
    [
        (tiff_bytes(), "renamed.jpg", "invalid_image"),
        (b"<html><script>alert(1)</script></html>", "page.jpg", "invalid_image"),
        (b"", "empty.jpg", "empty"),
        (bomb_png(), "bomb.png", "too_many_pixels"),
        (b"\xff\xd8" + b"0" * (10 * 1024 * 1024 + 10), "huge.jpg", "too_large"),
    ],
)
def test_clean_image_refuses_bad_files_with_a_clear_message(data, name, code):
    with pytest.raises(ValidationError) as excinfo:
        clean_image(_upload(data, name))
    assert excinfo.value.code == code
    assert excinfo.value.messages[0]


def test_polyglot_png_with_html_appended_is_reencoded_without_it():
    payload = png_bytes() + b"<script>alert('x')</script>"
    cleaned = clean_image(_upload(payload, "poly.png", "image/png"))
    assert b"<script>" not in cleaned.file.read()


@pytest.fixture
def admin_client_logged(client, django_user_model):
    admin = django_user_model.objects.create_superuser(
        username="root", email="root@example.com", password="pw-root-123"
    )
    client.force_login(admin)
    return client


def test_admin_upload_stores_no_gps_in_original_or_renditions(admin_client_logged):
    """A phone photo uploaded in the Wagtail admin keeps no location anywhere."""
    response = admin_client_logged.post(
        reverse("wagtailimages:add"),
        {
            "title": "Keripik",
            "file": _upload(jpeg_with_gps((800, 600)), "IMG_20261129_GPS.jpg"),
            "collection": 1,
        },
    )
    assert response.status_code == 302, response.content[:2000]
    image = get_image_model().objects.get(title="Keripik")
    assert "IMG_20261129" not in image.file.name
    with image.file.open("rb") as stored:
        assert not has_gps_or_metadata(stored.read())
    for spec in (
        "width-400",
        "fill-200x200",
        "width-300|format-jpeg",
        "width-300|format-png",
    ):
        rendition = image.get_rendition(spec)
        with rendition.file.open("rb") as f:
            assert not has_gps_or_metadata(f.read()), spec


def test_admin_upload_of_renamed_tiff_is_refused(admin_client_logged):
    response = admin_client_logged.post(
        reverse("wagtailimages:add"),
        {"title": "Fake", "file": _upload(tiff_bytes(), "fake.jpg"), "collection": 1},
    )
    assert response.status_code == 200
    assert not get_image_model().objects.filter(title="Fake").exists()


def test_admin_multiple_upload_is_cleaned_too(admin_client_logged):
    response = admin_client_logged.post(
        reverse("wagtailimages:add_multiple"),
        {"files[]": _upload(jpeg_with_gps((300, 200)), "phone.jpg")},
    )
    assert response.status_code == 200
    assert response.json()["success"] is True
    image = get_image_model().objects.get()
    with image.file.open("rb") as stored:
        assert not has_gps_or_metadata(stored.read())


def test_clean_image_returns_a_cleaned_file_and_rewinds_the_upload():
    upload = _upload(jpeg_with_gps(), "a.jpg")
    cleaned = clean_image(upload)
    assert isinstance(cleaned.file, CleanedFile)
    assert upload.tell() == 0  # a form can read it again


def _pending_image_upload(data: bytes, name: str = "IMG_1.jpg") -> UploadedFile:
    return UploadedFile.objects.create(
        for_content_type=ContentType.objects.get_for_model(get_image_model()),
        file=_upload(data, name),
    )


def test_pending_image_upload_is_cleaned_and_named_by_its_digest(db):
    upload = _pending_image_upload(jpeg_with_gps())
    with upload.file.open("rb") as stored:
        data = stored.read()
    assert not has_gps_or_metadata(data)
    stem = upload.file.name.rsplit("/", 1)[1].rsplit(".", 1)[0]
    assert stem.split("-")[1] == hashlib.sha256(data).hexdigest()
    assert "IMG_1" not in upload.file.name


def test_pending_document_upload_is_left_alone(db):
    upload = UploadedFile.objects.create(
        for_content_type=ContentType.objects.get_for_model(get_document_model()),
        file=_upload(b"%PDF-1.4 lembar kerja", "lembar.pdf", "application/pdf"),
    )
    assert upload.file.name == "wagtail_uploads/lembar.pdf"


def test_bytes_of_a_pending_upload_are_kept_without_a_second_encoding(db, monkeypatch):
    upload = _pending_image_upload(jpeg_with_gps())
    with upload.file.open("rb") as stored:
        data = stored.read()
    calls = []
    monkeypatch.setattr(
        "home.storage.clean_image",
        lambda *args, **kwargs: calls.append(args) or clean_image(*args, **kwargs),
    )
    kept = image_file_cleaned(ContentFile(data))
    assert (kept.read(), calls) == (data, [])

    # The same bytes with no pending upload behind them are cleaned again.
    upload.delete()
    assert isinstance(image_file_cleaned(ContentFile(data)), CleanedFile)
    assert len(calls) == 1


def test_avatar_validator_skips_a_stored_avatar(db, django_user_model):
    user = django_user_model.objects.create_user(username="a", password="pw-a-12345")
    profile = UserProfile.get_for_user(user)
    profile.avatar = _upload(png_bytes(), "me.png", "image/png")
    profile.save()
    profile.refresh_from_db()
    avatar_validate(profile.avatar)  # no decoding of a stored, cleaned avatar
    with pytest.raises(ValidationError) as excinfo:
        avatar_validate(_upload(tiff_bytes(), "me.jpg"))
    assert excinfo.value.code == "avatar_refused"
