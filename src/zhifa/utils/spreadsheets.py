"""Reading uploaded spreadsheets (python-calamine: fast, and it reads .xlsx without loading openpyxl)."""

from __future__ import annotations

import io
from typing import Any


class UnreadableSpreadsheet(ValueError):
    """The upload is not a workbook python-calamine can read (damaged, encrypted, or another format)."""


def read_first_sheet(content: bytes) -> list[list[Any]]:
    """The first worksheet's cells, row by row, empty cells included (so column positions hold)."""
    from python_calamine import CalamineWorkbook

    try:
        book = CalamineWorkbook.from_filelike(io.BytesIO(content))
        return book.get_sheet_by_index(0).to_python(skip_empty_area=False)
    except Exception as exc:  # calamine raises several types for a damaged file
        raise UnreadableSpreadsheet(str(exc)) from exc
