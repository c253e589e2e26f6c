"""Deterministic generator of the synthetic Xinjiang sample data (jobs and graduates).

    python samples/generate.py [--jobs 400 --graduates 300 --seed 2026 --out samples]

Writes jobs.xlsx (title row, note row, then the header, as official tables are laid out),
jobs.json and graduates.csv (UTF-8 with BOM). Rows are keyed by the Chinese column headers
a bureau spreadsheet uses. The same arguments always give the same bytes: every random
draw comes from one seeded ``random.Random`` and the xlsx zip gets fixed timestamps.
No network, no files outside this repository (the major codes come from features/data).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
from functools import lru_cache
from pathlib import Path

# samples/ is a folder of scripts, not an installed package: make its vocabulary modules
# importable whether this file runs as a script or is loaded by path (tests, benchmarks).
# The repository root too: the ID numbers' check digit is the importers' own (``service.id_numbers``).
for _folder in (Path(__file__).resolve().parent, Path(__file__).resolve().parent.parent):
    if str(_folder) not in sys.path:
        sys.path.insert(0, str(_folder))

from xj_fields import FIELDS, INTENT_CATEGORIES, MAJOR_PHRASES  # noqa: E402
from xj_jobs import ARCHETYPES, EMPLOYERS_BY_TITLE  # noqa: E402
from writers import write_csv, write_json, write_table_xlsx  # noqa: E402
from service.id_numbers import check_char  # noqa: E402
from xj_people import (  # noqa: E402
    BRANDS, ETHNICITIES, HAN_GIVEN_F, HAN_GIVEN_M, HAN_SURNAMES, HARDSHIPS,
                       HUI_SURNAMES, ID_PREFIX, INDUSTRY_REGIONS, KAZAKH_F, KAZAKH_FATHER, KAZAKH_M,
                       KIRGIZ, MONGOL, POLITICAL, REGIONS, SCHOOLS, TOWNSHIPS, UYGHUR_F, UYGHUR_FATHER,
                       UYGHUR_M)

HERE = Path(__file__).resolve().parent
CATALOG_PATH = HERE.parent / "features" / "data" / "undergrad_majors_2026.json"

JOB_COLUMNS = ("岗位编号", "职位名称", "用人单位", "单位性质", "职位类别", "行业", "工作地点", "学历要求",
               "学位要求", "专业要求", "招聘人数", "薪酬待遇", "职位描述", "其他要求")
GRADUATE_COLUMNS = ("学号", "姓名", "性别", "民族", "出生日期", "身份证号", "政治面貌", "户籍", "生源地", "学校", "专业",
                    "学历", "学位", "毕业年份", "就业意向", "意向地点", "意向类别", "期望薪资", "困难类别", "助学贷款")
GRADUATION_YEAR = 2026
# No year in the title: the importer reads a title row as the posts' announcement and a year in
# it as their season (「2026届…」 would make every sample post 待核实 in 2027 and closed from 2028).
TITLE = "高校毕业生岗位信息汇总表（新疆）"
NOTE = ("说明：1.学历要求中“及以上”含本级；2.专业要求括号内为专业代码，以代码为准；3.薪酬待遇为税前月薪；"
        "4.本表为campus-jobmatch合成示例数据，单位与岗位均为虚构。")

EXTRA_SENTENCES = {
    "民营企业": ("公司缴纳五险一金，提供员工宿舍和工作餐。", "表现优秀者可申请人才公寓。", "入职后安排岗前培训和师带徒。"),
    "国有企业": ("享受企业年金和补充医疗保险。", "入职后安排基层一线轮岗锻炼。"),
    "机关": ("入职后按规定办理录用手续。",),
    "事业单位": ("聘用后按事业单位人员管理规定执行试用期。", "享受艰苦边远地区津贴。"),
    "基层服务项目": ("服务期间享受生活补贴和社会保险。", "服务期满考核合格的，可按规定享受定向招聘等政策。"),
    "科研助理": ("聘期内缴纳社会保险，可按规定转递档案。",),
    "实习见习": ("见习期间发放见习补贴并购买人身意外伤害保险。",),
}
PUBLIC_PAY = {"机关": ("按公务员工资标准执行",), "事业单位": ("按事业单位工资标准执行", "按国家相关规定执行")}


@lru_cache(maxsize=1)
def major_codes() -> dict[str, tuple[str, str, str]]:
    """本科 major name -> (code as printed, e.g. 120203K; class code; class name)."""
    rows = json.loads(CATALOG_PATH.read_text(encoding="utf-8"))
    return {r["name"]: (r["code"], r["code"][:4], r["className"]) for r in rows}


def _pick(rng: random.Random, pairs):
    """Weighted choice from ``(value, weight)`` pairs."""
    values, weights = zip(*pairs)
    return rng.choices(values, weights=weights, k=1)[0]


# Bigrams shared by unrelated major names (思想政治教育 / 学前教育); they do not show a fit.
_GENERIC_BIGRAMS = frozenset({"教育", "工程", "管理", "技术", "科学", "学与", "与技", "与工", "程与", "学科",
                              "科教", "教学", "与管", "应用", "用数", "数学与"})


def _bigrams(text: str) -> set[str]:
    return {text[i:i + 2] for i in range(len(text) - 1)} - _GENERIC_BIGRAMS


# ---------------------------------------------------------------------------------- jobs


def _place(rng: random.Random, group: str | None):
    regions = REGIONS
    if group is not None and rng.random() < 0.85:
        names = INDUSTRY_REGIONS[group]
        regions = tuple(r for r in REGIONS if r[0] in names)
    short, prefecture, localities, _ = _pick(rng, [(r, r[3]) for r in regions])
    return short, prefecture, rng.choice(localities)


def _location_text(rng, short, prefecture, locality) -> str:
    if short == "石河子":
        return "石河子市"
    if rng.random() < 0.1:
        return prefecture
    return prefecture + locality


def _salary_text(rng: random.Random, kind: str, base) -> str:
    if base is None:
        if rng.random() < 0.7:
            return rng.choice(PUBLIC_PAY[kind])
        base = (4000, 6500)
    lo = int(round(base[0] * rng.uniform(0.85, 1.15) / 500) * 500)
    hi = lo + int(round((base[1] - base[0]) * rng.uniform(0.6, 1.2) / 500) * 500 or 500)
    r = rng.random()
    if kind == "实习见习":
        return rng.choice((f"见习补贴{lo}元/月", f"{lo}-{hi}元/月"))
    if r < 0.5:
        return f"{lo}-{hi}元/月"
    if r < 0.72:
        return f"{lo / 1000:g}-{hi / 1000:g}K"
    if r < 0.86:
        return "面议"
    if r < 0.94:
        return f"{lo}元/月以上"
    return f"年薪{lo * 12 // 10000}-{hi * 13 // 10000}万"


def _graduate_part(rng, field, title, majors) -> str | None:
    """A 研究生 list for the post, when the field has a master's programme that fits it."""
    if field is None:
        return None
    grams = _bigrams(title) | set().union(*(_bigrams(m) for m in majors))
    fits = [(n, c) for n, c in FIELDS[field][3] if _bigrams(n) & grams]
    if not fits:
        return None
    chosen = rng.sample(fits, k=min(len(fits), rng.randint(1, 2)))
    return "，".join(f"{n}（{c}）" for n, c in chosen)


