"""What an officer tells zhifa about an item of evidence: the API body and the page form share this schema."""

from __future__ import annotations

from datetime import datetime
from uuid import UUID

from django.utils import timezone
from ninja import Schema
from pydantic import Field, field_validator

from zhifa.catalog.constants import AVStep

from .constants import EvidenceKind


class EvidenceInput(Schema):
    kind: EvidenceKind = Field(title="证据种类")
    title: str = Field(title="名称", min_length=2, max_length=200)
    proves: str = Field(
        title="证明对象与内容", description="该证据证明的事实。", min_length=2, max_length=4000
    )
    recorded_by_id: int = Field(
        title="制作/收集人", description="制作、拍摄或收集该证据的执法人员（人员ID）。"
    )
    recorded_at: datetime = Field(title="制作/收集时间")
    place: str = Field(title="地点", min_length=2, max_length=300)
    source: str = Field(title="来源", description="如“执法记录仪（编号DSJ-0012）拍摄”“当事人提供”。", min_length=2,
                        max_length=300)  # fmt: skip
    officer_ids: list[int] = Field(
        title="在场执法人员", description="取证时在场的执法人员（人员ID）。", min_length=1
    )
    av_step: AVStep | None = Field(None, title="音像记录环节", description="视听资料记录的执法环节。")
    step_id: int | None = Field(
        None, title="办案步骤", description="证据所记录或产生于的已办步骤（步骤ID）。"
    )
    upload_id: UUID | None = Field(
        None, title="断点续传上传ID", description="已完成的断点续传上传（大文件）；与直接附件二选一。"
    )

    @field_validator("recorded_at")
    @classmethod
    def _local_time(cls, value: datetime) -> datetime:
        """A time without a zone is the deployment's local time (Asia/Shanghai), as an officer means it."""
        return timezone.make_aware(value) if timezone.is_naive(value) else value
