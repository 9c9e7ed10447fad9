"""The backup drill on SQLite: back up, wipe, restore, and the site works again.

A real site in subprocesses (its own database file and media folders, the
demo content), so that the restore replaces a database nobody else holds.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from home.backup import MANIFEST

ROOT = Path(__file__).resolve().parents[2]

# Run in the site's process: page statuses, every rendition on them (served
# from MEDIA_ROOT/images/ as nginx does), and the private assignment photo.
PROBE = """
import hashlib, json, re
from django.test import Client
from django.urls import reverse
from courses.models import AssignmentSubmission
from home.object_storage import private_storage
from marketplace.selectors import products_public

client = Client()
product = products_public().order_by("pk").first()
pages = ["/", "/kursus/", "/etalase/", reverse(
    "marketplace:product_detail", args=[product.brand.slug, product.slug]
)]
result = {"pages": {}, "renditions": {}}
for url in pages:
    response = client.get(url)
    result["pages"][url] = response.status_code
    html = response.content.decode()
    for path in re.findall(r'(/media/images/[^"\\s]+)', html):
        served = client.get(path)
        body = b"".join(served.streaming_content) if served.streaming else b""
        result["renditions"][path] = [
            served.status_code, hashlib.sha256(body).hexdigest()
        ]
photo = AssignmentSubmission.objects.exclude(photo="").order_by("pk").first().photo.name
with private_storage().open(photo, "rb") as handle:
    result["private_photo"] = hashlib.sha256(handle.read()).hexdigest()
print(json.dumps(result))
"""


def _site(tmp_path: Path) -> dict[str, str]:
    environment = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "DATABASE_URL", "REDIS_URL", "AWS_"))
    }
    environment.update(
        DJANGO_SETTINGS_MODULE="berdaya.settings.dev",
        DJANGO_DEBUG="true",  # serves /media/images/ like nginx
        DATABASE_URL=f"sqlite:///{tmp_path / 'site.sqlite3'}",
        MEDIA_ROOT=str(tmp_path / "media"),
        PRIVATE_MEDIA_ROOT=str(tmp_path / "private-media"),
    )
    return environment


def _manage(environment: dict[str, str], *arguments: str) -> str:
    completed = subprocess.run(
        [sys.executable, "manage.py", *arguments],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr[-3000:]
    return completed.stdout


def _probe(environment: dict[str, str]) -> dict:
    output = _manage(environment, "shell", "-c", PROBE)
    return json.loads(output.strip().splitlines()[-1])


def test_backup_wipe_restore_and_the_pages_and_images_answer(tmp_path):
    site = _site(tmp_path)
    _manage(site, "migrate", "--noinput", "-v0")
    _manage(site, "site_setup")
    _manage(site, "seed_demo")
    before = _probe(site)
    assert set(before["pages"].values()) == {200}
    assert before["renditions"], "the pages show images"
    assert {status for status, _digest in before["renditions"].values()} == {200}

    backup = tmp_path / "backup"
    output = _manage(site, "backup", str(backup))
    assert "backup: sqlite database" in output
    manifest = json.loads((backup / MANIFEST).read_text())
    assert manifest["storages"]["private"], "the assignment photo is backed up"

    # Wipe: no database, no media, no private files.
    for name in ("site.sqlite3", "site.sqlite3-wal", "site.sqlite3-shm"):
        (tmp_path / name).unlink(missing_ok=True)
    shutil.rmtree(tmp_path / "media")
    shutil.rmtree(tmp_path / "private-media")

    _manage(site, "restore", str(backup), "--noinput")
    after = _probe(site)
    assert after == before


def test_a_damaged_backup_is_refused_before_anything_changes(tmp_path, db):
    backup = tmp_path / "backup"
    backup.mkdir()
    (backup / MANIFEST).write_text(
        json.dumps(
            {
                "format": 1,
                "created_at": "2026-11-30T00:00:00+00:00",
                "engine": "sqlite",
                "database": "db.sqlite3",
                "media": True,
                "storages": {
                    "default": [{"name": "images/a.webp", "size": 3, "sha256": "0"}]
                },
            }
        )
    )
    (backup / "db.sqlite3").write_bytes(b"not really")
    (backup / "files" / "default" / "images").mkdir(parents=True)
    (backup / "files" / "default" / "images" / "a.webp").write_bytes(b"abc")
    with pytest.raises(CommandError, match="missing or damaged"):
        call_command("restore", str(backup), "--noinput")


def test_a_backup_needs_a_new_folder(tmp_path, db):
    (tmp_path / "something").write_text("x")
    with pytest.raises(CommandError, match="not empty"):
        call_command("backup", str(tmp_path))
