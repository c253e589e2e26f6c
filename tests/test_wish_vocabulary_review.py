"""Review of the everyday wishes: words that only look like the new employer kinds and workplaces.
「中国企业」「德国企业」 hold no 国企; 「在外企工作过」 is experience, not a wish; 「在学校工作室」「在工厂工作过」
「有在医院工作的经验」 name no wished industry, while 「想在医院工作」 still does; 「从事社会工作」 wishes for
社会工作, not 社会."""

from __future__ import annotations

import pytest

from features.intentions import extract_categories, extract_industries


@pytest.mark.parametrize("intention", [
    "想进中国企业500强做技术",
    "想去德国企业做技术",
    "想在各国企业驻华机构工作",
])
def test_state_enterprise_is_not_read_inside_a_country_and_enterprise(intention: str) -> None:
    assert "国企" not in extract_categories(intention)


@pytest.mark.parametrize(("intention", "wished"), [
    ("在外企工作过一年，现在想进国企", ("国企",)),
    ("在国企实习过，想去外企", ("外企",)),
    ("有在央企工作的经历，想考事业编", ("事业编",)),
])
def test_an_employer_worked_at_before_is_not_wished(intention: str, wished: tuple[str, ...]) -> None:
    assert extract_categories(intention) == wished


def test_a_foreign_enterprise_in_other_words_is_still_one() -> None:
    assert extract_categories("想去国外企业") == ("外企",)


@pytest.mark.parametrize("intention", [
    "我在学校工作室做过设计，想做UI设计",
    "在工厂工作过两年，想换行业",
    "有在医院工作的经验，想继续做护士",
    "在学校就业指导中心做过助理，想做人力资源",
])
def test_a_workplace_of_the_past_or_an_office_names_no_wished_industry(intention: str) -> None:
    assert extract_industries(intention) == ()


@pytest.mark.parametrize(("intention", "industry"), [
    ("希望在医院工作", "医疗卫生"),
    ("想在学校上班", "教育培训"),
    ("我想在电视台工作", "文化旅游"),
])
def test_a_workplace_wished_after_zai_is_still_read(intention: str, industry: str) -> None:
    assert industry in extract_industries(intention)


@pytest.mark.parametrize("intention", ["希望从事社会工作", "社会工作专业，希望从事社会工作相关工作", "想做社会工作者"])
def test_social_work_is_wished_whole(intention: str) -> None:
    # It read 社会, met by 「西部计划志愿者（基层社会管理）」 and any other 社会… title.
    assert extract_categories(intention) == ("社会工作",)
