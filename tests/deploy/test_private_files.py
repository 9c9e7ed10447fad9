"""Private files live outside MEDIA_ROOT; the bucket policy comes from one place."""

import importlib.util
import json
from pathlib import Path

import pytest
from django.apps import apps
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.core.management.base import CommandError

from courses import services
from courses.models import AssignmentSubmission
from home.object_storage import PrivateFileRefused, private_storage
from tests.courses.conftest import add_assignment, build_course
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

MIGRATIONS = Path(__file__).resolve().parents[2] / "courses" / "migrations"


def _move_step():
    (path,) = MIGRATIONS.glob("*_submission_photo_private_storage.py")
    spec = importlib.util.spec_from_file_location("photo_migration", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.photos_to_private_storage


def test_private_files_are_outside_the_public_media_folder(settings):
    saved = private_storage().save("assignments/a.jpg", ContentFile(b"photo"))
    assert (Path(settings.PRIVATE_MEDIA_ROOT) / saved).read_bytes() == b"photo"
    assert not default_storage.exists(saved)
    assert not Path(settings.PRIVATE_MEDIA_ROOT).is_relative_to(settings.MEDIA_ROOT)
    with pytest.raises(PrivateFileRefused):
        private_storage().url(saved)


def test_photos_sent_before_the_upgrade_move_to_the_private_storage(site_root):
    catalogue = services.course_catalogue_ensure(
        parent=site_root, title="Kursus", slug="kursus", intro="Kursus singkat."
    )
    course = build_course(catalogue, slug="k", title="K")
    assignment = add_assignment(course)
    name = default_storage.save("assignments/lama.jpg", ContentFile(b"old photo"))
    submission = AssignmentSubmission.objects.create(
        user=UserFactory(), assignment=assignment, course=course, text="x"
    )
    AssignmentSubmission.objects.filter(pk=submission.pk).update(photo=name)

    _move_step()(apps, None)
    _move_step()(apps, None)  # idempotent

    assert not default_storage.exists(name)
    with private_storage().open(name, "rb") as moved:
        assert moved.read() == b"old photo"


def test_media_bucket_policy_lets_anyone_read_renditions_only(capsys):
    call_command("media_bucket_policy", "--bucket", "berdaya-media")
    policy = json.loads(capsys.readouterr().out)
    (statement,) = policy["Statement"]
    assert statement["Effect"] == "Allow" and statement["Principal"] == "*"
    assert statement["Action"] == "s3:GetObject"
    assert statement["Resource"] == ["arn:aws:s3:::berdaya-media/images/*"]


def test_media_bucket_policy_needs_a_bucket(settings):
    settings.AWS_STORAGE_BUCKET_NAME = ""
    with pytest.raises(CommandError):
        call_command("media_bucket_policy", "--bucket", "")
