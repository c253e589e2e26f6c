"""A wish for a level of place (「想去县城当老师」「回县里工作」「想去乡镇」) and the level a post lies at.

Such a wish names no place: ``features.intentions.extract_places`` reads nothing from it, and a city
office ranked as if the wish were met or never said (2026-12-07 graduate review on the Henan table).
Two levels are read: 县城 (a county or a county-level city: 社旗县, 邓州市, one the province runs directly,
济源市 石河子市 仙桃市, or an employer that is a county's unit, 「桐柏县国库支付中心」; not a city's district, 金水区, which is the city a 县城 wish turns from) and 乡镇 (a township's unit, 「孟庄镇人民政府」
「某某乡卫生院」). A township's post meets a 乡镇 wish, not a 县城 one: the county town is where the
county's own offices are. 基层 is not read as a level: the project reads it as 基层项目 (an employer type).

A level can be refused too (「不去县城」「不想去乡镇」「不下乡」「不去农村」, in the intention or 意向地点):
``refused_place_levels``; such words are never read as a wish.
"""

from __future__ import annotations

import functools
import re

from features.data.places import PROVINCE_DIRECT_COUNTIES, XINJIANG_DIRECT_CITIES
from features.intention_rejections import refusals, rejected_spans

COUNTY = "县城"
TOWNSHIP = "乡镇"

#: The words of a level wish; 县 alone is not one (「县医院」 names a kind of employer, 「河南兰考县」 a place).
#: 农村 and 下乡 are the township level too (「愿意下乡」「不去农村」), not in a bank's, a subject's or a county
#: bureau's name (农村信用社, 农村经济, 农业农村局).
_WISH_WORDS = re.compile(r"(?P<county>县城|县级|区县|县区|县里|县上|县域|县一级|回县)"
                         r"|(?P<township>乡镇|镇上|乡下|乡村|下乡|(?<!农业)农村(?!信用|商业|合作|经济|电商|金融|商行|发展|区域|农业))")
#: A township word inside an organ's name is no level (「想去乡村振兴局」「农村工作办公室」: county and city organs, read
#: as 乡镇 from 乡村/农村 before). A township has no 局 or 厅, so a name of 乡镇/镇上 ending so is none; 乡村/农村 open a
#: policy's name (乡村振兴, 农村工作), so a 委 after them is an organ too, not 党委/纪委/村委 (「乡镇党委」「农村村委会」 are
#: the township's), and so is a 中心, 所, 站 or 办 after the policy's word (乡村振兴服务中心, 农村工作办公室); without it
#: such a unit is the village's or the township's own (「农村卫生所」「乡村卫生站」「农村中心校」), and 「回农村办厂」 no organ.
_ORGAN_CHARS = r"[^\W\d_的在去到和或与及]"
_ORGAN_AFTER = re.compile(rf"{_ORGAN_CHARS}{{0,8}}?(?:局|厅)")
_POLICY_ORGAN_AFTER = re.compile(rf"{_ORGAN_CHARS}{{0,8}}?(?:局|厅|(?<![党纪村])委)"
                                 rf"|(?:振兴|工作){_ORGAN_CHARS}{{0,6}}?(?:中心|所(?!以|有|在)|站|办(?!法|理|事|厂))")
#: Refusals the rejection reader does not take, its 不 wanting a verb it lists (不去, 不想 …): 「不下乡」
#: 「不回县城」「不到乡镇」「不留在县里」.
_BARE_REFUSAL = re.compile(r"不(?:下乡|(?:回|到|下|留在?|待在?|呆在?)(?:县城|县里|县上|乡镇|镇上|乡下|乡村|农村))")

