"""Parsers for single cell values: dates, gender, ethnicity, employer type (and,
re-exported from ``features.hardship``, hardship and the student loan).

Salary cells are read by ``features.salary``, headcounts by ``features.headcount``, education words by
``features.education``.

Pure functions. Each returns ``None`` (or an empty range) when the cell says nothing,
and raises ``ValueError`` with a Chinese message when the cell says something that cannot
be read, so the importer can name the row and column. Unknown is never guessed.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
import unicodedata

from features import ethnic_groups as _ethnic_groups
from features import hardship as _hardship
from features.records import EmployerType, Gender

# --- any text -------------------------------------------------------------------------

# C0 control characters other than tab, newline and carriage return, and DEL. PostgreSQL
# refuses NUL in text; the others are never meant, and they break CSV files and pages.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def control_character(text: str) -> str | None:
    """The first control character of ``text``, written ``\\x00``; ``None`` when there is none."""
    found = _CONTROL.search(text)
    return None if found is None else f"\\x{ord(found.group()):02x}"


# --- dates ----------------------------------------------------------------------------

_EXCEL_EPOCH = dt.date(1899, 12, 30)  # Excel's day 0 (with its 1900 leap-year bug)
_DATE_PATTERNS = (
    re.compile(r"^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$"),
    re.compile(r"^(\d{4})(\d{2})(\d{2})$"),
    re.compile(r"^(\d{4})[-/.年](\d{1,2})月?$"),
    re.compile(r"^(\d{4})(\d{2})$"),
)


def parse_date(value: object) -> dt.date | None:
    """``2003-05-01``, ``2003/5/1``, ``2003年5月1日``, ``20030501``, an Excel serial day or a
    ``datetime``. A month without a day (``2003年5月``, ``2003.05``) is read as the 1st: a
    date needs a day, and birth months are what registries write."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if 1 <= value < 80_000:
            return _EXCEL_EPOCH + dt.timedelta(days=int(value))
        value = str(int(value)) if float(value).is_integer() else str(value)  # 20030501
    text = re.sub(r"\s+", "", str(value))
    if not text:
        return None
    text = re.sub(r"[T ]?\d{1,2}:\d{2}(:\d{2})?$", "", text)  # "2003-05-01 00:00:00"
    for i, pattern in enumerate(_DATE_PATTERNS):
        m = pattern.match(text)
        if m:
            year, month = int(m.group(1)), int(m.group(2))
            day = int(m.group(3)) if i < 2 else 1
            if year < 1900:  # 「000101」 is no date of a living person or an open post: a typo
                break
            try:
                return dt.date(year, month, day)
            except ValueError:
                break
    raise ValueError(f"无法识别的日期：「{value}」")


# 「长期」「常年有效」: stated with no last day (none, not an error).
_OPEN_ENDED = re.compile(r"^(?:长期|常年|长期有效|常年有效|不限|无|/|-|—)$")
_MONTH_ONLY = re.compile(r"^(\d{4})[-/.年](\d{1,2})月?$")
# A time of day (「17:00」「17时」「下午5点30分」): dropped, the deadline day is open through that day.
_TIME_OF_DAY = re.compile(r"(?:T|上午|中午|下午|晚上)?\s*(?:\d{1,2}(?::\d{2}){1,2}|\d{1,2}[时点](?:\d{1,2}分|整|半)?)")
_DAY = r"(?:(\d{4})[-/.年])?(\d{1,2})[-/.月](\d{1,2})[日号]?"
# 「2026年12月31日」「即日起至2026年12月31日」「截止2026年12月31日」「2026年12月31日止」.
_WRITTEN_DAY = re.compile(rf"^(?:自?即日起|从即日起)?(?:至|到|截止到?|截至)?{_DAY}(?:止|截止|前)?$")
# 「2026年12月1日-12月10日」「2026.12.1至2026.12.10」: a period, whose last day is the deadline.
_PERIOD = re.compile(rf"^(?:自|从)?{_DAY}起?(?:至|到|-|－|~|～|—{{1,2}}){_DAY}(?:止|截止)?$")


