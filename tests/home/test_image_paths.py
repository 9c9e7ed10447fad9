"""Every path that stores an image stores only cleaned pixels.

A phone photo with GPS, camera make, XMP and a JPEG comment goes through each
way an image, a rendition or an avatar can be created; what is stored (the
original and its JPEG and WebP renditions) carries none of it, under a random
name, and no raw file stays behind in ``wagtail_uploads/``.
"""

import hashlib
import io
import os
from pathlib import Path

import pytest
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.core.management.base import CommandError
from django.urls import reverse
from django.utils.html import escape
from django.utils.translation import gettext_lazy
from PIL import Image
from wagtail.images import get_image_model
from wagtail.models import UploadedFile
from wagtail.users.models import UserProfile

from home.demo_images import demo_image_ensure
from home.imaging import clean_image
from tests.images import (
    bomb_png,
    has_gps_or_metadata,
    jpeg_with_gps,
    png_bytes,
    tiff_bytes,
)

PHONE_NAME = "IMG_20261129_GPS.jpg"
# Translated like every message a user reads (Indonesian is the default).
NOT_A_PHOTO = gettext_lazy(
    "This file is not a photo we can use. Send a JPG, PNG or WebP photo."
)
LONG_TITLE = "x" * 256


def _upload(data: bytes = b"", name: str = PHONE_NAME, content_type="image/jpeg"):
    return SimpleUploadedFile(name, data or jpeg_with_gps((800, 600)), content_type)


def _assert_no_metadata(data: bytes, what: str) -> None:
    image = Image.open(io.BytesIO(data))
    assert not image.getexif(), what
    for key in ("exif", "comment", "xmp", "icc_profile"):
        assert key not in image.info, (what, key)
    assert not has_gps_or_metadata(data), what


def _assert_image_clean(image) -> None:
    """The original and its JPEG and WebP renditions: no metadata, random name."""
    assert "IMG_20261129" not in image.file.name
    stem = os.path.splitext(os.path.basename(image.file.name))[0]
    assert len(stem) == 32 and int(stem, 16) >= 0, image.file.name
    with image.file.open("rb") as stored:
        data = stored.read()
    _assert_no_metadata(data, "original")
    assert image.file_size == len(data)
    assert (image.width, image.height) == Image.open(io.BytesIO(data)).size
    for spec, fmt in (
        ("width-400|format-jpeg", "JPEG"),
        ("width-400|format-webp", "WEBP"),
    ):
        rendition = image.get_rendition(spec)
        with rendition.file.open("rb") as f:
            data = f.read()
        assert Image.open(io.BytesIO(data)).format == fmt
        _assert_no_metadata(data, spec)


def _raw_uploads_left() -> list[Path]:
    folder = Path(settings.MEDIA_ROOT) / "wagtail_uploads"
    return [p for p in folder.rglob("*") if p.is_file()] if folder.exists() else []


@pytest.fixture
def superuser_client(client, django_user_model):
    admin = django_user_model.objects.create_superuser(
        username="root", email="root@example.com", password="pw-root-123"
    )
    client.force_login(admin)
    client.user = admin
    return client


def test_fixture_carries_every_kind_of_metadata():
    data = jpeg_with_gps()
    image = Image.open(io.BytesIO(data))
    assert image.getexif().get_ifd(0x8825)
    assert {"exif", "comment", "xmp"} <= set(image.info)


# --- Admin paths -------------------------------------------------------------


def test_admin_single_upload(superuser_client):
    response = superuser_client.post(
        reverse("wagtailimages:add"),
        {"title": "Keripik", "file": _upload(), "collection": 1},
    )
    assert response.status_code == 302
    _assert_image_clean(get_image_model().objects.get(title="Keripik"))


def test_admin_multiple_upload(superuser_client):
    response = superuser_client.post(
        reverse("wagtailimages:add_multiple"), {"files[]": _upload()}
    )
    assert response.json()["success"] is True
    image = get_image_model().objects.get(pk=response.json()["image_id"])
    _assert_image_clean(image)
    assert not _raw_uploads_left()


