"""``zhifa sweep`` removes only what never became part of a record, and only once it is older than the grace period."""

from __future__ import annotations

import io
import os
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone

from zhifa.core.models import AuditEvent, StoredFile
from zhifa.core.storage import DOCUMENT_TYPES, blob_path, store_upload, write_blob
from zhifa.core.sweep import sweep

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.7\n" + b"x" * 200


def _age(path, hours: int) -> None:
    old = (timezone.now() - timedelta(hours=hours)).timestamp()
    os.utime(path, (old, old))


def test_it_removes_an_old_blob_that_no_row_names_and_keeps_a_recent_one():
    old, new = write_blob(PDF + b"1"), write_blob(PDF + b"2")
    _age(blob_path(old), 72)
    report = sweep()
    assert not blob_path(old).exists() and blob_path(new).exists()
    assert len(report.orphan_blobs) == 1


def test_it_removes_an_old_row_nothing_points_at_but_never_a_file_a_record_uses(today, body_a):
    stray = store_upload(io.BytesIO(PDF + b"stray"), name="弃用.pdf", allowed=DOCUMENT_TYPES)
    StoredFile.objects.filter(pk=stray.pk).update(created_at=timezone.now() - timedelta(hours=72))
    used = _used_file(body_a)
    StoredFile.objects.filter(pk=used.pk).update(created_at=timezone.now() - timedelta(hours=72))
    dry = sweep(dry_run=True)
    assert len(dry.unreferenced_rows) == 1 and StoredFile.objects.filter(pk=stray.pk).exists()
    sweep()
    assert not StoredFile.objects.filter(pk=stray.pk).exists() and not blob_path(stray.sha256).exists()
    assert StoredFile.objects.filter(pk=used.pk).exists() and blob_path(used.sha256).exists()


def _used_file(body):
    """A file a record points at: an entrustment letter of ``body`` (any app's FK to StoredFile counts)."""
    from zhifa.organisations.tests.factories import EntrustmentFactory

    stored = store_upload(io.BytesIO(PDF + b"letter"), name="委托书.pdf", allowed=DOCUMENT_TYPES)
    EntrustmentFactory(entrusting=body, letter=stored)
    return stored


def test_the_command_reports_and_records_the_sweep(capsys):
    _age(blob_path(write_blob(PDF + b"3")), 72)
    call_command("sweep")
    out = capsys.readouterr().out
    assert "已清理无登记的孤立文件：1 个" in out
    assert AuditEvent.objects.filter(action="storage.sweep").count() == 1
    call_command("verify")
