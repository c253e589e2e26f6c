"""The precision check of a job's place: a 工作地点 that names only a city that has districts or
counties (「武汉」「江苏省无锡市」), no district. The plan asks that 工作地点 be true and specific enough
for a graduate to decide; a company's post in 武汉 may lie at any of its sites across 13 districts, an
hour apart (Wuhan 2024: 22 of 706 posts, 26 of its 814 rows, give 「武汉」 alone). ``matching.job_checks``
runs it beside the other location checks, as a 提示.

No finding when:

- the place names anything below the city (「武汉 洪山」「浙江省宁波市奉化区」, even a district no place
  table holds) or more than one place (a post in two cities says where it is);
- the city has no county-level divisions in the place tables (东莞, 中山, 嘉峪关, 济源, 仙桃: the city *is*
  the place), or the place is a county-level one (「昆山市」「宜阳县」: the county is the place);
- the employer's name (or its 上级单位, its announcement) places the post in a county of that city
  (「洛阳市西工区人民医院」): the graduate reads it there (``features.place_inference``);
- the post is a public unit's (机关, 事业单位, a 基层服务项目, or an exam of civil servants, 事业单位, teachers,
  health workers, community workers, as 考试类型 says): it lies at the unit named, whose seat is public
  (「嘉兴市第二医院」「阜新市委政务服务中心」), and an exam table goes out whole. Counted on gkld, these are
  3,000 of its 3,039 city-only posts; flagging them would bury the banks' and companies' posts the check is for.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from features.data.places import MUNICIPALITIES, PROVINCES
from features.place_inference import infer_location, stated_place
from features.place_keys import PLACE_ALIASES, alias_pattern, place_ancestors, place_members
from features.place_statements import stated_work_place
from features.records import EmployerType, Job
from features.values import infer_employer_type
from matching.job_findings import Check, JobFinding
from matching.job_findings import short as _short
from matching.scoring import specific_place_keys

#: What is left of a place once its city and province are taken out that says nothing more (separators,
#: the 省/市 of a name written apart from it, the country heading it: 「中国武汉」).
_NOTHING_MORE = re.compile(r"^\s*(?:中华人民共和国|中国)|[\s,，、;；/|\-—_（）()·.。]+|省|市")
#: Employers whose post lies at the unit itself (see the module).
_PUBLIC_UNITS = frozenset({EmployerType.GOVERNMENT, EmployerType.PUBLIC_INSTITUTION, EmployerType.GRASSROOTS})
#: Exams of public units, as 考试类型 names them (gkld: 公务员, 遴选, 选调, 事业单位, 教师, 医疗, 基层工作者, 公益性岗位).
_PUBLIC_EXAM = re.compile(r"公务员|遴选|选调|事业单位|教师|医疗|卫生|基层|公益性岗位")


@functools.cache
def _places() -> re.Pattern[str]:
    """Every spelling of a known place, as ``matching.scoring`` reads locations (built on first use)."""
    return alias_pattern(PLACE_ALIASES)


def city_only(location: str | None) -> str | None:
    """The key of the city ``location`` names when it names nothing below it (「武汉」「湖北省武汉市」
    「北京北京市」 → 武汉, 北京) and that city has districts or counties in the place tables; else ``None``.
    A province (「湖北省」) or a region (南疆) is no city: a province alone is left to the wishes it
    meets (a province-wide post), as before."""
    keys = specific_place_keys(location)
    if len(keys) != 1:
        return None
    (key,) = keys
    ancestors = place_ancestors(key)
    is_city = key in MUNICIPALITIES or (key not in PROVINCES and any(a in PROVINCES for a in ancestors))
    if not is_city or not place_members(key):
        return None
    return key if _nothing_more(location, {key, *ancestors}) else None


def province_only(location: str | None) -> str | None:
    """The key of the province ``location`` names when it names nothing below it (「湖北省」「新疆」
    「新疆维吾尔自治区」 → 湖北, 新疆); a municipality (北京) is a city (``city_only``); else ``None``."""
    keys = specific_place_keys(location)
    if len(keys) != 1:
        return None
    (key,) = keys
    if key not in PROVINCES or key in MUNICIPALITIES:
        return None
    return key if _nothing_more(location, {key}) else None


def _nothing_more(location: str | None, allowed: set[str]) -> bool:
    """Does ``location`` name nothing but the places of ``allowed`` (and words that add no place)?"""
    rest = str(location)
    for match in sorted(_places().finditer(rest), key=lambda m: -m.start()):
        if set(PLACE_ALIASES[match.group()]) <= allowed:
            rest = rest[:match.start()] + " " + rest[match.end():]
    return not _NOTHING_MORE.sub("", rest)


def _public_unit(job: Job) -> bool:
    """A public unit's post: by its stated type, by a name that alone settles it (「…市财政局」「…人民医院」,
    ``infer_employer_type``: a 见习 post at 「乌鲁木齐市人社局」 lies there too), or by an exam of public units."""
    return (job.employer_type in _PUBLIC_UNITS or infer_employer_type(job.employer) in _PUBLIC_UNITS
            or bool(_PUBLIC_EXAM.search(job.exam_type or "")))


def _named_within(job: Job, city: str) -> bool:
    """The employer's names place the post in a county of ``city`` (「洛阳市西工区人民医院」)."""
    named = infer_location(job.employer, job.parent_unit, job.announcement)
    return named is not None and any(city in place_ancestors(key) for key in specific_place_keys(named.place))


