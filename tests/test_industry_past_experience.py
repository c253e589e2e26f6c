"""An industry the graduate has been in (「在银行工作过」「之前在银行实习」) is no wished industry, as
「在国企实习过」 is no wished kind of employer; a wish said beside it still counts."""

from __future__ import annotations

import pytest

from features.intentions import extract_industries


@pytest.mark.parametrize("text", [
    "在银行工作过", "之前在银行实习", "有在银行工作的经验", "银行工作经验", "在保险公司干过",
    "曾在证券公司实习", "在金融行业工作过", "做过金融行业", "做过教育行业",
])
def test_past_experience_names_no_wished_industry(text):
    assert extract_industries(text) == ()


@pytest.mark.parametrize(("text", "wished"), [
    ("在银行实习过两年，想去互联网行业", ("互联网",)),
    ("想做金融，之前在银行实习", ("金融",)),
    ("之前在中国银行实习，想去证券公司", ("证券",)),
])
def test_a_wish_beside_past_experience_is_still_read(text, wished):
    assert extract_industries(text) == wished


@pytest.mark.parametrize(("text", "wished"), [
    ("想去银行", ("银行",)), ("希望在银行工作", ("银行",)), ("想去银行或保险公司", ("银行", "保险")),
    ("以前在学校想去银行", ("银行",)),  # 想去 after the past: the wish is the graduate's now
])
def test_wishes_are_read_as_before(text, wished):
    assert extract_industries(text) == wished


@pytest.mark.parametrize(("text", "wished"), [
    ("以前想去银行，现在想去互联网", ("互联网",)),  # a wish given up is no wish now
    ("曾经想去银行", ()),
    ("本来想做教育，现在想去银行", ("银行",)),
    ("我在银行实习时发现喜欢金融，想去证券公司", ("金融", "证券")),  # 实习时: experience, as 实习过
    ("去过银行实习，想去保险公司", ("保险",)),
    ("家人在银行工作，我想去证券", ("证券",)),  # where the family works is not the graduate's wish
    ("父母在银行上班，希望去互联网行业", ("互联网",)),
])
def test_a_past_wish_an_internship_under_way_and_the_familys_work_are_no_wish(text, wished):
    assert extract_industries(text) == wished


@pytest.mark.parametrize(("text", "wished"), [
    ("一直想去银行", ("银行",)), ("希望在银行工作时间稳定", ("银行",)), ("我爸妈希望我去银行", ("银行",)),
    ("在银行工作过三年，想换到证券", ("证券",)), ("之前在银行实习，希望继续做金融", ("金融",)),
])
def test_wishes_near_past_words_are_still_read(text, wished):
    assert extract_industries(text) == wished
