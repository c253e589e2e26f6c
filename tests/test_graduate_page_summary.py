"""The summary under a graduate's name: how many suggestions, refused posts and policies the page
holds, each a link to its section's heading, so a phone reader need not scroll past 20 job cards."""

from __future__ import annotations

import pytest

from tests.test_api_fixtures import policy_api_fixture
from tests.test_api_pages import login
from tests.test_api_policies import POLICIES_CSV
from tests.test_page_accessibility import Node, parse, problems


api = policy_api_fixture(POLICIES_CSV)
bare = policy_api_fixture(None)


def _by_id(doc: Node, node_id: str) -> Node:
    found = [n for n in doc.walk() if n.attrs.get("id") == node_id]
    assert len(found) == 1, node_id
    return found[0]


def _rows(doc: Node, table_id: str) -> int:
    return len(_by_id(doc, table_id).find_all("tbody")[0].find_all("tr"))


def summary_links(html: str) -> list[tuple[str, str, str]]:
    """(link text, target id, target's tag and text) for each link of the summary, in order."""
    doc = parse(html)
    out = []
    for a in _by_id(doc, "page-summary").find_all("a"):
        href = a.attrs["href"]
        assert href.startswith("#"), href
        target = _by_id(doc, href[1:])
        out.append((" ".join(a.text().split()), href[1:], f"{target.tag} {target.text()}"))
    return out


@pytest.mark.parametrize("who", ["g1", "officer"])
def test_the_summary_under_the_name_counts_each_part_and_links_to_its_heading(api, who):
    login(api, who)
    page = api.client.get("/graduate/G1")
    assert page.status_code == 200
    doc = parse(page.text)
    suggested, refused = _rows(doc, "suggestions"), _rows(doc, "rejected")
    eligible = _rows(doc, "policies-eligible") if 'id="policies-eligible"' in page.text else 0
    review = _rows(doc, "policies-review")
    # The graduate's own subsidy verdict is 待核实: their hardship category is the officers' to judge
    # (tests/test_graduate_own_suggestions_private.py); the officer reads it 符合.
    counts, said = ((1, 1), "符合 1 项，待核实 1 项") if who == "officer" else ((0, 2), "符合 0 项，待核实 2 项")
    assert (eligible, review) == counts and suggested >= 1 and refused >= 1
    assert summary_links(page.text) == [
        (f"推荐岗位 {suggested} 个", "suggested-jobs", "h2 推荐岗位"),
        (f"不符合的岗位 {refused} 个", "rejected-jobs", "h2 得分较高但不符合条件的岗位"),
        (f"可申请的政策 2 项（{said}）", "policies", "h2 可申请的政策"),
    ]
    # Under the name, before the first section; the page stays as accessible as before.
    text = page.text
    assert text.index("</h1>") < text.index('id="page-summary"') < text.index('id="suggested-jobs"')
    assert problems(page.text) == []


def test_the_officers_view_keeps_its_follow_up_link_and_staff_wording(api):
    login(api, "officer")
    text = api.client.get("/graduate/G1").text
    assert '<a href="#follow-ups">跟进记录与登记（共 0 条）</a>' in text and 'id="follow-ups"' in text
    assert "该毕业生登记为低收入家庭" in text and "您" not in text[:text.index('id="suggested-jobs"')]


def test_without_a_policy_list_the_summary_says_so_and_links_to_the_note(bare):
    login(bare, "g1")
    text = bare.client.get("/graduate/G1").text
    assert summary_links(text)[-1] == ("可申请的政策：未载入政策清单", "policies", "h2 可申请的政策")


def test_an_organiser_reads_no_policy_count(api):
    login(api, "organiser")
    text = api.client.get("/graduate/G1").text
    assert [link[1] for link in summary_links(text)] == ["suggested-jobs", "rejected-jobs"]
    assert "可申请的政策" not in text