def parse_deadline(value: object, *, label: str = "截止日期") -> dt.date | None:
    """The last day to apply (a policy's 截止日期, a job's 报名截止日期): a date as ``parse_date``
    reads it; a month alone (``2027年6月``) is its last day, not its first (``parse_date``'s
    reading of a birth month would close the post a month early); a period (``2026年12月1日-12月10日``,
    ``即日起至2026年12月31日``) its last day; a time of day is dropped (the day is open through its
    end); 长期 / empty: none. A day without a year (``12月31日``) is refused: the year is never guessed.
    ``label`` names the column in the message. A day before ``EARLIEST_DEADLINE`` is refused."""
    day = _deadline(value, label)
    if day is not None and day < EARLIEST_DEADLINE:
        raise ValueError(f"{label}「{value}」读作 {day.isoformat()}，早于 {EARLIEST_DEADLINE.year} 年，"
                         "不是报名截止日期（请写完整日期，如 2026-12-31）")
    return day


#: No deadline is this old: an earlier day is a cell misread, such as 「12.31」 typed into Excel,
#: which stores the number 12.31 (serial day 12: 1900-01-11), and would close the post unseen.
EARLIEST_DEADLINE = dt.date(2000, 1, 1)


def _deadline(value: object, label: str) -> dt.date | None:
    if value is None or isinstance(value, (dt.date, int, float)) and not isinstance(value, bool):
        return parse_date(value)
    # NFKC: a date typed in a Chinese input method's full-width mode (「２０２６－１２－３１」) is the same
    # day; its digits were read already, its －／． separators were not. The message quotes the cell as written.
    text = re.sub(r"\s+", "", _TIME_OF_DAY.sub("", unicodedata.normalize("NFKC", str(value))))
    if not text or _OPEN_ENDED.match(text):
        return None
    if (m := _MONTH_ONLY.match(text)) and 1 <= (month := int(m.group(2))) <= 12:
        year = int(m.group(1))
        return dt.date(year, month, calendar.monthrange(year, month)[1])
    if m := _PERIOD.match(text):
        first_year, first, (year, month, day) = m.group(1), m.group(2, 3), m.group(4, 5, 6)
        if year is None and first_year is not None:  # 「2026年12月25日-1月5日」 ends in the next year
            year = int(first_year) + ((int(month), int(day)) < (int(first[0]), int(first[1])))
    elif m := _WRITTEN_DAY.match(text):
        year, month, day = m.groups()
    else:
        year = month = day = None
    if month is not None and year is None:
        raise ValueError(f"{label}「{value}」没有写年份：请写明哪一年（如 2026年12月31日），年份不作推测")
    try:
        return parse_date(text) if month is None else dt.date(int(year), int(month), int(day))
    except ValueError:
        raise ValueError(f"无法识别的{label}「{value}」（可写如：2027-06-30、2027年6月、长期）") from None


EARLIEST_BIRTH_DATE = dt.date(1900, 1, 1)


def parse_birth_date(value: object, *, today: dt.date) -> dt.date | None:
    """A date of birth as ``parse_date`` reads it, between 1900 and ``today``: a date outside
    that is a typo, and ages computed from it would pass or fail age limits wrongly.

    ``today`` is the caller's day (the service's: Beijing's, ``service.beijing.beijing_today``),
    never the server's local date, which is yesterday in UTC until 08:00 Beijing time."""
    date = parse_date(value)
    if date is None:
        return None
    if not EARLIEST_BIRTH_DATE <= date <= today:
        raise ValueError(f"出生日期「{date.isoformat()}」不在 {EARLIEST_BIRTH_DATE.year} 年至今天之间")
    return date


def parse_year(value: object) -> int | None:
    """A graduation year: ``2026``, ``2026届``, ``2026年6月``, ``2026-06-30`` or a date."""
    if value is None:
        return None
    if isinstance(value, (dt.date, dt.datetime)):
        return value.year
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int) and not isinstance(value, bool):
        if 1950 <= value <= 2100:
            return value
        return _graduation_year(parse_date(value), value)  # an Excel serial day
    text = re.sub(r"\s+", "", str(value))
    if not text:
        return None
    if re.fullmatch(r"\d{4}级", text):
        # 「2022级」 is the year a cohort entered; when it graduates depends on the programme.
        raise ValueError(f"「{value}」是入学年级，不是毕业年份：请填写毕业年份（如 2026 或 2026届）")
    m = re.fullmatch(r"(\d{4})(?:年|届)?(?:毕业|届毕业生|届)?", text)
    if m and 1950 <= int(m.group(1)) <= 2100:
        return int(m.group(1))
    try:
        day = parse_date(text)
    except ValueError:
        raise ValueError(f"无法识别的毕业年份：「{value}」") from None
    return _graduation_year(day, value)


