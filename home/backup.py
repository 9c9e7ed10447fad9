"""Backups you can restore: the database plus every stored file, in one folder.

``manage.py backup DIR`` writes::

    DIR/manifest.json          what is in it, with a SHA-256 per file
    DIR/db.sqlite3             SQLite: VACUUM INTO (a consistent copy, WAL included)
    DIR/db.pgdump              PostgreSQL: pg_dump --format=custom (one snapshot)
    DIR/files/<storage>/<name> every file of the "default" and "private" storages

The database is copied first, then the files: a file uploaded meanwhile is an
extra file the restored database does not use (harmless), while the other
order would give rows whose file is missing. Files are read through Django's
storage API, so the same command backs up a local folder or a bucket.

``manage.py restore DIR`` puts the database back (replacing it) and writes
every file back into its storage, checking each file's SHA-256 first. Stop the
web and worker processes while it runs. docs/deploy.md has the procedure and
the alternatives for large sites (continuous archiving, bucket versioning).
"""

from __future__ import annotations

import hashlib
import json
import os
import posixpath
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.core.files import File
from django.core.files.storage import Storage, storages
from django.db import connections
from django.utils import timezone

FORMAT = 1
MANIFEST = "manifest.json"
STORAGE_ALIASES = ("default", "private")
CHUNK = 1024 * 1024


class BackupError(Exception):
    """A backup or restore that cannot go on; the message says why."""


@dataclass(frozen=True)
class BackupResult:
    folder: Path
    engine: str
    files: int
    bytes: int


def _engine(alias: str = "default") -> str:
    engine = settings.DATABASES[alias]["ENGINE"]
    if engine == "django.db.backends.sqlite3":
        return "sqlite"
    if engine == "django.db.backends.postgresql":
        return "postgresql"
    raise BackupError(f"Backups support SQLite and PostgreSQL, not {engine}.")


def _pg_environment(alias: str = "default") -> dict[str, str]:
    """libpq's variables for the database (no password on the command line)."""
    database = settings.DATABASES[alias]
    values = {
        "PGHOST": database.get("HOST") or "",
        "PGPORT": str(database.get("PORT") or ""),
        "PGUSER": database.get("USER") or "",
        "PGPASSWORD": database.get("PASSWORD") or "",
        "PGDATABASE": database["NAME"],
        "PGSSLMODE": database.get("OPTIONS", {}).get("sslmode", ""),
    }
    return {**os.environ, **{key: value for key, value in values.items() if value}}