#: A member key that reads as a county-level name of its own (「洪山区」「和田县」「伊宁市」).
_COUNTY_NAME = re.compile(r"^[^市]{1,8}(?:区|县|市|旗)$")


def _example(written: str, city: str) -> str:
    """A fix in the post's own city (「乌鲁木齐市」 → 「乌鲁木齐市乌鲁木齐县」, 「和田地区」 → 「和田地区和田县」):
    an example in Wuhan reads as foreign to a bureau in Xinjiang. The first county-level name of the
    city, in a fixed order; 「湖北省武汉市洪山区」 when the tables name none that reads whole."""
    names = sorted(m for m in place_members(city) if _COUNTY_NAME.match(m))
    return f"{written}{names[0]}" if names else "湖北省武汉市洪山区"


def _level(written: str, city: str) -> str:
    """What the place was written down to: a prefecture is no 市 (「和田地区」「伊犁州」「锡林郭勒盟」);
    「郑州」「广州」 end in 州 as cities."""
    if written.endswith("地区"):
        return "地区"
    if written.endswith(("自治州", f"{city}州")):
        return "州"
    return "盟" if written.endswith("盟") else "市"


def place_precision_findings(job: Job) -> Iterable[JobFinding]:
    """At most one 工作地点只写到市 or 只写到省 finding (see the module)."""
    province = province_only(job.location)
    if province is not None:
        # A company's 「湖北省」 (Wuhan to Enshi, 500 km apart) tells less than a city alone; the same
        # exemptions hold (a public unit's seat is public, an employer's name may place it). The example
        # keeps the province as written: a fixed 「湖北省…」 reads as foreign to a bureau elsewhere.
        if not _public_unit(job) and not _named_within(job, province):
            yield JobFinding(job.id, "location", Check.LOCATION_PROVINCE_ONLY,
                             f"工作地点「{_short(job.location)}」只写到省，没有写明市县：毕业生无法判断在哪个城市上班；"
                             f"请写明到县（市、区），如「{str(job.location).strip()}××市××区」，有多个工作地点的逐一写明",
                             value=job.location)
        return
    city = city_only(job.location)
    if city is None or _public_unit(job) or _named_within(job, city):
        return
    written = str(job.location).strip()
    level = _level(written, city)
    yield JobFinding(job.id, "location", Check.LOCATION_CITY_ONLY,
                     f"工作地点「{_short(job.location)}」只写到{level}，没有写明区县：{city}下辖多个区县，毕业生无法判断"
                     f"在哪里上班、通勤多远；请写明到县（市、区），如「{_example(written, city)}」，有多个工作地点的逐一写明",
                     value=job.location)


