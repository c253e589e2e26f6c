"""Synthetic Xinjiang graduates for ``generate.py`` (``generate_graduates``, ``GRADUATE_COLUMNS``):
names, 身份证号, schools, wishes and hardship, each drawn from seeded ``random.Random`` streams.

Imported through ``generate.py``, which puts this folder and the repository root on ``sys.path``
(the ID numbers' check digit is the importers' own, ``service.id_numbers``).
"""

from __future__ import annotations

import datetime as dt
import random

from draws import GRADUATION_YEAR, pick as _pick
from service.id_numbers import check_char
from xj_fields import FIELDS, INTENT_CATEGORIES, MAJOR_PHRASES
from xj_people import (
    ETHNICITIES, HAN_GIVEN_F, HAN_GIVEN_M, HAN_SURNAMES, HARDSHIPS, HUI_SURNAMES, ID_PREFIX, KAZAKH_F, KAZAKH_FATHER,
    KAZAKH_M, KIRGIZ, MONGOL, POLITICAL, REGIONS, SCHOOLS, UYGHUR_F, UYGHUR_FATHER, UYGHUR_M,
)

GRADUATE_COLUMNS = ("学号", "姓名", "性别", "民族", "出生日期", "身份证号", "政治面貌", "户籍", "生源地", "学校", "专业",
                    "学历", "学位", "毕业年份", "就业意向", "意向地点", "意向类别", "期望薪资", "困难类别", "助学贷款")


def _name(rng: random.Random, ethnicity: str, female: bool) -> str:
    if ethnicity == "维吾尔族":
        return rng.choice(UYGHUR_F if female else UYGHUR_M) + "·" + rng.choice(UYGHUR_FATHER)
    if ethnicity == "哈萨克族":
        return rng.choice(KAZAKH_F if female else KAZAKH_M) + "·" + rng.choice(KAZAKH_FATHER)
    if ethnicity == "柯尔克孜族":
        return rng.choice(KIRGIZ) + "·" + rng.choice(UYGHUR_FATHER)
    if ethnicity == "蒙古族" and rng.random() < 0.6:
        return rng.choice(MONGOL)
    surname = rng.choice(HUI_SURNAMES if ethnicity == "回族" else HAN_SURNAMES)
    return surname + rng.choice(HAN_GIVEN_F if female else HAN_GIVEN_M)


def _fake_id_number(rng: random.Random, region: str, birth: dt.date, female: bool, taken: set[str]) -> str:
    """A 身份证号 shaped like a Xinjiang one, with a correct check digit (the importers verify it),
    that no real graduate can hold: its sequence code is one of 996-999, which the issuing offices
    keep for people aged 100 or more, while every sample graduate was born after 1997. Of the two
    codes of the graduate's sex the other is taken when the drawn one is in ``taken`` (another graduate
    of the same place, day and sex); past two such (only in large generated sets) the county part of
    the area code moves on (…01, …02), so that no two graduates share a number: the importers refuse
    a second graduate with one (``service.id_number_clashes``)."""
    first, second = (996, 998) if female else (997, 999)
    drawn = rng.randint(0, 49) % 2
    rng.randint(0, 9)  # the draw that once chose a wrong check digit: kept, so every later column stays
    codes = (first, second) if drawn == 0 else (second, first)
    prefix = ID_PREFIX[region]
    areas = [prefix] + [prefix[:4] + f"{k:02d}" for k in range(1, 100) if f"{k:02d}" != prefix[4:]]
    number = next(n for area in areas for code in codes
                  if (n := (body := area + birth.strftime("%Y%m%d") + str(code)) + check_char(body)) not in taken)
    taken.add(number)
    return number


def _level(rng: random.Random, field: str) -> str:
    _, _, zk, yjs, _ = FIELDS[field]
    r = rng.random()
    if zk and r < 0.27:
        return "大专"
    if yjs and r > 0.92:
        return "硕士研究生"
    return "本科"


def _school(rng: random.Random, level: str, field: str) -> str:
    key = "硕士" if level == "硕士研究生" else level
    fits = [s for s, levels, fields in SCHOOLS if key in levels and field in fields]
    if not fits:
        fits = [s for s, levels, _ in SCHOOLS if key in levels]
    return rng.choice(fits)


def _intended_places(rng, home: str) -> str:
    r = rng.random()
    if r < 0.45:
        return home if home == "乌鲁木齐" or rng.random() < 0.5 else f"{home}、乌鲁木齐"
    if r < 0.7:
        return rng.choice(("乌鲁木齐", "乌鲁木齐、昌吉", "乌鲁木齐、石河子"))
    if r < 0.85:
        return "不限"
    return "、".join(rng.sample([x[0] for x in REGIONS], k=2))


def _intended_categories(rng, level: str, field: str) -> str:
    weights = {"企业": 4, "国有企业": 4, "机关事业单位": 5, "基层服务项目": 2, "科研助理": 1, "实习见习": 1}
    if level == "硕士研究生":
        weights["科研助理"] = 4
    if field in ("education", "medicine", "law"):
        weights["机关事业单位"] = 9
    if level == "大专":
        weights["基层服务项目"] = 4
        weights["实习见习"] = 3
    if rng.random() < 0.1:
        return "不限"
    chosen = []
    for _ in range(rng.choice((1, 1, 2, 2, 3))):
        c = _pick(rng, [(k, weights[k]) for k in INTENT_CATEGORIES if k not in chosen])
        chosen.append(c)
    return "、".join(chosen)


