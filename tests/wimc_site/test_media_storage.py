import os
import subprocess
import sys
from pathlib import Path

from django.test import SimpleTestCase

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = (
    "from django.core.files.storage import storages; s = storages['default']; "
    "print(type(s).__name__, s.url('original_images/stand.jpg'))"
)


class MediaStorageTests(SimpleTestCase):
    """Production keeps uploads in object storage when a bucket is named, in MEDIA_ROOT otherwise."""

    def media_url(self, **env):
        environment = {k: v for k, v in os.environ.items() if not k.startswith("AWS_")}
        environment.update(
            DJANGO_SETTINGS_MODULE="wimc_site.settings.production",
            SECRET_KEY="k" * 20 + "Zq8!vX2#pL9@rT5$wY7^mN3&bH6*cJ4%",
            ALLOWED_HOSTS="wimc.example.org",
            **env,
        )
        result = subprocess.run(  # noqa: S603
            [sys.executable, "manage.py", "shell", "--no-imports", "-c", SCRIPT],
            cwd=ROOT, env=environment, capture_output=True, text=True,
        )
        self.assertEqual(result.returncode, 0, result.stderr)
        return result.stdout.strip()

    def test_uploads_are_served_from_the_media_folder_by_default(self):
        self.assertEqual(self.media_url(), "FileSystemStorage /media/original_images/stand.jpg")

    def test_a_bucket_puts_uploads_behind_its_media_domain(self):
        url = self.media_url(
            AWS_STORAGE_BUCKET_NAME="wimc-media",
            AWS_S3_ENDPOINT_URL="https://oss-cn-shanghai.aliyuncs.com",
            AWS_S3_CUSTOM_DOMAIN="media.wimc.example.org",
        )
        self.assertEqual(url, "S3Storage https://media.wimc.example.org/original_images/stand.jpg")

    def test_without_a_media_domain_urls_point_at_the_bucket_unsigned(self):
        url = self.media_url(
            AWS_STORAGE_BUCKET_NAME="wimc-media", AWS_S3_ENDPOINT_URL="https://minio.example.org",
            AWS_ACCESS_KEY_ID="id", AWS_SECRET_ACCESS_KEY="secret",  # noqa: S106
        )
        self.assertEqual(url, "S3Storage https://minio.example.org/wimc-media/original_images/stand.jpg")