#: A county or county-level city after its prefecture in a place text (「河南省南阳市社旗县」「郑州市新密市」);
#: after 省 the 市 is the prefecture itself (「河南省郑州市」 is no county); a district (「郑州市金水区」) is the city.
#: A county-level city's own name may hold 州 (「平顶山市汝州市」「安阳市林州市」「南阳市邓州市」): it is 县城 as 巩义市 is,
#: so 「不去县里」 refuses both.
_COUNTY_IN_PLACE = re.compile(r"(?:市|州|地区|盟)(?P<name>[^市省县区\W\d]{1,9}?(?:自治县|县|旗(?!县)|市))(?![区])")
#: County-level places a province or region runs directly (省直辖县级行政区划): 济源市 (Henan), the 兵团 cities
#: (石河子市 … 白杨市, codes 659xxx), 仙桃市, 神农架林区, Hainan's counties. No prefecture stands before their
#: name (「河南省济源市」「新疆维吾尔自治区石河子市」), so ``_COUNTY_IN_PLACE`` misses them, yet each is a county-level
#: place: its post is 县城 (see ``post_place_level``). Read heading the place text (or the employer's name: 「石河子市
#:第一中学」) or right after the province; 「新星市场」 is a market, 「东方市政建设有限公司」 a 市政 company (天门市政府 is 天门).
_DIRECT_COUNTY_NAMES = ("济源市", *XINJIANG_DIRECT_CITIES, *(c for cs in PROVINCE_DIRECT_COUNTIES.values() for c in cs))
_DIRECT_COUNTY_IN_PLACE = re.compile(r"^(?:[\u4e00-\u9fff]{2,8}?(?:省|自治区)|新疆|河南|湖北|海南)?"
                                     rf"(?P<name>{'|'.join(_DIRECT_COUNTY_NAMES)})(?!场|政(?!府))")
#: An employer that is a county's own unit (「桐柏县国库支付中心」「中共舞阳县委组织部」).
_COUNTY_EMPLOYER = re.compile(r"^(?:中共)?(?P<name>[\u4e00-\u9fff]{1,5}?县)")
#: A township's unit (「新郑市孟庄镇人民政府」「唐河县古城乡人民政府」「伊川县酒后镇市场监督管理所」「新蔡县司法局顿岗乡司法所」):
#: a town's name right after its county, city, district or the county bureau the unit belongs to (or opening the
#: employer), directly followed by a unit's word. The name may hold 城, 县, 市, 乡 or 镇 (古城乡, 故县镇, 诸市镇, 三乡镇,
#: 盐镇镇); 城乡 alone is no town (「住房和城乡建设局」「城乡一体化示范区」「统筹城乡发展实验区」), nor a 街道 (「滑县道口镇
#: 街道办事处」「兰考县桐乡街道办事处」 lie in the county town), and words of a bank or a subject (农村信用社) end in no 乡 or 镇.
_TOWNSHIP_WORDS = ("人民政府|政府|党委|党政|卫生院|中心学校|中心校|中学|小学|幼儿园|便民服务中心|综合|财政所|"
                   "市场监督管理所|市场监管所|司法所|派出所|自然资源所|国土资源所|规划所|林业站|农业服务中心|"
                   "社会保障|退役军人服务站|纪委|人大|武装部")
_TOWNSHIP_ANCHORS = "县市区旗局"
_TOWNSHIP_UNIT = re.compile(rf"(?<=[{_TOWNSHIP_ANCHORS}])(?![县市区旗]|城乡)(?P<name>[^\W\d_A-Za-z]{{1,9}}?[镇乡])"
                            rf"(?={_TOWNSHIP_WORDS})")
#: The same opening the employer (「孟庄镇人民政府」), its name holding no county's word (「杞县城郊乡」 is 城郊乡).
_TOWNSHIP_OPENING = re.compile(r"^(?!城乡)(?P<name>[^市县区旗镇乡\W\d_A-Za-z]{1,9}?[镇乡])"
                               rf"(?={_TOWNSHIP_WORDS})")