def _salary_wish(rng, level: str) -> str:
    base = {"大专": 3500, "本科": 4500, "硕士研究生": 6500}[level] + rng.randint(0, 4) * 500
    return rng.choice((f"{base}-{base + 2000}", f"{base}以上", f"{base}元/月", "面议", f"{base // 1000}K-{base // 1000 + 2}K"))


#: How a sheet writes a 低收入家庭 graduate's status: often the narrower group (低保, 特困).
LOW_INCOME_WORDINGS = (("低收入家庭", 4), ("低保户", 3), ("城乡低保", 2), ("特困供养", 1))


def _aid(aid: random.Random, hardship: str) -> tuple[str, str]:
    """The 困难类别 as a sheet words it and the 助学贷款 cell, drawn from their own generator
    (two draws a graduate) so that every other column stays what it was before they existed."""
    wording, loan_draw = _pick(aid, LOW_INCOME_WORDINGS), aid.random()
    if "低收入家庭" in hardship:
        hardship = hardship.replace("低收入家庭", wording)
    # About one in five students borrow (国家助学贷款); most of those with a hardship category.
    return hardship, "是" if loan_draw < (0.6 if hardship != "无" else 0.15) else "否"


#: Where a graduate whose 户籍 moved to Xinjiang (with a parent's work, 兵团 settlement) was registered
#: when admitted; the others' 生源地 is their 户籍 place. Own random stream: the other columns stay.
ORIGINS_ELSEWHERE = ("甘肃省天水市", "河南省周口市", "四川省南充市", "陕西省渭南市")


def _origin(rng: random.Random, hukou: str) -> str:
    return rng.choice(ORIGINS_ELSEWHERE) if rng.random() < 0.08 else hukou


def _graduate(rng: random.Random, index: int, aid: random.Random, origins: random.Random, taken: set[str]) -> dict:
    field = _pick(rng, [(f, v[0]) for f, v in FIELDS.items()])
    _, bk, zk, yjs, phrases = FIELDS[field]
    level = _level(rng, field)
    major = {"大专": lambda: rng.choice(zk), "本科": lambda: rng.choice(bk),
             "硕士研究生": lambda: rng.choice(yjs)[0]}[level]()
    school = _school(rng, level, field)
    female = rng.random() < (0.75 if field in ("education", "medicine") else 0.3 if field in ("petro", "mech", "energy") else 0.5)
    ethnicity = _pick(rng, ETHNICITIES)
    region, prefecture, localities, _ = _pick(rng, [(r, r[3]) for r in REGIONS])
    locality = rng.choice(localities)
    oldest = {"大专": 2003, "本科": 2002, "硕士研究生": 1998}[level]
    birth = dt.date(oldest, 1, 1) + dt.timedelta(days=rng.randint(0, 3 * 365))
    hardship = "无"
    if rng.random() < 0.15:
        hardship = _pick(rng, HARDSHIPS)
        if "少数民族" in hardship and ethnicity == "汉族":
            hardship = "低收入家庭"
    hardship, loan = _aid(aid, hardship)
    places = _intended_places(rng, region)
    own = MAJOR_PHRASES.get(major)
    phrase = rng.choice(own) if own and rng.random() < 0.7 else rng.choice(phrases).format(major=major)
    intention = rng.choice((f"{major}专业，", "", "")) + phrase
    if places != "不限":
        where = places.replace("、", "或")
        intention += rng.choice((f"，希望在{where}工作", f"，意向工作地{where}", f"，最好留在{where}"))
    elif rng.random() < 0.5:
        intention += rng.choice(("，工作地点不限", "，服从安排，愿意去基层"))
    enrol = GRADUATION_YEAR - {"大专": 3, "本科": 4, "硕士研究生": 3}[level]
    return {
        "学号": f"{enrol}{[s[0] for s in SCHOOLS].index(school):02d}{index:06d}",
        "姓名": _name(rng, ethnicity, female),
        "性别": "女" if female else "男",
        "民族": ethnicity,
        "出生日期": birth.isoformat(),
        "身份证号": _fake_id_number(rng, region, birth, female, taken),
        "政治面貌": _pick(rng, POLITICAL),
        "户籍": (hukou := "新疆" + ("石河子市" if region == "石河子" else prefecture + locality)),
        "生源地": _origin(origins, hukou),
        "学校": school,
        "专业": major,
        "学历": level,
        "学位": {"大专": "无", "本科": "学士", "硕士研究生": "硕士"}[level],
        "毕业年份": GRADUATION_YEAR,
        "就业意向": intention,
        "意向地点": places,
        "意向类别": _intended_categories(rng, level, field),
        "期望薪资": _salary_wish(rng, level),
        "困难类别": hardship,
        "助学贷款": loan,
    }


def generate_graduates(n: int, *, seed: int) -> list[dict]:
    """``n`` synthetic graduates keyed by Chinese headers (see ``GRADUATE_COLUMNS``)."""
    rng, aid = random.Random(f"graduates-{seed}"), random.Random(f"graduates-aid-{seed}")
    origins = random.Random(f"graduates-origin-{seed}")
    taken: set[str] = set()  # the ID numbers given so far (see ``_fake_id_number``)
    return [_graduate(rng, i + 1, aid, origins, taken) for i in range(n)]