def test_admin_multiple_upload_failed_then_completed(superuser_client):
    """The path that used to skip cleaning: the title fails, the file waits in
    ``wagtail_uploads/`` and becomes an image once the form is completed."""
    response = superuser_client.post(
        reverse("wagtailimages:add_multiple"),
        {"files[]": _upload(), "title": LONG_TITLE},
    )
    data = response.json()
    assert data["success"] is True and "uploaded_file_id" in data
    upload_id = data["uploaded_file_id"]
    assert not get_image_model().objects.exists()

    # Even the waiting file is cleaned and renamed.
    upload = UploadedFile.objects.get(pk=upload_id)
    assert PHONE_NAME not in upload.file.name
    with upload.file.open("rb") as waiting:
        _assert_no_metadata(waiting.read(), "pending upload")
    [waiting_path] = _raw_uploads_left()
    waiting_hash = hashlib.sha1(waiting_path.read_bytes()).hexdigest()

    url = reverse("wagtailimages:create_multiple_from_uploaded_image", args=[upload_id])
    prefix = f"uploaded-image-{upload_id}"
    failed = superuser_client.post(
        url, {f"{prefix}-title": LONG_TITLE, f"{prefix}-collection": 1}
    )
    assert failed.json()["success"] is False
    assert UploadedFile.objects.filter(pk=upload_id).exists()

    done = superuser_client.post(
        url, {f"{prefix}-title": "Keripik", f"{prefix}-collection": 1}
    )
    assert done.json()["success"] is True
    image = get_image_model().objects.get(pk=done.json()["image_id"])
    _assert_image_clean(image)
    # The cleaned bytes were kept as they were, not encoded a second time.
    assert image.file_hash == waiting_hash
    assert not UploadedFile.objects.exists()
    assert not _raw_uploads_left()


def test_admin_chooser_upload(superuser_client):
    response = superuser_client.post(
        reverse("wagtailimages_chooser:create"),
        {
            "image-chooser-upload-title": "Keripik",
            "image-chooser-upload-file": _upload(),
            "image-chooser-upload-collection": 1,
        },
    )
    assert response.status_code == 200
    assert response.json()["step"] == "chosen"
    _assert_image_clean(get_image_model().objects.get(title="Keripik"))


def test_admin_edit_replacing_the_file(superuser_client):
    image = get_image_model().objects.create(
        title="Lama", file=ContentFile(png_bytes((40, 40)), name="old.png")
    )
    old_name = image.file.name
    response = superuser_client.post(
        reverse("wagtailimages:edit", args=[image.pk]),
        {"title": "Baru", "file": _upload(), "collection": 1, "tags": ""},
    )
    assert response.status_code == 302
    image.refresh_from_db()
    assert image.file.name != old_name
    _assert_image_clean(image)


def test_admin_edit_keeping_the_file(superuser_client):
    image = get_image_model().objects.create(title="Lama", file=_upload())
    name, file_hash = image.file.name, image.file_hash
    response = superuser_client.post(
        reverse("wagtailimages:edit", args=[image.pk]),
        {"title": "Baru", "collection": 1, "tags": ""},
    )
    assert response.status_code == 302
    image.refresh_from_db()
    assert (image.title, image.file.name, image.file_hash) == ("Baru", name, file_hash)


# --- Python paths (commands, seeders) ----------------------------------------


def test_model_created_with_a_raw_file_is_cleaned(db):
    image = get_image_model().objects.create(title="Perintah", file=_upload())
    _assert_image_clean(image)


def test_model_file_save_with_raw_bytes_is_cleaned(db):
    image = get_image_model()(title="Perintah")
    image.file.save(PHONE_NAME, ContentFile(jpeg_with_gps((640, 480))))
    image.refresh_from_db()
    _assert_image_clean(image)


def test_demo_seeder_image_is_clean(db):
    _assert_image_clean(demo_image_ensure(title="Contoh", label="Keripik"))


def test_model_keeps_already_cleaned_bytes_as_they_are(db):
    cleaned = clean_image(_upload())
    expected = cleaned.file.read()
    image = get_image_model().objects.create(title="Bersih", file=cleaned.file)
    with image.file.open("rb") as stored:
        assert stored.read() == expected


def test_model_applies_orientation_and_records_stored_dimensions(db):
    image = get_image_model().objects.create(
        title="Tegak", file=_upload(jpeg_with_gps((64, 48), orientation=6))
    )
    assert (image.width, image.height) == (48, 64)


def test_model_refuses_a_file_stored_by_name(db):
    name = default_storage.save("original_images/raw.jpg", ContentFile(jpeg_with_gps()))
    with pytest.raises(ValueError, match="cleaned"):
        get_image_model().objects.create(title="Nama", file=name)


# --- Refused files ----------------------------------------------------------

POLYGLOT = png_bytes() + b"<html><script>alert(1)</script></html>"
# A JPEG cut short: its header reads fine (Wagtail's checks pass), but it
# cannot be decoded, so only our cleaning step refuses it.
TRUNCATED_JPEG = jpeg_with_gps((800, 600))[:700]