def _graduation_year(day: dt.date | None, value: object) -> int | None:
    """The year of ``day`` when a graduation could fall in it (1950-2100, as a bare year must)."""
    if day is not None and not 1950 <= day.year <= 2100:
        raise ValueError(f"无法识别的毕业年份：「{value}」（{day.year} 年不是合理的毕业年份）")
    return None if day is None else day.year


# --- gender ---------------------------------------------------------------------------

_GENDERS = {
    "男": Gender.MALE, "男性": Gender.MALE, "m": Gender.MALE, "male": Gender.MALE, "1": Gender.MALE,
    "女": Gender.FEMALE, "女性": Gender.FEMALE, "f": Gender.FEMALE, "female": Gender.FEMALE, "2": Gender.FEMALE,
}  # fmt: skip
_UNSTATED = re.compile(r"^(未知|不详|未填|/|-|—|n/?a|none|null)$", re.IGNORECASE)


def parse_gender(value: object) -> Gender | None:
    """``男``/``女``/``male``/``F`` (and GB/T 2261.1 codes 1/2) → ``Gender``; ``未知`` → None."""
    if value is None:
        return None
    text = re.sub(r"\s+", "", str(value)).lower()
    if isinstance(value, float) and value.is_integer():
        text = str(int(value))
    if not text or _UNSTATED.match(text):
        return None
    if text in _GENDERS:
        return _GENDERS[text]
    raise ValueError(f"无法识别的性别：「{value}」")


# --- ethnicity ------------------------------------------------------------------------

# The groups and their test live in ``features.ethnic_groups`` (``features.records`` derives 少数民族
# from them); callers that read every cell parser from here still find them.
ETHNIC_GROUPS = _ethnic_groups.ETHNIC_GROUPS
ethnic_group = _ethnic_groups.ethnic_group


def parse_ethnicity(value: object) -> str | None:
    """``维吾尔`` → ``维吾尔族`` so a requirement such as 限维吾尔族 compares equal; the entries
    outside the 56 groups that a 户口 states (``穿青人``, ``外国血统中国籍人士``, 其他: ``OTHER_ETHNICITIES``)
    are kept as written; 未知/不详/「-」 say nothing (``None``). Anything else (「火星族」, 「中国」) is
    refused: stored, it would read as a 民族 no condition or count knows."""
    if value is None:
        return None
    text = re.sub(r"\s+", "", str(value))
    if not text or _UNSTATED.match(text):
        return None
    group = ethnic_group(text)
    if group is not None:
        return group
    if text in _ethnic_groups.OTHER_ETHNICITIES:
        return text
    raise ValueError(f"民族「{text}」不是 56 个民族之一（如「汉族」「维吾尔族」，可省略「族」字；"
                     "未识别民族写「其他」或「穿青人」，外国血统写「外国血统中国籍人士」）")


# The hardship parsers live in ``features.hardship``; callers that read every cell parser
# from here still find the categories' one.
parse_hardship = _hardship.parse_hardship


# --- lists ----------------------------------------------------------------------------


def split_list(value: object) -> tuple[str, ...]:
    """``乌鲁木齐、昌吉;伊犁`` → ``('乌鲁木齐', '昌吉', '伊犁')``; a list passes through."""
    if value is None:
        return ()
    if isinstance(value, (list, tuple)):
        items = [str(v).strip() for v in value]
    else:
        items = [p.strip() for p in re.split(r"[;；,，、/|\n]+|\s+|或", str(value))]
    out: list[str] = []
    for item in items:
        if item and item not in out:
            out.append(item)
    return tuple(out)


# --- employer type --------------------------------------------------------------------

