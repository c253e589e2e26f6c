"""Hukou cells of two shapes the parser's place pieces do not read (``parser._hukou`` asks here first):

- a city's 市区 defined by its districts: 「绍兴市区（越城区、柯桥区、上虞区）户籍」 admits those districts,
  each placed in the city (``places`` the districts, ``seats`` 浙江省绍兴市越城区 …): a hukou in
  诸暨市 (a county-level city of 绍兴, not of its 市区) or another city is refused, one naming only
  浙江省绍兴市 reviewed, as ``hukou_checks`` judges a list of districts;
- a hukou place and a hardship status: 「咸丰县户籍建档立卡贫困户家庭成员」 is 咸丰县 户籍 and a
  ``HardshipCond`` (脱贫家庭) said of the post (「岗位面向…」). Hardship is officer-only: the
  graduate's own record withholds it, so they read 「该信息仅就业服务专员可见，请由专员核实」; officers
  read the category, the read audited (``checks.disclosed_fields``), as for a policy's 困难类别.

Also the patterns of the pieces ``parser._hukou`` reads itself (moved here to keep the parser short).
Tested in ``tests/test_rules_followup_forms.py``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from features.place_inference import infer_location
from features.policies import parse_hardship_requirement
from matching.rules.conditions import HardshipCond

#: One piece of a hukou cell: places (split by ``patterns.split_places``), the hukou word,
#: 生源 accepted (金华市生源或户籍, 海盐户籍或生源) and an alternative for graduates of local
#: universities (湖北省户籍或湖北省内高校毕业生), kept as an exception.
HUKOU_PIECE = re.compile(
    r"^(?:仅限|限|具有|须为|需为)?(?P<places>[\u4e00-\u9fff][\u4e00-\u9fff、]{1,40}?)(?:内)?(?:生源或|生源、)?"
    r"(?:常住户口|常住户籍|户籍|户口|籍|生源地?)?(?:或生源地?|或户籍|或户口|\(生源\)|或(?P=places)(?:生源|户籍))?(?:人员)?"
    r"(?:或(?:者)?(?P<alt>(?:就读于?)?[\u4e00-\u9fff]{2,10}?(?:高校|院校)(?:毕业生)?))?(?:报考)?$"
)
HUKOU_ALT_PIECE = re.compile(r"^或(?:者)?(?P<alt>(?:就读于?)?[\u4e00-\u9fff]{2,12}?(?:高校|院校)(?:毕业生)?)$")
HUKOU_TAIL = re.compile(
    r"^(?:仅限|限|具有)?(?P<places>[\u4e00-\u9fff]{2,12}?)(?:常住户口|户籍|户口|籍|生源)(?P<tail>.*(?:不限|详见|见备注).*)$"
)
#: A place, its way in, then who (「北京生源应届毕业生」「河南省户籍毕业生」): the place is the
#: requirement (not an exception lifting it); 应届/往届 is read after it as a clause of its own.
HUKOU_WHO = re.compile(
    r"^(?:仅限|限|须为|需为)?(?P<places>[\u4e00-\u9fff][\u4e00-\u9fff、]{1,20}?)(?:常住户口|常住户籍|户籍|户口|生源)"
    r"(?:或生源|或户籍)?(?P<who>(?:20\d\d年?届?)?(?:应届|往届)?(?:高校)?毕业生)$"
)
#: 「京外生源」「非北京生源」 (gkld 生源地, 京外 alone there too): a 生源地 outside Beijing, the one
#: place the tables write so.
HUKOU_OUTSIDE = re.compile(r"^(?:仅限|限)?(?:京外|非北京市?)(?:生源地?)?(?:应届)?(?:毕业生|人员|考生)?$")
#: 「京内」「京内生源」 (gkld 生源地): Beijing, written as the counterpart of 京外.
HUKOU_INSIDE_BEIJING = re.compile(r"^(?:仅限|限)?京内(?:生源地?)?(?:\(北京市?(?:居民)?常住户口\))?$")  # 京内(北京市居民常住户口)
HUKOU_EXCEPTION = re.compile(r"详见备注|见备注|不限户籍|户籍不限|不限")
HUKOU_BAD = re.compile(r"不|非|除|年|应届|入伍|高校|院校|具有|资格|的|户籍|户口|人员|成员|但|需|须|工作|长期|当地|服务|承诺")
#: A piece that lifts the hukou limit of the whole cell (「户籍不限，但需长期在当地工作」): no
#: requirement, not an exception to one; what follows it is read as any other clause.
HUKOU_NONE = re.compile(r"^(?:(?:户籍|户口|生源|生源地|户籍地)(?:均)?不限|不限(?:户籍|户口|生源地?))$")
#: 「绍兴市区(越城区、柯桥区、上虞区)户籍」 (text folded: ASCII brackets).
_CITY_PROPER = re.compile(
    r"^(?:仅限|限)?(?P<city>[\u4e00-\u9fff]{2,6}?市)区\((?P<districts>[\u4e00-\u9fff]{2,8}?[区县市]"
    r"(?:、[\u4e00-\u9fff]{2,8}?[区县市])*)\)(?P<way>常住户口|户籍|户口)?(?:人员)?$")
#: 「咸丰县户籍建档立卡贫困户家庭成员」: a place, 户籍, then a hardship status.
_PLACE_AND_STATUS = re.compile(
    r"^(?:仅限|限)?(?P<place>[\u4e00-\u9fff]{2,12}?)(?:常住户口|户籍|户口)(?:的)?"
    r"(?P<status>(?:建档立卡|脱贫|低保|特困|贫困|低收入)[\u4e00-\u9fff]{0,12})$")


@dataclass(frozen=True, slots=True)
class HukouForm:
    places: tuple[str, ...]
    seats: tuple[str, ...] = ()  # each place within its city (as ``HukouCond.seats``); () for the engine to seat
    hardship: HardshipCond | None = None
    status_start: int = 0  # where the hardship status starts in the piece
    label: str | None = None  # the table's name for the places (「绍兴市区（越城区、柯桥区、上虞区）」: ``HukouCond.label``)


def read_hukou_form(piece: str) -> HukouForm | None:
    """One of the shapes above in a folded hukou piece, or ``None``."""
    if m := _CITY_PROPER.match(piece):
        districts = tuple(m.group("districts").split("、"))
        found = [infer_location(m.group("city") + district) for district in districts]
        seats = tuple(f.place if f is not None and f.place.endswith(d) else m.group("city") + d
                      for f, d in zip(found, districts))
        label = f"{m.group('city')}区（{'、'.join(districts)}）"  # as the table says it, not 越城区、柯桥区、上虞区 alone
        return HukouForm(places=districts, seats=seats, label=label)
    if m := _PLACE_AND_STATUS.match(piece):
        try:
            requirement = parse_hardship_requirement(m.group("status"))
        except ValueError:
            return None
        if requirement is None or not requirement.categories or requirement.alternatives:
            return None
        return HukouForm(places=(m.group("place"),), hardship=HardshipCond(requirement, subject="岗位"),
                         status_start=m.start("status"))
    return None
