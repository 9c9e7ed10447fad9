"""A local S3-compatible server (moto) and settings that put media in it."""

from __future__ import annotations

import json
import socket
import uuid
from dataclasses import dataclass

import boto3
import pytest
from moto.server import ThreadedMotoServer

from home.object_storage import public_read_policy

KEYS = {"aws_access_key_id": "testing", "aws_secret_access_key": "testing"}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="session")
def moto_endpoint():
    port = free_port()
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    yield f"http://127.0.0.1:{port}"
    server.stop()


@dataclass
class Buckets:
    endpoint: str
    public: str
    private: str
    client: object

    def keys(self, bucket: str) -> list[str]:
        listing = self.client.list_objects_v2(Bucket=bucket)
        return [item["Key"] for item in listing.get("Contents", [])]

    def object_url(self, bucket: str, key: str) -> str:
        return f"{self.endpoint}/{bucket}/{key}"


@pytest.fixture
def object_storage(settings, moto_endpoint) -> Buckets:
    """Media in a public and a private bucket, set up as docs/deploy.md says."""
    client = boto3.client(
        "s3", endpoint_url=moto_endpoint, region_name="us-east-1", **KEYS
    )
    suffix = uuid.uuid4().hex[:8]
    public, private = f"media-{suffix}", f"private-{suffix}"
    client.create_bucket(Bucket=public)
    client.create_bucket(Bucket=private)
    client.put_bucket_policy(
        Bucket=public, Policy=json.dumps(public_read_policy(bucket=public))
    )
    options = {
        "endpoint_url": moto_endpoint,
        "region_name": "us-east-1",
        "access_key": KEYS["aws_access_key_id"],
        "secret_key": KEYS["aws_secret_access_key"],
    }
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {
            "BACKEND": "home.object_storage.PublicMediaStorage",
            "OPTIONS": {**options, "bucket_name": public},
        },
        "private": {
            "BACKEND": "home.object_storage.PrivateMediaStorage",
            "OPTIONS": {**options, "bucket_name": private},
        },
    }
    return Buckets(
        endpoint=moto_endpoint, public=public, private=private, client=client
    )
