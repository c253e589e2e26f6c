"""A 司法警察 post that asks for 「符合人民警察录用的相关条件」 without naming its fitness test gets the 体能测评 note
the police posts get (``matching.rules.post_notices``): gkld's 检察院 司法警察 posts (31, 2021–2023) had none.
司法警察 are 人民警察, recruited to the same 体能测评 standard."""

from __future__ import annotations

import pytest

from features.education import EducationLevel
from features.records import Graduate, Job
from matching.verdict import Status
from tests.factories import rules_engine

NOTE = "体能测评提示：岗位注明「{}」，须参加体能测评（人民警察职位，测评项目和标准以招录公告为准）"


@pytest.fixture(scope="module")
def engine(catalog):
    return rules_engine(catalog)


def _fitness(engine, cell: str) -> list[str]:
    graduate = Graduate(id="G1", education=EducationLevel.BACHELOR, major="法学")
    job = Job(id="J1", title="司法警察岗", conditions=(("专业要求", "本科：法学类"), ("cond:备注", cell)))
    return [r for r in engine.check(graduate, job).reasons(Status.ELIGIBLE) if r.startswith("体能测评提示")]


@pytest.mark.parametrize(("cell", "said"), [
    ("学历学位均须具备。1.适合男性报考，符合人民警察录用的相关条件；2.另行组织专业考试。", "符合人民警察录用的相关条件"),
    ("适合男性报考,须符合人民警察录用相关条件.专业能力测试以法律知识为主.", "须符合人民警察录用相关条件"),
])
def test_a_judicial_police_post_gets_the_police_fitness_note(engine, cell, said):
    # Before: no 体能 note at all; the police posts naming 体能测评合格 had one.
    assert _fitness(engine, cell) == [NOTE.format(said)]


def test_a_post_naming_its_test_too_gets_one_note(engine):
    cell = "考生须达到录用人民警察的各项标准：1.体能测评合格；2.体检合格。符合人民警察录用的相关条件。"
    assert _fitness(engine, cell) == [NOTE.format("体能测评合格")]


def test_a_post_without_the_police_words_gets_none(engine):
    assert _fitness(engine, "适合男性报考；另行组织专业考试。") == []
