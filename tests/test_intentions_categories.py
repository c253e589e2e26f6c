"""Words after 做/找 that say how a job should be are not kinds of job."""

from __future__ import annotations

import pytest

from features.intentions import extract_preferences


@pytest.mark.parametrize("text", ["做什么都行", "想做和专业相关的工作", "想找稳定工作", "想找一份稳定工作", "愿意做好基层工作"])
def test_a_wish_about_the_job_is_not_a_category(text):
    assert extract_preferences(text).categories == ()


def test_kinds_of_job_after_the_same_verbs_are_kept():
    assert extract_preferences("想从事专业技术工作").categories == ("专业技术",)
    assert extract_preferences("想找后端开发或测试岗位").categories == ("后端开发", "测试")
    assert extract_preferences("做财务相关工作").categories == ("财务",)