def _majors_text(rng: random.Random, style: str, field, title: str, majors, edu: str) -> str:
    codes = major_codes()
    if not majors:
        return "不限"
    chosen = rng.sample(majors, k=min(len(majors), rng.randint(1, 4)))
    names_only = "、".join(chosen)
    if edu.startswith("大专") and field is not None and FIELDS[field][2] and rng.random() < 0.5:
        # Posts open to 大专 graduates often list the 专科 names too.
        extra = rng.sample(FIELDS[field][2], k=min(2, len(FIELDS[field][2])))
        names_only = "、".join(dict.fromkeys(chosen + extra))
    r = rng.random()
    if style == "enterprise":
        if r < 0.35:
            return ""
        if r < 0.55:
            return "不限"
        return rng.choice((f"{names_only}等相关专业", f"{chosen[0]}相关专业", f"{names_only}专业优先"))
    if style == "open":
        if r < 0.6:
            return "不限"
        style = "names"
    if style == "names":
        if r < 0.75:
            return f"{names_only}等相关专业"
        if r < 0.9:
            return "不限"
    elif r > 0.92:
        return "不限"
    graduate = _graduate_part(rng, field, title, chosen)
    if edu.startswith("硕士") and graduate:
        return f"研究生：{graduate}"
    if r < 0.5 or style == "names":
        text = "本科：" + "，".join(f"{m}（{codes[m][0]}）" for m in chosen)
        if edu.startswith("大专") and field is not None and FIELDS[field][2]:
            text = "专科：" + "，".join(rng.sample(FIELDS[field][2], k=min(2, len(FIELDS[field][2])))) + "；" + text
        if graduate and rng.random() < 0.6:
            text += f"；研究生：{graduate}"
        return text
    if r < 0.75:
        classes = dict.fromkeys(f"{codes[m][2]}（{codes[m][1]}）" for m in chosen)
        return "，".join(classes)
    return names_only


def _degree_text(rng, archetype, edu: str) -> str:
    if edu.startswith("硕士"):
        return "硕士学位及以上"
    if edu.startswith("大专") or edu == "不限":
        return "不限"
    if archetype["degree"]:
        return _pick(rng, archetype["degree"])
    return _pick(rng, (("学士学位及以上", 3), ("与学历相对应的学位", 2), ("不限", 3)))


