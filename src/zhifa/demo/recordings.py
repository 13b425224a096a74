"""The demo's audio/video records (执法全过程记录): one short body-camera clip for each step the matter's
音像记录事项清单 lists (guard PEN-031), so the demo's cases carry their recordings as a real district's would.

The clips are tiny stand-ins (an MP4 header and a caption naming the case, the act and the day), each its own blob.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from django.utils import timezone

from zhifa.catalog.constants import AVStep

MP4_HEADER = b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom"


def clip(case_number: str, av_step: str, day: date, n: int) -> bytes:
    caption = f"执法记录仪 DSJ-{n % 40 + 1:04d} | 案件 {case_number} | {AVStep(av_step).label} | {day}"
    return MP4_HEADER + caption.encode("utf-8")


def recorded_at(day: date, minute: int) -> datetime:
    return timezone.make_aware(datetime.combine(day, time(9, 0)) + timedelta(minutes=minute % 420))


def title(av_step: str) -> str:
    return f"{AVStep(av_step).label}执法记录仪视频"


def proves(av_step: str) -> str:
    return f"{AVStep(av_step).label}的执法过程：出示证件、告知权利、现场情况与当事人陈述。"


def source(n: int) -> str:
    return f"执法记录仪（编号DSJ-{n % 40 + 1:04d}）拍摄"
