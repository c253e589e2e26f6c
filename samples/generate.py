"""Deterministic generator of the synthetic Xinjiang sample data (jobs and graduates).

    python samples/generate.py [--jobs 400 --graduates 300 --seed 2026 --out samples]

Writes jobs.xlsx (title row, note row, then the header, as official tables are laid out),
jobs.json and graduates.csv (UTF-8 with BOM). Rows are keyed by the Chinese column headers
a bureau spreadsheet uses. The same arguments always give the same bytes: every random
draw comes from one seeded ``random.Random`` and the xlsx zip gets fixed timestamps.
No network, no files outside this repository (the major codes come from features/data).
The posts are drawn here, the graduates in ``graduate_rows.py``; what both use in ``draws.py``.
"""

from __future__ import annotations

import argparse
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

from draws import GRADUATION_YEAR, pick as _pick  # noqa: E402
from graduate_rows import GRADUATE_COLUMNS, generate_graduates  # noqa: E402,F401  (both: this module's API)
from xj_fields import FIELDS  # noqa: E402
from xj_jobs import ARCHETYPES, EMPLOYERS_BY_TITLE  # noqa: E402
from writers import write_csv, write_json, write_table_xlsx  # noqa: E402
from xj_people import BRANDS, INDUSTRY_REGIONS, REGIONS, TOWNSHIPS  # noqa: E402

HERE = Path(__file__).resolve().parent
CATALOG_PATH = HERE.parent / "features" / "data" / "undergrad_majors_2026.json"

JOB_COLUMNS = ("岗位编号", "职位名称", "用人单位", "单位性质", "职位类别", "行业", "工作地点", "学历要求",
               "学位要求", "专业要求", "招聘人数", "薪酬待遇", "职位描述", "其他要求")
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
