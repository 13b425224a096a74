"""The file store on S3-compatible object storage (``ZHIFA_USE_S3``): the same content addressing, digests,
integrity check, destruction and sweep as on the local disk, against an in-process S3 (moto)."""

from __future__ import annotations

import io
from datetime import timedelta

import boto3
import pytest
from django.utils import timezone
from moto import mock_aws

from zhifa.core.models import StoredFile
from zhifa.core.storage import (
    DOCUMENT_TYPES,
    blob_digest,
    blob_exists,
    blob_path,
    damaged_files,
    dispose_files,
    local_copy,
    open_blob,
    store_upload,
    write_blob,
)
from zhifa.core.sweep import sweep

pytestmark = pytest.mark.django_db
BUCKET = "zhifa-test"
PDF = b"%PDF-1.7\n" + b"s3" * 500


@pytest.fixture
def s3(settings):
    with mock_aws():
        client = boto3.client("s3", region_name="us-east-1")
        client.create_bucket(Bucket=BUCKET)
        options = {"bucket_name": BUCKET, "location": "blobs", "file_overwrite": False, "region_name": "us-east-1",
                   "access_key": "testing", "secret_key": "testing"}  # fmt: skip
        settings.STORAGES = {**settings.STORAGES, "blobs": {"BACKEND": "storages.backends.s3.S3Storage",
                                                            "OPTIONS": options}}  # fmt: skip
        yield client


def _key(sha: str) -> str:
    return f"blobs/{sha[:2]}/{sha[2:4]}/{sha}"


def test_an_upload_goes_to_the_bucket_under_its_digest_and_reads_back(s3, tmp_path):
    stored = store_upload(io.BytesIO(PDF), name="委托书.pdf", allowed=DOCUMENT_TYPES)
    assert s3.get_object(Bucket=BUCKET, Key=_key(stored.sha256))["Body"].read() == PDF
    with open_blob(stored) as fh:
        assert fh.read() == PDF
    assert blob_digest(stored.sha256) == stored.sha256
    again = store_upload(io.BytesIO(PDF), name="同一文件.pdf", allowed=DOCUMENT_TYPES)
    assert again.pk == stored.pk  # identical content: one object, never overwritten
    with pytest.raises(NotImplementedError):
        blob_path(stored.sha256)  # object storage has no local path,
    assert local_copy(stored, tmp_path).read_bytes() == PDF  # … so WeasyPrint gets a local copy


def test_a_changed_or_missing_object_is_found_by_the_integrity_check(s3):
    changed = store_upload(io.BytesIO(PDF), name="a.pdf", allowed=DOCUMENT_TYPES)
    missing = store_upload(io.BytesIO(PDF + b"x"), name="b.pdf", allowed=DOCUMENT_TYPES)
    s3.put_object(Bucket=BUCKET, Key=_key(changed.sha256), Body=PDF + b"tampered")
    s3.delete_object(Bucket=BUCKET, Key=_key(missing.sha256))
    damaged = damaged_files()
    assert "内容与其 SHA-256" in damaged[changed.pk] and "不存在" in damaged[missing.pk]


def test_disposal_deletes_the_object_after_commit_and_the_sweep_clears_orphans(
    s3, django_capture_on_commit_callbacks
):
    stored = store_upload(io.BytesIO(PDF), name="a.pdf", allowed=DOCUMENT_TYPES)
    with django_capture_on_commit_callbacks(execute=True):
        dispose_files([stored.pk])
    assert not blob_exists(stored.sha256) and StoredFile.objects.get(pk=stored.pk).disposed_at is not None
    orphan = write_blob(PDF + b"orphan")
    report = sweep(now=timezone.now() + timedelta(hours=72))
    assert _key(orphan).removeprefix("blobs/") in report.orphan_blobs and not blob_exists(orphan)
