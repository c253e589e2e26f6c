"""A list entry the rules admit a graduate by, by the name they wrote, ranks the post up too.

``MajorChecker._matched`` admits a graduate whose major, as written, is the name of an entry of their
level (「本科：护理（320201）」 to a 职业本科 护理 graduate, 「专科：计算机应用技术（510201）」 to a 专科 one):
the reason says 「专业符合：岗位要求 …」. The ranking keyed such entries by code only, and the graduate's
side has no code there (no 本科 catalog code for 护理, a 专科 table of 29 names): on Henan 2026 a
职业本科 护理 graduate's 7 nursing posts (30072031 …) got no boost and none reached their top 10
(review of 5e94371, 2026-12-07).
"""

from __future__ import annotations

import datetime as dt

import pytest

from features.education import EducationLevel
from matching.ranker import Ranker
from service.engine import load_rules_engine
from service.model_store import load_major_code_tables
from tests.factories import HENAN_NURSING_MAJORS, graduate, listed_and_open


@pytest.fixture(scope="module")
def ranker(catalog, segmenter):
    jobs = [*listed_and_open("NUR", HENAN_NURSING_MAJORS, "大专及以上"),
            *listed_and_open("CS", "专科：计算机应用技术（510201），软件技术（510203）；本科：计算机类（0809）", "大专及以上"),
            *listed_and_open("GKLD", "临床医学、中医、中西医结合", "硕士研究生及以上"),
            *listed_and_open("ANY", "专科：不限；本科：会计学（120203K）", "大专及以上")]
    return Ranker(catalog=catalog, segmenter=segmenter, major_tables=load_major_code_tables(),
                  checker=load_rules_engine(dt.date(2026, 3, 1))).fit(jobs)


def _admitted(ranker, grad, job_id: str) -> bool:
    return bool(ranker.score([grad]).admitted[0, ranker.index_.position(job_id)])


def _listed_by_rules(ranker, grad, job_id: str) -> bool:
    verdict = ranker.checker(grad, next(j for j in ranker.jobs if j.id == job_id))
    return any(r.kind == "major" and r.reason.startswith("专业符合：岗位要求") for r in verdict.results)


def _order(ranker, grad, prefix: str) -> list[str]:
    [result] = ranker.rank([grad], k=len(ranker.jobs))
    return [s.job_id for s in result.suggestions if s.job_id.startswith(prefix)]


def test_vocational_bachelor_named_by_a_bachelor_entry_ranks_the_post_up(ranker, catalog):
    nurse = graduate("e", "护理", catalog=catalog)  # 职业本科 护理 (320201): no code of the 本科 catalog
    assert _listed_by_rules(ranker, nurse, "NUR-LIST")
    assert _admitted(ranker, nurse, "NUR-LIST")
    assert _order(ranker, nurse, "NUR") == ["NUR-LIST", "NUR-OPEN"]


def test_junior_college_major_named_by_its_entry_ranks_the_post_up(ranker, catalog):
    coder = graduate("z", "计算机应用技术", catalog=catalog, education=EducationLevel.JUNIOR_COLLEGE)
    assert _listed_by_rules(ranker, coder, "CS-LIST")
    assert _admitted(ranker, coder, "CS-LIST")
    assert _order(ranker, coder, "CS") == ["CS-LIST", "CS-OPEN"]


def test_an_entry_of_no_level_named_as_a_masters_discipline_counts(ranker, catalog):
    # gkld 5714017: 「临床医学、中医、中西医结合」 with no level, read by a 硕士 临床医学 by name.
    doctor = graduate("m", "临床医学", catalog=catalog, education=EducationLevel.MASTER)
    assert _listed_by_rules(ranker, doctor, "GKLD-LIST")
    assert _admitted(ranker, doctor, "GKLD-LIST")


def test_no_boost_where_the_rules_do_not_admit_by_the_name(ranker, catalog):
    # 「专科：不限」 is 专业不限 to a 专科 graduate, no list naming them; 护理 at 专科 is not a 硕士's entry.
    accountant = graduate("a", "会计", catalog=catalog, education=EducationLevel.JUNIOR_COLLEGE)
    assert not _admitted(ranker, accountant, "ANY-LIST")
    coder_master = graduate("c", "计算机应用技术", catalog=catalog, education=EducationLevel.MASTER)
    assert not _admitted(ranker, coder_master, "CS-LIST")
    assert not _listed_by_rules(ranker, coder_master, "CS-LIST")