def _township(text: str) -> str | None:
    """The town a township's unit names, read after the last county, city or district before it: the first
    anchor of 「三门峡市陕州区原店镇」 would read 陕州区原店镇, while a town's own 县 or 市 (故县镇, 诸市镇) stays in it."""
    anchors = [0, *(i + 1 for i, c in enumerate(text) if c in _TOWNSHIP_ANCHORS)]
    found = [m for i in anchors if (m := (_TOWNSHIP_UNIT if i else _TOWNSHIP_OPENING).match(text, i))]
    return min(found, key=lambda m: (m.end(), -m.start())).group("name") if found else None


@functools.lru_cache(maxsize=50_000)
def wished_place_levels(text: str | None) -> tuple[str, ...]:
    """The levels of place a wish names (「想去县城当老师」 → 县城, 「乡镇也可以」 → 乡镇), none a rejection
    covers (「不想去乡镇」)."""
    if not text:
        return ()
    return _levels_in(text, rejected_spans(text) + _bare_refusals(text), inside=False)


@functools.lru_cache(maxsize=50_000)
def refused_place_levels(text: str | None) -> tuple[str, ...]:
    """The levels of place a refusal names (「不去县城」 → 县城, 「不想去乡镇」「不下乡」「不去农村」 → 乡镇), as a
    refused place (「不去南疆」) counts against posts there. A refused 县城 refuses 乡镇 too (a township lies
    below its county town, and 「不去县城」 turns to the city), unless the text wishes for 乡镇 (「不去县城，乡镇可以」).
    Not a look-alike of a refusal (「不想离开县城」: ``features.intention_rejections.refusals``)."""
    if not text:
        return ()
    refused = _levels_in(text, refusals(text) + _bare_refusals(text), inside=True)
    if COUNTY in refused and TOWNSHIP not in refused and TOWNSHIP not in wished_place_levels(text):
        refused += (TOWNSHIP,)
    return refused


def _bare_refusals(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _BARE_REFUSAL.finditer(text)]


def _levels_in(text: str, spans: list[tuple[int, int]], *, inside: bool) -> tuple[str, ...]:
    """The levels whose words lie inside (or, ``inside=False``, outside) every one of ``spans``."""
    found = [COUNTY if m.group("county") else TOWNSHIP for m in _WISH_WORDS.finditer(text)
             if any(a <= m.start() < b for a, b in spans) == inside and not _in_organ_name(m, text)]
    return tuple(dict.fromkeys(found))


def _in_organ_name(word: re.Match, text: str) -> bool:
    """True for a township word that opens an organ's name (``_ORGAN_AFTER``: 乡村振兴局)."""
    if not word.group("township"):
        return False
    after = _POLICY_ORGAN_AFTER if word.group("township") in ("乡村", "农村") else _ORGAN_AFTER
    return after.match(text, word.end()) is not None


def post_place_level(place: str | None, employer: str | None) -> tuple[str, str] | None:
    """(level, the place named) of a post: a township's unit (乡镇, 孟庄镇), else a county-level place
    in its place text or employer (县城, 社旗县); ``None`` at a prefecture or province (洛阳市, 河南省).

    A county-level place the province runs directly is 县城 too (济源市, 石河子市, 仙桃市): the 兵团 cities are
    county-level cities; 济源 is one by rank and size (about 73万 people, fewer than 邓州 or 汝州, which are
    县城 here as Henan's other 省直管 places are), though its offices hold a prefecture's powers and Henan's
    tables list it beside the 省辖市 (「各省辖市和济源示范区」). A graduate who says 「想回县城」 asks for a
    county-sized town near home, not for a county's administration, so 济源 meets it, and 「不去县城」, which
    turns to the big cities, refuses it; its towns (「济源市坡头镇人民政府」) are 乡镇 as any township is."""
    for text in (employer, place):
        if text and (town := _township(text)):
            return TOWNSHIP, town
    if place and (county := _COUNTY_IN_PLACE.search(place) or _DIRECT_COUNTY_IN_PLACE.match(place)):
        return COUNTY, county.group("name")
    if employer and (county := _COUNTY_EMPLOYER.match(employer) or _DIRECT_COUNTY_IN_PLACE.match(employer)):
        return COUNTY, county.group("name")
    return None
