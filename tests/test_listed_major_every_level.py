"""A post whose own list names a 专科 or 研究生 graduate's major at their level ranks above a 不限专业 post.

Before, the ranker's major signal read only a list's 本科 entries: a 专科 护理 graduate's post listing
「专科：护理（520201）」 (Henan 2026, 30075031) scored like a township 不限专业 post, and a 硕士 计算机科学与技术
graduate got nothing from 「研究生：计算机科学与技术（0812）」 (graduate review, 2026-12-07).
"""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest

from features.education import EducationLevel
from matching.ranker import Ranker
from matching.verdict import Status
from service.engine import load_rules_engine
from service.model_store import load_major_code_tables
from tests.factories import HENAN_NURSING_MAJORS, graduate, listed_and_open

COMPUTING = "本科：计算机类（0809）；研究生：计算机科学与技术（0812），软件工程（0835）"


@pytest.fixture(scope="module")
def ranker(catalog, segmenter):
    jobs = [*listed_and_open("NUR", HENAN_NURSING_MAJORS, "大专及以上"), *listed_and_open("CS", COMPUTING, "硕士研究生及以上"),
            *listed_and_open("ACC", "专科：财务会计类（5303）；本科：会计学（120203K）", "大专及以上"),
            *listed_and_open("OTHER", "专科：护理（520201）；本科：计算机科学与技术（080901）；研究生：临床医学（1002）", "大专及以上")]
    return Ranker(catalog=catalog, segmenter=segmenter, major_tables=load_major_code_tables(),
                  checker=load_rules_engine(dt.date(2026, 3, 1))).fit(jobs)


def _order(ranker, grad, prefix: str) -> list[str]:
    [result] = ranker.rank([grad], k=len(ranker.jobs))
    return [s.job_id for s in result.suggestions if s.job_id.startswith(prefix)]


def _admitted(ranker, grad, job_id: str) -> bool:
    scores = ranker.score([grad])
    return bool(scores.admitted[0, ranker.index_.position(job_id)])


def test_junior_college_graduate_ranks_the_post_listing_their_major_first(ranker, catalog):
    nurse = graduate("z", "护理", catalog=catalog, education=EducationLevel.JUNIOR_COLLEGE)
    [result] = ranker.rank([nurse], k=len(ranker.jobs))
    shown = {s.job_id: s for s in result.suggestions}
    assert shown["NUR-LIST"].status is Status.ELIGIBLE  # the rules admit it by the 专科 entry
    assert _order(ranker, nurse, "NUR") == ["NUR-LIST", "NUR-OPEN"]
    assert shown["NUR-LIST"].score > shown["NUR-OPEN"].score + 0.3  # the major term, as a 本科 graduate's


def test_masters_graduate_ranks_the_post_listing_their_discipline_first(ranker, catalog):
    master = graduate("m", "计算机科学与技术", catalog=catalog, education=EducationLevel.MASTER)
    [result] = ranker.rank([master], k=len(ranker.jobs))
    shown = {s.job_id: s for s in result.suggestions}
    assert shown["CS-LIST"].status is Status.ELIGIBLE
    assert _order(ranker, master, "CS") == ["CS-LIST", "CS-OPEN"]
    assert shown["CS-LIST"].score > shown["CS-OPEN"].score + 0.3


def test_a_named_field_of_the_junior_level_counts_by_its_majors(ranker, catalog):
    # 「财务会计类」 is no class of the 专科 catalog the tables hold; the rules admit 会计 in it by name.
    accountant = graduate("a", "会计", catalog=catalog, education=EducationLevel.JUNIOR_COLLEGE)
    assert _admitted(ranker, accountant, "ACC-LIST")
    assert _order(ranker, accountant, "ACC") == ["ACC-LIST", "ACC-OPEN"]


def test_an_entry_for_another_level_gives_no_boost(ranker, catalog):
    # The list names 护理 for 专科 and 计算机科学与技术 for 本科: neither is the 硕士's level.
    master_nurse = graduate("mn", "护理", catalog=catalog, education=EducationLevel.MASTER)
    master_cs = graduate("mc", "计算机科学与技术", catalog=catalog, education=EducationLevel.MASTER)
    assert not _admitted(ranker, master_nurse, "OTHER-LIST")
    assert not _admitted(ranker, master_cs, "OTHER-LIST")
    assert _admitted(ranker, master_nurse, "NUR-LIST")  # 研究生：护理（1054）


def test_a_bachelors_entry_counts_beside_vocational_undergraduate_codes(ranker, catalog):
    bachelor = graduate("b", "护理学", catalog=catalog)
    scores = ranker.score([bachelor])
    admitted = {ranker.jobs[j].id for j in np.nonzero(scores.admitted[0])[0]}
    # 护理（320201） and 医学技术类（3205） are 职业本科 codes the current catalog lacks: the pre-filter leaves
    # such a list to the rules, and the 本科 entry 护理学（101101） counted for nothing before.
    assert admitted == {"NUR-LIST"}  # not OTHER-LIST: its 护理 is for 专科