def _fill(template: str, rng, short, prefecture, locality) -> str:
    return template.format(R=short, P=prefecture, L=locality, B=rng.choice(BRANDS),
                           T=rng.choice(TOWNSHIPS), N=rng.choice("一二三四五六七八九"))


def _quotas(n: int, weights: list[float]) -> list[int]:
    """Split ``n`` in proportion to ``weights`` (largest remainder), so that even a small
    sample has every kind of post in its intended share instead of a lucky draw."""
    total = sum(weights)
    exact = [n * w / total for w in weights]
    counts = [int(x) for x in exact]
    by_remainder = sorted(range(len(weights)), key=lambda i: exact[i] - counts[i], reverse=True)
    for i in by_remainder[: n - sum(counts)]:
        counts[i] += 1
    return counts


def _job(rng: random.Random, index: int, archetype: dict) -> dict:
    title, majors, duties = rng.choice(archetype["variants"])
    kind = archetype["kind"]
    short, prefecture, locality = _place(rng, archetype["region"])
    templates = EMPLOYERS_BY_TITLE.get((kind, title), archetype["employers"])
    employer = _fill(rng.choice(templates), rng, short, prefecture, locality)
    edu = _pick(rng, archetype["edu"])
    # The main duty first, then one or two others in their written order.
    rest = sorted(rng.sample(range(1, len(duties)), k=min(len(duties) - 1, rng.randint(1, 2))))
    sentences = [duties[0]] + [duties[i] for i in rest]
    if rng.random() < 0.5 or len(sentences) < 2:
        sentences.append(rng.choice(EXTRA_SENTENCES[kind]))
    conds = rng.sample(archetype["conds"], k=rng.choice((0, 1, 1, 2, 2, 3)))
    if kind == "事业单位" and "教师" in title and "需取得教师资格证" not in conds:
        conds.append("需取得教师资格证")
    return {
        "岗位编号": f"XJ{GRADUATION_YEAR}{index:05d}",
        "职位名称": title,
        "用人单位": employer,
        "单位性质": kind,
        "职位类别": archetype["category"],
        "行业": archetype["industry"],
        "工作地点": _location_text(rng, short, prefecture, locality),
        "学历要求": edu,
        "学位要求": _degree_text(rng, archetype, edu),
        "专业要求": _majors_text(rng, archetype["style"], archetype["field"], title, list(majors), edu),
        "招聘人数": rng.randint(*archetype["headcount"]),
        "薪酬待遇": _salary_text(rng, kind, archetype["salary"]),
        "职位描述": "".join(sentences),
        "其他要求": "；".join(conds),
    }


def generate_jobs(n: int, *, seed: int) -> list[dict]:
    """``n`` synthetic posts keyed by Chinese headers (see ``JOB_COLUMNS``)."""
    rng = random.Random(f"jobs-{seed}")
    order = [a for a, k in zip(ARCHETYPES, _quotas(n, [a["weight"] for a in ARCHETYPES])) for _ in range(k)]
    rng.shuffle(order)
    return [_job(rng, i + 1, archetype) for i, archetype in enumerate(order)]


# ------------------------------------------------------------------------------ graduates


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
    of the same place, day and sex); past two such, numbers repeat (only in large generated sets)."""
    first, second = (996, 998) if female else (997, 999)
    drawn = rng.randint(0, 49) % 2
    rng.randint(0, 9)  # the draw that once chose a wrong check digit: kept, so every later column stays
    numbers = [(body := ID_PREFIX[region] + birth.strftime("%Y%m%d") + str(code)) + check_char(body)
               for code in ((first, second) if drawn == 0 else (second, first))]
    number = next((n for n in numbers if n not in taken), numbers[0])
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
    weight, bk, zk, yjs, phrases = FIELDS[field]
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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="生成新疆高校毕业生岗位匹配合成示例数据")
    parser.add_argument("--jobs", type=int, default=400, help="岗位数量（默认400）")
    parser.add_argument("--graduates", type=int, default=300, help="毕业生数量（默认300）")
    parser.add_argument("--seed", type=int, default=2026, help="随机种子（默认2026）")
    parser.add_argument("--out", type=Path, default=HERE, help="输出目录（默认samples/）")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    jobs = generate_jobs(args.jobs, seed=args.seed)
    graduates = generate_graduates(args.graduates, seed=args.seed)
    write_table_xlsx(jobs, args.out / "jobs.xlsx", JOB_COLUMNS, title=TITLE, note=NOTE)
    write_json(jobs, args.out / "jobs.json")
    write_csv(graduates, args.out / "graduates.csv", GRADUATE_COLUMNS)
    print(f"已生成 {len(jobs)} 个岗位、{len(graduates)} 名毕业生 → {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
