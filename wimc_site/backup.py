"""Backing up and restoring the site: the database and the media files in one .tar.gz archive.

The database is copied with its own tools, so the copy is exact and quick: SQLite's online backup
API, PostgreSQL's pg_dump / pg_restore (custom format; the postgresql-client package must match
the server's major version). An archive restores into a database of the same kind only.
Used by `manage.py backup_site` and `manage.py restore_site`.
"""

import datetime
import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
from pathlib import Path

import django
from django.conf import settings
from django.core.management.base import CommandError
from django.db import connection

MANIFEST = "manifest.json"
DATABASE_FILES = {"sqlite": "database.sqlite3", "postgresql": "database.pgdump"}
MEDIA = "media"


def _postgres(program, *args):
    """Run pg_dump or pg_restore against the default database; raise CommandError on failure."""
    db = connection.settings_dict
    environment = {**os.environ, "PGPASSWORD": str(db.get("PASSWORD") or "")}
    command = [program, "--host", db.get("HOST") or "127.0.0.1", "--port", str(db.get("PORT") or 5432),
               "--username", db.get("USER") or "postgres", "--no-owner", "--no-privileges", *args]
    try:
        result = subprocess.run(command, env=environment, capture_output=True, text=True)  # noqa: S603
    except FileNotFoundError as error:
        raise CommandError(f"{program} is missing: install the postgresql-client package.") from error
    if result.returncode != 0:
        raise CommandError(f"{program} failed: {result.stderr.strip()}")


def dump_database(path):
    """Copy the default database to the file `path`; returns the database's kind."""
    vendor = connection.vendor
    if vendor == "sqlite":
        connection.ensure_connection()
        target = sqlite3.connect(path)
        try:
            connection.connection.backup(target)
        finally:
            target.close()
    elif vendor == "postgresql":
        _postgres("pg_dump", "--format=custom", "--file", str(path), connection.settings_dict["NAME"])
    else:
        raise CommandError(f"Backing up a {vendor} database is not supported.")
    return vendor


def load_database(path, vendor):
    """Replace the default database's content with the copy in `path`."""
    if vendor != connection.vendor:
        raise CommandError(f"This archive holds a {vendor} database; the site uses {connection.vendor}.")
    connection.close()
    if vendor == "sqlite":
        source, target = sqlite3.connect(path), sqlite3.connect(connection.settings_dict["NAME"])
        try:
            source.backup(target)
        finally:
            source.close()
            target.close()
    else:
        _postgres("pg_restore", "--clean", "--if-exists", "--single-transaction",
                  "--dbname", connection.settings_dict["NAME"], str(path))


def back_up(archive):
    """Write the database and MEDIA_ROOT to the .tar.gz file `archive`."""
    media_root = Path(settings.MEDIA_ROOT)
    with tempfile.TemporaryDirectory() as tmp:
        database_file = Path(tmp, "database")
        vendor = dump_database(database_file)
        manifest = {
            "database": vendor,
            "created": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
            "django": django.get_version(),
        }
        Path(tmp, MANIFEST).write_text(json.dumps(manifest, indent=2))
        with tarfile.open(archive, "w:gz") as tar:
            tar.add(Path(tmp, MANIFEST), arcname=MANIFEST)
            tar.add(database_file, arcname=DATABASE_FILES[vendor])
            if media_root.is_dir():
                tar.add(media_root, arcname=MEDIA)
    return manifest


def restore(archive):
    """Replace the database and the media files with those in the .tar.gz file `archive`."""
    with tempfile.TemporaryDirectory() as tmp, tarfile.open(archive, "r:gz") as tar:
        # The "data" filter refuses absolute paths, links out of the folder and device files.
        tar.extractall(tmp, filter="data")
        try:
            manifest = json.loads(Path(tmp, MANIFEST).read_text())
        except (OSError, ValueError) as error:
            raise CommandError(f"{archive} is not a site backup (no {MANIFEST}).") from error
        load_database(Path(tmp, DATABASE_FILES[manifest["database"]]), manifest["database"])
        media_root = Path(settings.MEDIA_ROOT)
        media_root.mkdir(parents=True, exist_ok=True)
        for child in media_root.iterdir():
            if child.is_dir():
                shutil.rmtree(child)
            else:
                child.unlink()
        if Path(tmp, MEDIA).is_dir():
            shutil.copytree(Path(tmp, MEDIA), media_root, dirs_exist_ok=True)
    return manifest