def remark_place_findings(job: Job) -> Iterable[JobFinding]:
    """A 工作地点与备注不一致 finding when a remark (or another condition column, the description) states
    a work place (``features.place_statements``) that neither holds nor lies in the stated 工作地点:
    gkld's 「上海分中心」 posts state 「北京北京市」 and say 「工作地点：上海市」. The stated place still
    decides (a table's location column is its word on the place); the officer settles which is right."""
    said = stated_work_place(job.conditions, job.description)
    stated = stated_place(job.location)
    if said is None or stated is None or said.place.startswith(stated) or stated.startswith(said.place):
        return
    yield JobFinding(job.id, "location", Check.LOCATION_REMARK_DIFFERS,
                     f"工作地点「{_short(job.location)}」与{said.source}所写的工作地点「{said.local or said.province}」不一致："
                     "毕业生的意向地点和按地点筛选都按工作地点栏；请核实后改正其中之一", value=job.location)


#: Places written one after another with nothing between them are one address (「喀什地区伊宁县」); a separator
#: or a space lists places (「武汉市、孝感市」「武汉 江夏」: Wuhan's 城市 and 行政区域 joined), not read here. 和 lists
#: only where no place name begins with it (和田, 和静, 和平区 …): else every 和田地区 address went unchecked.
_LISTED = re.compile(r"[、,，;；/|\s及或与\-—~～至到]|和(?!田|静|硕|布克赛尔|平|县|龙|政|顺|林格尔)")
#: Prefectures that lie within an autonomous prefecture the place tables keep beside them: 伊犁哈萨克自治州
#: holds 塔城地区 and 阿勒泰地区 (「伊犁哈萨克自治州塔城地区塔城市」 is a true address).
_ALSO_WITHIN = {"伊犁": frozenset({"塔城", "阿勒泰"})}
_REGIONS = frozenset({"北疆", "南疆", "东疆"})


def _within(inner: str, outer: str) -> bool:
    ancestors = (inner, *place_ancestors(inner))
    return outer in ancestors or bool(_ALSO_WITHIN.get(outer, frozenset()) & set(ancestors))


def contradicting_places(location: str | None) -> tuple[str, str] | None:
    """Two places one address names where neither lies in the other (「喀什地区伊宁县」 → 喀什, 伊宁县;
    「北京市浦东新区」, 「湖北省郑州市」), in the order written; ``None`` for a true address or a list."""
    if not location or _LISTED.search(location.strip()):
        return None
    keys = specific_place_keys(location)
    for outer in keys:
        for inner in keys:
            if outer != inner and not _within(inner, outer) and not _within(outer, inner):
                first, second = sorted((outer, inner), key=lambda key: _first_written(location, key))
                return first, second
    return None


def _first_written(location: str, key: str) -> int:
    """Where a place key's name stands in ``location`` (keys are the short names written: 喀什, 伊宁县)."""
    at = location.find(key)
    return at if at >= 0 else len(location)


def contradiction_findings(job: Job) -> Iterable[JobFinding]:
    """工作地点前后矛盾 (警告): an address whose places do not nest (「喀什地区伊宁县」: 伊宁县 lies in 伊犁). The
    post was matched to wishes for both and its place filter passed either; a graduate cannot tell where
    it is. Before, no check said so: the address read as known, so neither 无法识别 nor 只写到市 fired."""
    pair = contradicting_places(job.location)
    if pair is None:
        return
    first, second = pair
    # The nearest division holding it, not a region of the wishes (北疆, 南疆, 东疆).
    home = next((key for key in place_ancestors(second) if key not in _REGIONS), None)
    where = f"（{second}属于{home}）" if home else ""
    yield JobFinding(job.id, "location", Check.LOCATION_CONTRADICTS,
                     f"工作地点「{_short(job.location)}」中的{second}不在{first}{where}，地点前后矛盾：毕业生按意向地点"
                     f"会在{first}和{second}两处都看到此岗位，无法判断在哪里上班；请核实后改正", value=job.location)


__all__ = ["city_only", "contradicting_places", "contradiction_findings", "place_precision_findings", "province_only",
           "remark_place_findings"]
