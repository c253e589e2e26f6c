"""The 2022 catalog's arts 专业学位 codes: 1352 音乐, 1353 舞蹈 … 1357 设计 (1351 is the 2011 艺术).

The discipline table had them one off (1351 「艺术/音乐」, 1352 舞蹈 … 1356 设计), so on Henan's
「音乐（1352）」 a 舞蹈 master was 符合 and a 音乐 master was not read as named.
"""

from __future__ import annotations

import pytest

from matching.verdict import Status
from service.model_store import load_major_code_tables
from tests.factories import MASTER, major_result, rules_engine


@pytest.fixture(scope="module")
def engine(catalog):
    return rules_engine(catalog)


@pytest.mark.parametrize(("code", "name"), [("1351", "艺术"), ("1352", "音乐"), ("1353", "舞蹈"), ("1354", "戏剧与影视"),
                                            ("1355", "戏曲与曲艺"), ("1356", "美术与书法"), ("1357", "设计")])
def test_each_arts_professional_code_names_its_2022_category(code, name):
    assert load_major_code_tables().graduate_name(code) == name


def test_a_dance_master_is_not_met_by_music_1352(engine, catalog):
    status, reason = major_result(engine, catalog, "研究生：音乐（1352）", "舞蹈", MASTER)
    assert status is not Status.ELIGIBLE, reason


def test_a_music_master_is_met_by_music_1352(engine, catalog):
    status, reason = major_result(engine, catalog, "研究生：音乐（1352）", "音乐", MASTER)
    assert status is Status.ELIGIBLE, reason


def test_a_design_master_is_met_by_design_1357(engine, catalog):
    status, reason = major_result(engine, catalog, "研究生：设计（1357）", "设计", MASTER)
    assert status is Status.ELIGIBLE, reason


@pytest.mark.parametrize(("name", "code"), [("音乐硕士", "1352"), ("舞蹈硕士", "1353"), ("设计硕士", "1357"),
                                            ("艺术硕士", "1351")])
def test_an_arts_master_named_with_the_degree_is_its_professional_category(name, code):
    # Guangdong's table files 音乐硕士 under the pre-2011 文学 艺术学 (050409): not a 文学 discipline.
    assert load_major_code_tables().graduate_code(name) == code


def test_a_music_master_written_with_the_degree_is_met_by_music_1352(engine, catalog):
    status, reason = major_result(engine, catalog, "研究生：音乐（1352）", "音乐硕士", MASTER)
    assert status is Status.ELIGIBLE, reason
