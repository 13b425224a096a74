"""Fictional names, phone numbers and addresses, and valid, unique identifiers, from the load's one random
source (so a seed always gives the same people and the same codes)."""

from __future__ import annotations

import random
from datetime import date

from zhifa.utils.validators import org_code_check_char, resident_id_check_char, uscc_check_char

from . import data as D


class Fakes:
    """Makes the made-up details of people and organisations; remembers codes given out to keep them unique."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self._usccs: set[str] = set()
        self._ids: set[str] = set()

    def name(self, gender: str | None = None) -> tuple[str, str]:
        gender = gender or ("男" if self.rng.random() < 0.62 else "女")
        pool = (D.GIVEN_MALE if gender == "男" else D.GIVEN_FEMALE) + D.GIVEN_ANY
        given = "".join(self.rng.choice(pool) for _ in range(1 if self.rng.random() < 0.3 else 2))
        return self.rng.choice(D.SURNAME_WEIGHTED) + given, gender

    def phone(self, mobile: bool = True) -> str:
        if mobile:
            return "1" + self.rng.choice("3578") + "".join(self.rng.choice("0123456789") for _ in range(9))
        return f"0746-{self.rng.randint(8200000, 8299999)}"

    def address(self) -> str:
        return f"示范市清江区{self.rng.choice(D.ROAD_NAMES)}{self.rng.randint(1, 399)}号"

    def uscc(self, org_type: str) -> str:
        """A unique, valid 统一社会信用代码 (GB 32100) whose 主体标识码 is a valid GB 11714 code."""
        while True:
            org8 = "".join(self.rng.choice("0123456789") for _ in range(8))
            first17 = f"{org_type}{D.DEMO_REGION}{org8}{org_code_check_char(org8)}"
            code = first17 + uscc_check_char(first17)
            if code not in self._usccs:
                self._usccs.add(code)
                return code

    def resident_id(self, birth: date, gender: str) -> str:
        """A unique, valid 居民身份证号 (GB 11643): real Hunan 地址码, odd 顺序码 for men."""
        while True:
            seq = self.rng.randint(0, 499) * 2 + (1 if gender == "男" else 0)
            first17 = f"{self.rng.choice(D.ID_AREA_CODES)}{birth:%Y%m%d}{seq:03d}"
            number = first17 + resident_id_check_char(first17)
            if number not in self._ids:
                self._ids.add(number)
                return number
