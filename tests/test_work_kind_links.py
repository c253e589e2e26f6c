"""Wishes for publicity, office, personnel, sales and operations work meet the titles employers give
that work (gkld, Wuhan tables: 新媒体运营, 文案策划, 综合管理岗, 办公室文员, 人力资源综合服务岗, a bank's 客户经理,
网络管理员), and not titles that only share a word with it (农业技术推广, a labour agency's name, 路网管理)."""

from __future__ import annotations

import pytest

from features.vocabulary import name_occurs, names_job_kind, same_job_kind
from matching.preferences import wished_work


def _meets(intention: str, title: str) -> bool:
    kinds = wished_work(intention)
    assert kinds, intention
    return any(names_job_kind(kind, title) for kind in kinds)


@pytest.mark.parametrize(("intention", "title"), [
    ("想做宣传工作", "新媒体运营专员 新媒体运营"),
    ("想做宣传", "文案策划"),
    ("想做宣传", "品牌传播-东风乘用车eπ营销事业部 品牌经理/主管"),
    ("想做宣传", "融媒体运营岗 专技12级以上"),
    ("希望从事行政工作", "综合管理岗 普通职位"),
    ("做行政也可以", "办公室文员"),
    ("想做人事", "人力资源综合服务岗 专业技术岗位"),
    ("想做人事", "人力资源处工作人员 管理"),
    ("想做销售", "零售客户经理"),
    ("想做运维", "信息系统管理员 专业技术岗位"),
    ("想做运维", "网络管理员"),
])
def test_a_wish_meets_the_title_that_names_the_same_work(intention, title):
    assert _meets(intention, title)


@pytest.mark.parametrize(("intention", "title"), [
    # Farm extension and brand research are no publicity work.
    ("想做宣传", "农业技术推广工作人员 专技"),
    ("想做宣传", "工业品牌研究工程师 专业技术类"),
    # A labour agency's name in the title is no personnel post.
    ("想做人力资源", "专项聘员（佛山市江智人力资源有限公司劳务派遣）"),
    ("想做运维", "路网管理岗 普通职位"),
    # 综合管理类 is a civil-service exam class, not office work.
    ("希望从事行政工作", "法律事务岗 综合管理类"),
])
def test_a_wish_does_not_meet_a_title_that_only_shares_a_word(intention, title):
    assert not _meets(intention, title)


def test_personnel_said_in_two_words_is_one_kind():
    assert same_job_kind("人事", "人力资源")


@pytest.mark.parametrize(("title", "met"), [
    ("一级行政执法员", False),  # Henan's 484 行政 titles: enforcement work
    ("行政执法岗 行政执法类职位", False),
    ("行政审批科科员", False),
    ("行政复议岗", False),
    ("行政管理岗", True),
    ("行政助理见习生", True),
    ("综合行政岗", True),
])
def test_a_wish_for_office_work_does_not_meet_enforcement_or_legal_titles(title, met):
    assert name_occurs("行政", title) is met