@pytest.mark.parametrize(
    ("data", "name"),
    [
        (tiff_bytes(), "renamed.jpg"),
        (b"<html><script>x</script></html>", "page.png"),
        (TRUNCATED_JPEG, "cut.jpg"),
    ],
)
def test_model_refuses_non_images_with_a_message(db, data, name):
    image = get_image_model()(title="Palsu")
    with pytest.raises(ValidationError) as excinfo:
        image.file.save(name, ContentFile(data))
    assert excinfo.value.code == "invalid_image"
    assert excinfo.value.messages == [str(NOT_A_PHOTO)]
    assert not get_image_model().objects.exists()
    assert not list((Path(settings.MEDIA_ROOT) / "original_images").glob("*"))


def test_model_reencodes_a_polyglot_without_the_appended_html(db):
    image = get_image_model()(title="Poly")
    image.file.save("poly.png", ContentFile(POLYGLOT))
    with image.file.open("rb") as stored:
        assert b"<script>" not in stored.read()


@pytest.mark.parametrize(
    ("data", "name", "ours"),
    [
        (tiff_bytes(), "renamed.jpg", False),
        (b"<html><script>x</script></html>", "page.jpg", False),
        (TRUNCATED_JPEG, "cut.jpg", True),
        (bomb_png(), "bomb.png", False),
        (b"\xff\xd8" + b"0" * (10 * 1024 * 1024 + 10), "huge.jpg", False),
    ],
)
def test_admin_refuses_bad_files_with_a_translated_form_error(
    superuser_client, data, name, ours
):
    single = superuser_client.post(
        reverse("wagtailimages:add"),
        {"title": "Palsu", "file": _upload(data, name), "collection": 1},
    )
    assert single.status_code == 200
    [error] = single.context["form"].errors["file"]
    multiple = superuser_client.post(
        reverse("wagtailimages:add_multiple"),
        {"files[]": _upload(data, name), "title": LONG_TITLE},
    )
    assert multiple.status_code == 200
    assert multiple.json()["success"] is False
    assert multiple.json()["error_message"]
    chooser = superuser_client.post(
        reverse("wagtailimages_chooser:create"),
        {
            "image-chooser-upload-title": "Palsu",
            "image-chooser-upload-file": _upload(data, name),
            "image-chooser-upload-collection": 1,
        },
    )
    assert chooser.json()["step"] == "reshow_creation_form"
    if ours:
        assert error == str(NOT_A_PHOTO)
        assert multiple.json()["error_message"] == str(NOT_A_PHOTO)
        assert escape(str(NOT_A_PHOTO)) in chooser.json()["htmlFragment"]
    assert not get_image_model().objects.exists()
    assert not UploadedFile.objects.exists()
    assert not (Path(settings.MEDIA_ROOT) / "original_images").exists()


def test_admin_polyglot_is_stored_without_the_appended_html(superuser_client):
    response = superuser_client.post(
        reverse("wagtailimages:add"),
        {
            "title": "Poly",
            "file": _upload(POLYGLOT, "poly.png", "image/png"),
            "collection": 1,
        },
    )
    assert response.status_code == 302
    image = get_image_model().objects.get(title="Poly")
    with image.file.open("rb") as stored:
        assert b"<script>" not in stored.read()


# --- Avatars -----------------------------------------------------------------


def _account_post(client, **extra):
    user = client.user
    data = {
        "name_email-first_name": "Root",
        "name_email-last_name": "Admin",
        "name_email-email": user.email,
        "locale-preferred_language": "",
        "locale-current_time_zone": "Asia/Jakarta",
        "theme-theme": "system",
        "theme-density": "default",
        "theme-contrast": "system",
        "keyboard-shortcuts": "true",
    }
    data.update(extra)
    return client.post(reverse("wagtailadmin_account"), data)


def test_avatar_upload_is_cleaned_and_renamed(superuser_client):
    response = _account_post(superuser_client, **{"avatar-avatar": _upload()})
    assert response.status_code == 302
    profile = UserProfile.get_for_user(superuser_client.user)
    assert "IMG_20261129" not in profile.avatar.name
    with profile.avatar.open("rb") as stored:
        data = stored.read()
    _assert_no_metadata(data, "avatar")
    assert max(Image.open(io.BytesIO(data)).size) <= 400
    stored = [p.name for p in (Path(settings.MEDIA_ROOT) / "avatar_images").iterdir()]
    assert stored == [os.path.basename(profile.avatar.name)]


