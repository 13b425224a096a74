"""GB/T 2260 行政区划代码 as shipped in python-stdnum (``stdnum/cn/loc.dat``).

loc.dat is grouped by province: a line ``43 province="湖南省"`` is followed by indented lines
``  1103 county="[1995-]冷水滩区"`` whose 4 digits complete the 6-digit code. A name may carry a
``[from-until]`` year range (either end may be empty) and a code renamed over time lists several
comma-separated names.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

__all__ = [
    "RegionRecord",
    "is_known_region",
    "iter_regions",
    "region_contains",
    "region_level",
    "region_prefix",
]

_PROVINCE_LINE = re.compile(r'(?P<province>\d{2}) province="[^"]*"')
_COUNTY_LINE = re.compile(r'  (?P<suffix>\d{4}) county="(?P<names>[^"]*)"')
_NAME_PART = re.compile(r"(?:\[(?P<start>\d*)-(?P<end>\d*)\])?(?P<name>[^\[\],]+)")
_CODE = re.compile(r"\d{6}")


@dataclass(frozen=True)
class RegionRecord:
    """One name a code carried during ``[valid_from_year, valid_until_year]`` (None = open/unknown)."""

    code: str
    name: str
    valid_from_year: int | None
    valid_until_year: int | None
    level: str


def iter_regions() -> Iterator[RegionRecord]:
    """Yield every code/name/period in loc.dat; a code with several historical names yields one per name."""
    return iter(_records())


def is_known_region(code: str) -> bool:
    """True when the code appears in loc.dat under any name in any period (usable as ``region_known``)."""
    return code in _known_codes()


def region_level(code: str) -> str:
    """GB/T 2260 level: ``PP0000`` province, ``PPCC00`` prefecture, anything else county."""
    _require_code(code)
    if code.endswith("0000"):
        return "province"
    if code.endswith("00"):
        return "prefecture"
    return "county"


def region_prefix(code: str) -> str:
    """The prefix shared by every code inside the region: "43" for 430000, "4311" for 431100."""
    return code[: {"province": 2, "prefecture": 4, "county": 6}[region_level(code)]]


def region_contains(outer: str, inner: str) -> bool:
    """True when ``inner`` lies inside ``outer`` by code structure (a region contains itself)."""
    _require_code(inner)
    return inner.startswith(region_prefix(outer))


def _require_code(code: str) -> None:
    if not isinstance(code, str) or not _CODE.fullmatch(code):
        raise ValueError(f"行政区划代码应为6位数字（GB/T 2260），实为“{code}”")


@lru_cache(maxsize=1)
def _records() -> tuple[RegionRecord, ...]:
    text = resources.files("stdnum.cn").joinpath("loc.dat").read_text(encoding="utf-8")
    return tuple(_parse_loc_dat(text.splitlines()))


@lru_cache(maxsize=1)
def _known_codes() -> frozenset[str]:
    return frozenset(record.code for record in _records())


def _parse_loc_dat(lines: Iterable[str]) -> Iterator[RegionRecord]:
    province = ""
    for line in lines:
        line = line.rstrip()
        if not line.strip() or line.startswith("#"):
            continue
        if match := _PROVINCE_LINE.fullmatch(line):
            # The province itself is also listed as its own "0000" line, so nothing is yielded here.
            province = match["province"]
            continue
        yield from _parse_county_line(province, line)


def _parse_county_line(province: str, line: str) -> Iterator[RegionRecord]:
    match = _COUNTY_LINE.fullmatch(line)
    if match is None or not province:
        raise ValueError(f"无法解析 stdnum 行政区划数据行：{line!r}")
    code = province + match["suffix"]
    for part in match["names"].split(","):
        yield _parse_name_part(code, part)


def _parse_name_part(code: str, part: str) -> RegionRecord:
    match = _NAME_PART.fullmatch(part)
    if match is None:
        raise ValueError(f"无法解析行政区划 {code} 的名称：{part!r}")
    return RegionRecord(
        code=code,
        name=match["name"],
        valid_from_year=int(match["start"]) if match["start"] else None,
        valid_until_year=int(match["end"]) if match["end"] else None,
        level=region_level(code),
    )
