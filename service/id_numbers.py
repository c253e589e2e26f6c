"""居民身份证号码 (GB 11643-1999): the one check every path that stores an ID number applies
(file imports in ``service.importers``, the API's ``id_number`` field in ``service.api.schemas``).

The messages never repeat the number: it is personal data, shown to officers alone, and an
error ends up in logs and in the report of whoever uploaded the file.
"""

from __future__ import annotations

import re
import unicodedata

#: ISO 7064 MOD 11-2 as GB 11643-1999 states it: the weight of each of the first 17 digits,
#: and the check character for each remainder of their weighted sum modulo 11.
_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CHECK_CHARS = "10X98765432"

# ASCII digits only: ``\d`` would also take other scripts' digits (「٦」), which int() reads but no
# reader or system matching on the number would take for the same number.
_SECOND_GENERATION = re.compile(r"[0-9]{17}[0-9X]")
_FIRST_GENERATION = re.compile(r"[0-9]{15}")
# What Excel shows, and writes to a CSV, for an 18-digit number in a cell not formatted as text.
_SCIENTIFIC = re.compile(r"[0-9](\.[0-9]+)?E\+?[0-9]+")

FIRST_GENERATION_REFUSED = ("身份证号为 15 位旧号码，请填写 18 位身份证号（1999 年起 15 位号码已全部升为 18 位，"
                            "可在身份证或户口簿上查到）")
WRONG_SHAPE = "身份证号格式不正确（应为 18 位，末位可为 X）"
EXCEL_ROUNDED = ("身份证号已被 Excel 改成科学计数法（如 6.50102E+17），末几位已丢失：请把该列设置为“文本”格式后"
                 "重新填写")
WRONG_CHECK_DIGIT = "身份证号校验位不正确（末位与前 17 位不符，请核对是否抄错）"


def check_char(first17: str) -> str:
    """The check character (0-9 or X) of the first 17 digits of an ID number."""
    return _CHECK_CHARS[sum(int(digit) * weight for digit, weight in zip(first17, _WEIGHTS, strict=True)) % 11]


def parse_id_number(text: str) -> str:
    """An 18-digit ID number with a correct check character, upper-cased (x → X) and in ASCII
    (full-width ６ → 6); else ``ValueError`` in Chinese. A 15-digit (first-generation) number is refused, asking for the 18-digit one: the
    18-digit form replaced it from 1999, a graduate's documents carry that one, and the two forms
    of one person's number would otherwise be stored as two different values."""
    # NFKC: digits and X typed in full width (a Chinese input method's full-width mode) are the
    # same number; kept as written they would fail the check or be stored unlike every other.
    text = unicodedata.normalize("NFKC", text).strip().upper()
    if _SCIENTIFIC.fullmatch(text):
        raise ValueError(EXCEL_ROUNDED)
    if _FIRST_GENERATION.fullmatch(text):
        raise ValueError(FIRST_GENERATION_REFUSED)
    if not _SECOND_GENERATION.fullmatch(text):
        raise ValueError(WRONG_SHAPE)
    if check_char(text[:17]) != text[17]:
        raise ValueError(WRONG_CHECK_DIGIT)
    return text