def _gif_bytes() -> bytes:
    buffer = io.BytesIO()
    Image.new("P", (16, 16)).save(buffer, "GIF")
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("data", "name", "message"),
    [
        (tiff_bytes(), "renamed.jpg", NOT_A_PHOTO),
        (_gif_bytes(), "anim.gif", NOT_A_PHOTO),
    ],
)
def test_avatar_refused_with_a_form_error(superuser_client, data, name, message):
    response = _account_post(superuser_client, **{"avatar-avatar": _upload(data, name)})
    assert response.status_code == 200
    assert 'id="avatar-avatar-errors"' in response.content.decode()
    assert escape(str(message)) in response.content.decode()
    assert not UserProfile.get_for_user(superuser_client.user).avatar
    assert not (Path(settings.MEDIA_ROOT) / "avatar_images").exists()


def test_avatar_polyglot_is_stored_without_the_appended_html(superuser_client):
    response = _account_post(
        superuser_client, **{"avatar-avatar": _upload(POLYGLOT, "poly.png")}
    )
    assert response.status_code == 302
    profile = UserProfile.get_for_user(superuser_client.user)
    with profile.avatar.open("rb") as stored:
        assert b"<script>" not in stored.read()


def test_avatar_saved_from_python_is_cleaned_and_raw_copy_deleted(superuser_client):
    profile = UserProfile.get_for_user(superuser_client.user)
    profile.avatar.save(PHONE_NAME, ContentFile(jpeg_with_gps()))
    profile.refresh_from_db()
    assert "IMG_20261129" not in profile.avatar.name
    with profile.avatar.open("rb") as stored:
        _assert_no_metadata(stored.read(), "avatar")
    folder = Path(settings.MEDIA_ROOT) / "avatar_images"
    assert [p.name for p in folder.iterdir()] == [os.path.basename(profile.avatar.name)]


# --- Abandoned uploads ---------------------------------------------------------


def _pending_upload(superuser_client) -> UploadedFile:
    response = superuser_client.post(
        reverse("wagtailimages:add_multiple"),
        {"files[]": _upload(), "title": LONG_TITLE},
    )
    return UploadedFile.objects.get(pk=response.json()["uploaded_file_id"])


def _age(path: Path, hours: float) -> None:
    stamp = path.stat().st_mtime - hours * 3600
    os.utime(path, (stamp, stamp))


def test_cleanup_uploads_deletes_old_rows_and_orphans_only(superuser_client, capsys):
    old = _pending_upload(superuser_client)
    fresh = _pending_upload(superuser_client)
    media = Path(settings.MEDIA_ROOT)
    _age(media / old.file.name, 25)
    orphan = media / "wagtail_uploads" / "orphan.jpg"
    orphan.write_bytes(jpeg_with_gps())
    _age(orphan, 30)
    fresh_orphan = media / "wagtail_uploads" / "in-flight.jpg"
    fresh_orphan.write_bytes(b"x")

    call_command("cleanup_uploads")
    assert capsys.readouterr().out.strip() == (
        "cleanup_uploads: deleted 1 abandoned upload(s) and 1 orphan file(s) "
        "from wagtail_uploads/ (older than 24 h)."
    )
    assert list(UploadedFile.objects.all()) == [fresh]
    assert sorted(p.name for p in _raw_uploads_left()) == sorted(
        [os.path.basename(fresh.file.name), "in-flight.jpg"]
    )

    call_command("cleanup_uploads")  # idempotent
    assert (
        "deleted 0 abandoned upload(s) and 0 orphan file(s)" in capsys.readouterr().out
    )

    call_command("cleanup_uploads", "--older-than-hours", "0")
    assert not UploadedFile.objects.exists()
    assert not _raw_uploads_left()


def test_cleanup_uploads_deletes_rows_whose_file_is_gone(superuser_client, capsys):
    upload = _pending_upload(superuser_client)
    (Path(settings.MEDIA_ROOT) / upload.file.name).unlink()
    call_command("cleanup_uploads")
    assert "deleted 1 abandoned upload(s)" in capsys.readouterr().out
    assert not UploadedFile.objects.exists()


def test_cleanup_uploads_refuses_negative_hours(db):
    with pytest.raises(CommandError):
        call_command("cleanup_uploads", "--older-than-hours", "-1")


def test_deleting_a_pending_upload_deletes_its_file(
    superuser_client, django_capture_on_commit_callbacks
):
    upload = _pending_upload(superuser_client)
    with django_capture_on_commit_callbacks(execute=True):
        superuser_client.post(
            reverse("wagtailimages:delete_upload_multiple", args=[upload.pk])
        )
    assert not UploadedFile.objects.exists()
    assert not _raw_uploads_left()


def test_pending_upload_rows_deleted_in_bulk_lose_their_file(
    superuser_client, django_capture_on_commit_callbacks
):
    upload = _pending_upload(superuser_client)
    with django_capture_on_commit_callbacks(execute=True):
        UploadedFile.objects.filter(pk=upload.pk).delete()
    assert not _raw_uploads_left()
