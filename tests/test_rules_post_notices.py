"""Henan 2026's police columns (体检标准, 是否进行体能测评) and 限主修专业报考: read by the importer and
shown to the graduate as notes with the post (符合, never a refusal or 待核实): 654 police posts, e.g. 30075031."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest

from features.education import Degree, EducationLevel
from features.records import Graduate, Job
from matching.rules import RulesEngine
from matching.verdict import Status
from service.importers import read_jobs

POLICE = (("其他要求", "限女性；限主修专业报考"), ("体检标准", "按照招录人民警察要求开展体检"), ("是否进行体能测评", "是"))
GENERAL = (("其他要求", "中共党员"), ("体检标准", "《公务员录用体检通用标准（试行）》"), ("是否进行体能测评", "否"))
HEADER = ["招录机关（单位）", "职位名称", "职位代码", "招录人数", "年龄要求", "学历要求", "学位要求", "专业",
          "工作经历要求", "其他要求", "体检标准", "是否进行体能测评", "备注"]  # fmt: skip


@pytest.fixture(scope="module")
def engine(catalog):
    return RulesEngine(catalog=catalog, reference_date=dt.date(2026, 1, 10))


def graduate(**fields) -> Graduate:
    fields = {"gender": "女", **fields}
    return Graduate(id="G1", education=EducationLevel.BACHELOR, degree=Degree.BACHELOR, graduation_year=2026, **fields)


def test_importer_keeps_the_police_columns(tmp_path: Path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["河南省2026年度统一考试录用公务员职位表"])
    sheet.append(HEADER)
    sheet.append(["某县公安局", "一级警长", "30075031", 1, "18周岁以上、30周岁以下", "大专及以上", "不限", "护理学",
                  "无要求", "限女性；限主修专业报考", "按照招录人民警察要求开展体检", "是", None])  # fmt: skip
    book.save(tmp_path / "henan.xlsx")
    result = read_jobs(tmp_path / "henan.xlsx")
    job = result.records[0]
    assert job.condition("体检标准") == "按照招录人民警察要求开展体检"
    assert job.condition("是否进行体能测评") == "是"
    assert not {"体检标准", "是否进行体能测评"} & set(result.ignored_columns)


def test_police_post_tells_the_graduate_of_fitness_test_and_medical_standard(engine):
    verdict = engine.check(graduate(), Job(id="30075031", title="一级警长", conditions=POLICE))
    assert verdict.status is Status.ELIGIBLE  # notes refuse nobody and ask nothing
    reasons = verdict.reasons(Status.ELIGIBLE)
    assert "体能测评提示：该岗位须参加体能测评（人民警察职位，测评项目和标准以招录公告为准）" in reasons
    assert "体检提示：该岗位体检标准为「按照招录人民警察要求开展体检」（非《公务员录用体检通用标准（试行）》），请查阅相应标准" in reasons
    assert "专业提示：岗位注明「限主修专业报考」，须以主修专业报考，辅修专业、第二学位专业不作为报考依据" in reasons


def test_fitness_test_without_police_standard_names_no_police(engine):
    verdict = engine.check(graduate(), Job(id="J1", title="科员", conditions=(("是否进行体能测评", "是"),)))
    assert verdict.reasons() == ("体能测评提示：该岗位须参加体能测评（测评项目和标准以招录公告为准）",)


def test_general_standard_and_no_fitness_test_say_nothing(engine):
    verdict = engine.check(graduate(political_status="中共党员"), Job(id="11001011", title="一级科员", conditions=GENERAL))
    assert verdict.status is Status.ELIGIBLE
    assert not any(r.startswith(("体能测评提示", "体检提示", "专业提示")) for r in verdict.reasons())


def test_main_major_note_is_shown_beside_a_refusal_not_instead(engine):
    verdict = engine.check(graduate(gender="男"), Job(id="J2", title="一级科员", conditions=(("其他要求", "限女性；限主修专业报考"),)))
    assert verdict.status is Status.NOT_ELIGIBLE
    assert verdict.reasons(Status.NOT_ELIGIBLE) == ("性别不符：岗位限女性",)
    assert any(r.startswith("专业提示：岗位注明「限主修专业报考」") for r in verdict.reasons(Status.ELIGIBLE))


# gkld 备注 clauses (real wordings): which major counts, and a fitness test said in free text.
HIGHEST_MAJOR = ("考生需以最高学历对应的专业报考", "考生需以最高学历对应专业报考", "以最高学历所学专业报考")


@pytest.mark.parametrize("text", HIGHEST_MAJOR)
def test_highest_degree_major_is_a_note_not_a_review(engine, text):
    master = Graduate(id="G2", education=EducationLevel.MASTER, degree=Degree.MASTER, graduation_year=2026, gender="男")
    verdict = engine.check(master, Job(id="J3", title="一级科员", conditions=(("cond:备注", f"{text}。"),)))
    assert verdict.status is Status.ELIGIBLE  # the last two wordings were 专业细节待核实
    assert verdict.reasons() == (f"专业提示：岗位注明「{text}」，须以最高学历对应的专业报考"
                                 "（如硕士研究生以硕士阶段所学专业报考，本科专业与之不同的不能以本科专业报考）",)


# The other gkld wordings of it (2026-12-07): 「…（均以主修专业报考）」「最高学历对应专业需满足职位专业要求」 were
# 专业细节待核实, 「限以最高学历期间主修专业报考」 unparsed (待核实); real 备注 snippets, as cut by the parser.
@pytest.mark.parametrize(("cell", "text"), [
    ("本科及研究生阶段均有学历和学位；考生需以最高学历对应的专业报考（均以主修专业报考）。", "考生需以最高学历对应的专业报考（均以主修专业报考）"),
    ("1.如为民主党派成员，仅限民进会员；2.限以最高学历期间主修专业报考；3.本科及研究生阶段均具有学历和学位。", "限以最高学历期间主修专业报考"),
    ("本科、研究生阶段均取得学历学位；最高学历对应专业需满足职位专业要求。能适应经常性出差、加班。", "最高学历对应专业需满足职位专业要求"),
])  # fmt: skip
def test_other_highest_degree_major_wordings_are_the_same_note(engine, cell, text):
    master = Graduate(id="G3", education=EducationLevel.MASTER, degree=Degree.MASTER, graduation_year=2026, gender="男")
    verdict = engine.check(master, Job(id="J6", title="一级科员", conditions=(("cond:备注", cell),)))
    note = f"专业提示：岗位注明「{text}」，须以最高学历对应的专业报考（如硕士研究生以硕士阶段所学专业报考，本科专业与之不同的不能以本科专业报考）"
    assert note in verdict.reasons(Status.ELIGIBLE)
    # the cell's other clauses (各阶段学位, 民进) may still ask for review; this one never does
    assert not any(text in r for r in verdict.reasons(Status.NEEDS_REVIEW) + verdict.reasons(Status.NOT_ELIGIBLE))


@pytest.mark.parametrize("text", ["达到体检及体能测试标准", "行政执法职位专业能力测试：体能测试", "体能测评合格"])
def test_fitness_test_in_a_remark_is_a_note(engine, text):
    verdict = engine.check(graduate(), Job(id="J4", title="一级行政执法员", conditions=(("cond:备注", f"{text}。"),)))
    assert verdict.status is Status.ELIGIBLE
    assert verdict.reasons() == (f"体能测评提示：岗位注明「{text}」，须参加体能测评（测评项目和标准以招录公告为准）",)


def test_work_history_in_fitness_rehabilitation_is_no_fitness_test(engine):
    verdict = engine.check(graduate(), Job(id="J5", title="康复师", conditions=(("cond:备注", "有体能康复从业或实习经历"),)))
    assert not any(r.startswith("体能测评提示") for r in verdict.reasons())
