"""GB/T 2260 region list read from python-stdnum's loc.dat."""

from __future__ import annotations

import pytest

from zhifa.utils.regions import (
    RegionRecord,
    _parse_loc_dat,
    is_known_region,
    iter_regions,
    region_contains,
    region_level,
    region_prefix,
)


def records_for(code: str) -> list[RegionRecord]:
    return [record for record in iter_regions() if record.code == code]


def test_it_reads_a_district_with_a_start_year() -> None:
    assert records_for("431103") == [RegionRecord("431103", "冷水滩区", 1995, None, "county")]


def test_it_reads_a_district_without_a_period() -> None:
    assert records_for("110101") == [RegionRecord("110101", "东城区", None, None, "county")]


def test_it_yields_one_record_per_historical_name() -> None:
    assert records_for("440303") == [
        RegionRecord("440303", "罗湖区办事处", 1983, 1989, "county"),
        RegionRecord("440303", "罗湖区", 1990, None, "county"),
    ]


def test_it_reads_an_abolished_code_with_an_end_year() -> None:
    assert records_for("110103") == [RegionRecord("110103", "崇文区", None, 2010, "county")]


def test_it_reads_provinces_and_prefectures_from_their_own_lines() -> None:
    assert records_for("430000") == [RegionRecord("430000", "湖南省", None, None, "province")]
    assert records_for("431100") == [RegionRecord("431100", "永州市", 1995, None, "prefecture")]
    assert records_for("460000") == [RegionRecord("460000", "海南省", 1988, None, "province")]


def test_it_yields_well_formed_records_for_the_whole_list() -> None:
    records = list(iter_regions())
    assert len(records) > 7000
    assert all(len(r.code) == 6 and r.code.isdigit() and r.name for r in records)
    assert all(r.level == region_level(r.code) for r in records)
    inverted = {
        (r.valid_from_year, r.valid_until_year)
        for r in records
        if r.valid_from_year and r.valid_until_year and r.valid_from_year > r.valid_until_year
    }
    assert inverted == {(1983, 1982)}  # a quirk of the source list (14 short-lived names), kept verbatim
    provinces = {r.code for r in records if r.level == "province"}
    assert len(provinces) == 34
    assert {"110000", "460000", "500000", "710000", "810000", "820000"} <= provinces


def test_it_parses_several_names_with_open_ended_periods() -> None:
    lines = ["# comment", '12 province="天津市"', '  0110 county="[-1991]东郊区,[1992-]东丽区"']
    assert list(_parse_loc_dat(lines)) == [
        RegionRecord("120110", "东郊区", None, 1991, "county"),
        RegionRecord("120110", "东丽区", 1992, None, "county"),
    ]


def test_it_refuses_an_unparseable_line() -> None:
    with pytest.raises(ValueError):
        list(_parse_loc_dat(['43 province="湖南省"', "  11 county=冷水滩区"]))


def test_it_knows_codes_from_any_period() -> None:
    assert is_known_region("431103")
    assert is_known_region("110103")  # 崇文区, abolished in 2010, still on old ID cards
    assert not is_known_region("431199")


@pytest.mark.parametrize(
    ("code", "level", "prefix"),
    [
        ("430000", "province", "43"),
        ("431100", "prefecture", "4311"),
        ("431103", "county", "431103"),
        ("110101", "county", "110101"),
        ("460001", "county", "460001"),  # Hainan's directly administered cities have a 00 prefecture part
    ],
)
def test_it_derives_level_and_prefix(code: str, level: str, prefix: str) -> None:
    assert region_level(code) == level
    assert region_prefix(code) == prefix


def test_it_decides_containment_by_code_structure() -> None:
    assert region_contains("430000", "431103")
    assert region_contains("431100", "431103")
    assert region_contains("431103", "431103")
    assert region_contains("110000", "110101")
    assert not region_contains("431100", "430000")
    assert not region_contains("440000", "431103")
    assert not region_contains("431100", "431203")


@pytest.mark.parametrize("code", ["43110", "4311030", "43110A", "", None])
def test_it_rejects_malformed_codes(code: str) -> None:
    with pytest.raises(ValueError, match="6位数字"):
        region_level(code)
    with pytest.raises(ValueError, match="6位数字"):
        region_contains("430000", code)
