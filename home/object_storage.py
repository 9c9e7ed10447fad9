"""Where uploaded files live: local folders, or S3-compatible object storage.

Two storages, chosen by ``STORAGES`` (``berdaya/settings/base.py``):

``default`` (public media)
    Wagtail images, their renditions, documents, avatars. Locally
    ``MEDIA_ROOT``; with ``AWS_STORAGE_BUCKET_NAME`` set, that bucket
    (:class:`PublicMediaStorage`). Only renditions (``images/``) are ever
    served to the public: nginx serves ``/media/images/`` from the folder or
    the bucket and nothing else under ``/media/`` (``deploy/nginx/``), and the
    bucket policy in ``docs/deploy.md`` allows anonymous reads of ``images/*``
    only. Documents go through Wagtail's serve view, which checks privacy.

``private``
    Files that may hold personal data and are only ever served by a view that
    checks permission first: assignment photos. Locally
    ``PRIVATE_MEDIA_ROOT``, a folder outside ``MEDIA_ROOT`` that no web
    server serves; with object storage, a separate bucket
    (``AWS_PRIVATE_BUCKET_NAME``) with no public access at all. Models use
    ``storage=private_storage``; views stream the file (``FileResponse``), so
    a private file has no URL: ``url()`` refuses.
"""

from __future__ import annotations

from urllib.parse import urljoin

from botocore.config import Config
from django.conf import settings
from django.core.files.storage import FileSystemStorage, Storage, storages
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.utils.encoding import filepath_to_uri
from django.utils.functional import LazyObject, cached_property, empty
from storages.backends.s3 import S3Storage
from storages.utils import clean_name

# A silent object store must not hold a web worker for long: short timeouts,
# a few retries with back-off (botocore's "standard" mode).
CLIENT_CONFIG = Config(
    connect_timeout=3,
    read_timeout=10,
    retries={"max_attempts": 3, "mode": "standard"},
)


# The only public objects: renditions (Wagtail's rendition folder). Originals,
# documents, avatars and pending uploads are read by the app, never by visitors.
PUBLIC_PREFIXES = ("images/",)


def public_read_policy(*, bucket: str) -> dict:
    """The media bucket's policy: anyone may read renditions, nothing else.

    ``manage.py media_bucket_policy`` prints it for the operator
    (docs/deploy.md); the private bucket gets no policy at all.
    """
    return {
        "Version": "2012-10-17",
        "Statement": [
            {
                "Sid": "PublicRenditions",
                "Effect": "Allow",
                "Principal": "*",
                "Action": "s3:GetObject",
                "Resource": [
                    f"arn:aws:s3:::{bucket}/{prefix}*" for prefix in PUBLIC_PREFIXES
                ],
            }
        ],
    }


class PrivateFileRefused(NotImplementedError):
    """A private file has no URL; a permission-checked view streams it."""

    def __init__(self) -> None:
        super().__init__(
            "Private files have no public URL: serve them through a view that "
            "checks permission (see home.object_storage)."
        )


class ObjectStorage(S3Storage):
    """S3-compatible storage with timeouts and never-overwritten names."""

    client_config = CLIENT_CONFIG
    file_overwrite = False


class PublicMediaStorage(ObjectStorage):
    """The media bucket, served at ``MEDIA_URL`` by nginx (same origin).

    nginx proxies ``/media/images/`` to the bucket (``deploy/nginx/``), so
    pages keep ``img-src 'self'`` and renditions get nginx's cache. A CDN in
    front of the bucket works too: set ``MEDIA_URL`` to its address.
    """

    querystring_auth = False

    def url(self, name, parameters=None, expire=None, http_method=None) -> str:
        path = filepath_to_uri(clean_name(name)).lstrip("/")
        return urljoin(settings.MEDIA_URL, path)


class PrivateMediaStorage(ObjectStorage):
    """The private bucket: no public access; files are streamed by views."""

    querystring_auth = True

    def url(self, name, parameters=None, expire=None, http_method=None) -> str:
        raise PrivateFileRefused


class PrivateFileSystemStorage(FileSystemStorage):
    """Private files on local disk, in ``PRIVATE_MEDIA_ROOT``."""

    @cached_property
    def base_location(self):
        return self._value_or_setting(self._location, settings.PRIVATE_MEDIA_ROOT)

    def _clear_cached_properties(self, setting, **kwargs) -> None:
        super()._clear_cached_properties(setting, **kwargs)
        if setting == "PRIVATE_MEDIA_ROOT":
            self.__dict__.pop("base_location", None)
            self.__dict__.pop("location", None)

    def url(self, name) -> str:
        raise PrivateFileRefused


class _PrivateStorage(LazyObject):
    def _setup(self) -> None:
        self._wrapped = storages["private"]


_private = _PrivateStorage()


def private_storage() -> Storage:
    """The ``private`` storage, for ``FileField(storage=private_storage)``.

    A callable, so migrations name this function rather than a class and its
    settings; lazy, so that it follows ``STORAGES`` (tests change it).
    """
    return _private


@receiver(setting_changed)
def _private_storage_reset(*, setting: str, **kwargs) -> None:
    if setting == "STORAGES":
        _private._wrapped = empty