def _program(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        raise BackupError(
            f"{name} not found: install PostgreSQL's client "
            "(Debian: apt-get install postgresql-client)."
        )
    return path


def _run(arguments: list[str]) -> None:
    completed = subprocess.run(  # noqa: S603
        arguments, env=_pg_environment(), capture_output=True, text=True, check=False
    )
    if completed.returncode != 0:
        raise BackupError(f"{arguments[0]} failed: {completed.stderr.strip()}")


def _sqlite_path(alias: str = "default") -> Path:
    return Path(settings.DATABASES[alias]["NAME"])


def _database_backup(folder: Path, engine: str) -> str:
    if engine == "sqlite":
        name = "db.sqlite3"
        connection = connections["default"]
        if connection.in_atomic_block:
            raise BackupError("VACUUM INTO cannot run inside a transaction.")
        with connection.cursor() as cursor:
            # One read transaction: a consistent copy even while others write,
            # and the pages still in the WAL file are included.
            cursor.execute("VACUUM INTO %s", [str(folder / name)])
        return name
    name = "db.pgdump"
    _run(
        [
            _program("pg_dump"),
            "--format=custom",
            "--no-owner",
            "--no-privileges",
            f"--file={folder / name}",
        ]
    )
    return name


def _database_restore(folder: Path, engine: str, name: str) -> None:
    source = folder / name
    connections.close_all()
    if engine == "sqlite":
        target = _sqlite_path()
        target.parent.mkdir(parents=True, exist_ok=True)
        staged = target.with_name(target.name + ".restoring")
        shutil.copyfile(source, staged)
        # A WAL file left from the old database would be replayed into the
        # restored one: remove it (the processes using it must be stopped).
        for suffix in ("-wal", "-shm"):
            target.with_name(target.name + suffix).unlink(missing_ok=True)
        os.replace(staged, target)
        return
    _run(
        [
            _program("pg_restore"),
            "--clean",
            "--if-exists",
            "--no-owner",
            "--no-privileges",
            "--single-transaction",
            "--exit-on-error",
            f"--dbname={settings.DATABASES['default']['NAME']}",
            str(source),
        ]
    )


def _stored_names(storage: Storage, folder: str = "") -> Iterator[str]:
    try:
        folders, files = storage.listdir(folder)
    except FileNotFoundError:
        return
    for name in sorted(files):
        yield posixpath.join(folder, name) if folder else name
    for sub in sorted(folders):
        yield from _stored_names(
            storage, posixpath.join(folder, sub) if folder else sub
        )


def _copy(source, target: Path) -> tuple[str, int]:
    digest = hashlib.sha256()
    size = 0
    with target.open("wb") as out:
        while chunk := source.read(CHUNK):
            digest.update(chunk)
            size += len(chunk)
            out.write(chunk)
    return digest.hexdigest(), size


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _files_folder(folder: Path, alias: str) -> Path:
    return folder / "files" / alias


def _safe_target(base: Path, name: str) -> Path:
    target = (base / name).resolve()
    if not target.is_relative_to(base.resolve()):
        raise BackupError(f"Refusing a file name outside the backup: {name}")
    return target


def backup_create(*, folder: Path, media: bool = True) -> BackupResult:
    """Write a backup of the database and (unless ``media=False``) every file."""
    engine = _engine()
    if folder.exists() and any(folder.iterdir()):
        raise BackupError(f"{folder} is not empty: give a new folder.")
    folder.mkdir(parents=True, exist_ok=True)
    database = _database_backup(folder, engine)
    listing: dict[str, list[dict]] = {}
    total = 0
    for alias in STORAGE_ALIASES if media else ():
        storage = storages[alias]
        base = _files_folder(folder, alias)
        entries = []
        for name in _stored_names(storage):
            target = _safe_target(base, name)
            target.parent.mkdir(parents=True, exist_ok=True)
            with storage.open(name, "rb") as source:
                sha256, size = _copy(source, target)
            entries.append({"name": name, "size": size, "sha256": sha256})
            total += size
        listing[alias] = entries
    manifest = {
        "format": FORMAT,
        "created_at": timezone.now().isoformat(),
        "engine": engine,
        "database": database,
        "media": media,
        "storages": listing,
    }
    (folder / MANIFEST).write_text(json.dumps(manifest, indent=2), encoding="utf-8")
    return BackupResult(
        folder=folder,
        engine=engine,
        files=sum(len(entries) for entries in listing.values()),
        bytes=total,
    )


def backup_read(*, folder: Path) -> dict:
    """The manifest of a backup, after checking it is complete and intact."""
    path = folder / MANIFEST
    if not path.is_file():
        raise BackupError(f"No {MANIFEST} in {folder}: not a Berdaya backup.")
    manifest = json.loads(path.read_text(encoding="utf-8"))
    if manifest.get("format") != FORMAT:
        raise BackupError(f"Unknown backup format {manifest.get('format')!r}.")
    if not (folder / manifest["database"]).is_file():
        raise BackupError(f"The database file {manifest['database']} is missing.")
    for alias, entries in manifest["storages"].items():
        base = _files_folder(folder, alias)
        for entry in entries:
            copy = _safe_target(base, entry["name"])
            if not copy.is_file() or _sha256(copy) != entry["sha256"]:
                raise BackupError(f"{alias}/{entry['name']} is missing or damaged.")
    return manifest


def backup_restore(*, folder: Path, media: bool = True) -> BackupResult:
    """Replace the database with the backup's and write its files back.

    Everything is checked before anything changes: a damaged backup leaves the
    site as it was. Files already in storage under the same name are replaced;
    other files are left alone.
    """
    manifest = backup_read(folder=folder)
    engine = _engine()
    if manifest["engine"] != engine:
        raise BackupError(
            f"This is a {manifest['engine']} backup; the site uses {engine}."
        )
    _database_restore(folder, engine, manifest["database"])
    files = total = 0
    for alias, entries in manifest["storages"].items() if media else ():
        storage = storages[alias]
        base = _files_folder(folder, alias)
        for entry in entries:
            name = entry["name"]
            if storage.exists(name):
                storage.delete(name)
            with _safe_target(base, name).open("rb") as handle:
                saved = storage.save(name, File(handle, name=name))
            if saved != name:
                raise BackupError(f"{alias}/{name} was stored as {saved}.")
            files += 1
            total += entry["size"]
    return BackupResult(folder=folder, engine=engine, files=files, bytes=total)