_TYPE_WORDS = (
    (re.compile(r"基层服务|三支一扶|西部计划|村官|特岗"), EmployerType.GRASSROOTS),
    (re.compile(r"科研助理"), EmployerType.RESEARCH_ASSISTANT),
    (re.compile(r"见习|实习"), EmployerType.INTERNSHIP),
    (re.compile(r"事业|公益[一二]类|全额拨款|差额拨款|自收自支|学校|医院"), EmployerType.PUBLIC_INSTITUTION),
    (re.compile(r"机关|行政单位|党政|政府|群团"), EmployerType.GOVERNMENT),
    (re.compile(r"国企|国有|央企|中央企业|国资"), EmployerType.STATE_ENTERPRISE),
    (re.compile(r"民营|私营|上市|股份|合资|外资|外商|独资|港澳台|企业|公司|创业"), EmployerType.ENTERPRISE),
    (re.compile(r"^(其他|其它)$"), EmployerType.OTHER),
)


def parse_employer_type(value: object) -> EmployerType | None:
    """An explicit 单位性质 cell (``国企``, ``民营``, ``行政机关``, ``公益一类``) → type.

    Unrecognised text is unknown (``None``), not an error: employer-type vocabularies vary
    from table to table and no row should be lost over it.
    """
    if value is None:
        return None
    text = re.sub(r"\s+", "", str(value))
    if not text:
        return None
    for member in EmployerType:
        if text == member.value:
            return member
    if _CIVIL_SERVICE_MANAGED.search(text):  # 参公事业单位 recruits as 机关
        return EmployerType.GOVERNMENT
    for pattern, kind in _TYPE_WORDS:
        if pattern.search(text):
            return kind
    return None


_GOV_NAME = re.compile(
    r"(局|委员会|人民政府|政府|办公厅|办公室|人民法院|法院|人民检察院|检察院|纪律检查|监察委|"
    r"党委|市委|县委|区委|街道办事处|海关|税务|公安|人大常委会|政协|机关|监狱|戒毒所|管教所|"
    r"执法大队|执法支队|监督管理所|司法所|派出所|看守所|工商业联合会|管委会|办事处|(?:省|自治区)\S*厅$)"
)
#: 参照公务员法管理 units (参公) are 机关 for recruitment purposes whatever their name.
_CIVIL_SERVICE_MANAGED = re.compile(r"参公|参照公务员法")
_INSTITUTION_NAME = re.compile(
    r"(大学|学院|中学|小学|幼儿园|学校|医院|中医院|保健院|卫生院|少年宫|公益[一二]类|卫生服务中心|疾病预防控制中心|研究所|研究院|"
    r"科学院|图书馆|博物馆|纪念馆|气象台|气象站|电视台|广播电视台|报社)"
)
# Not a bare 店 or 厂 character: place names such as 驻马店 and 厂窖 contain them. A numbered
# or engineering 局 (中建八局, 中铁二十局, 水利水电第五工程局) is a state construction company.
_ENTERPRISE_NAME = re.compile(
    r"(公司|集团|企业|工厂|商行|商店|门店|酒店|饭店|事务所|合作社|工作室|有限|股份|工程局|[一二三四五六七八九十]+局)"
)


def infer_employer_type(name: object) -> EmployerType | None:
    """The employer type from the employer's name, only when the name alone settles it.

    ``XX县人民政府办公室``/``XX市税务局`` → 机关; ``XX大学``/``XX县人民医院`` → 事业单位.
    Any name that also looks like a company (``中铁XX局集团有限公司``, ``XX医院有限公司``) or
    carries no telling word → ``None``: a private company and a state enterprise cannot be
    told apart by name, and a wrong type would mislead the ranker more than an unknown one.
    """
    if name is None:
        return None
    text = str(name).strip()
    if not text:
        return None
    if _CIVIL_SERVICE_MANAGED.search(text):
        return EmployerType.GOVERNMENT
    if _ENTERPRISE_NAME.search(text):
        return None
    gov = bool(_GOV_NAME.search(text))
    inst = bool(_INSTITUTION_NAME.search(text))
    if gov and not inst:
        return EmployerType.GOVERNMENT
    if inst and not gov:
        return EmployerType.PUBLIC_INSTITUTION
    return None
