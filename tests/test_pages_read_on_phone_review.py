"""Pages as their users read them in a browser (review at 375 and 1280 px); each test names what was seen.

- The officer's follow-up form: the 「只登记补贴申领」 checkbox kept the text boxes' ``min-width: 14rem``:
  Chromium drew it in the middle of an empty 14rem box, and its label started a line later.
- After a conflict (409) the page said 「请刷新页面查看最新的跟进记录」: the page already shows that
  record, and reloading the answer to a POST re-sends the refused form (refused again).
- /audit, /profile and /organiser at 375 px (below)."""

from __future__ import annotations

import pytest

from tests.test_api_fixtures import api  # noqa: F401
from tests.test_api_followups import login, page_post
from tests.test_browser import browser, post_as_officer, server, signed_in_page  # noqa: F401  (fixtures)
from tests.test_follow_ups_concurrent_results import _form, second_tab_refused


def test_the_conflict_on_the_page_points_to_the_record_above_not_to_a_reload(api):  # noqa: F811
    answer, error = second_tab_refused(api)
    assert "刷新" not in error
    assert error.endswith("登记为「已录用」。该记录已列在上方「跟进记录」中，请先查看；如仍要登记本次结果，再点一次「记录跟进」")
    # what the message promises: sending the form as it came back writes the record
    again = _form(answer.text)
    assert page_post(api, **again, job_id="J-SOFT", status="放弃", subsidy="", note="").status_code == 303


@pytest.mark.browser
@pytest.mark.parametrize("width", [375, 1280])
def test_the_subsidy_only_checkbox_sits_at_the_start_of_its_label(server, browser, width):  # noqa: F811
    base, tokens = server
    context, page = signed_in_page(browser, base, tokens["officer"], "/graduate/G1", width=width)
    box = page.locator("#fu-subsidy-only").bounding_box()
    label = page.locator("label[for=fu-subsidy-only]").bounding_box()
    form = page.locator("#follow-up-form").bounding_box()
    assert box["width"] < 30, box  # the box itself, not a 14rem text box's room
    assert box["x"] - form["x"] < 40, (box, form)  # at the form's left edge, inside its padding
    assert 0 <= label["x"] - (box["x"] + box["width"]) < 20, (box, label)  # the label right after it
    context.close()


@pytest.mark.browser
def test_on_a_phone_the_audit_logs_only_this_one_links_stay_on_one_line(server, browser):  # noqa: F811
    """At 375 px /audit broke 「只看此人」 after a graduate's name and id: 「只看此 / 人」, 「只 / 看此人」."""
    base, tokens = server
    # /officer reads hardship facts: rows in the audit log
    context, page = signed_in_page(browser, base, tokens["officer"], "/officer", width=375, height=800)
    page.goto(base + "/audit")
    links = page.evaluate("""() => [...document.querySelectorAll('a[title="只看此毕业生的记录"]')]
        .map(a => [getComputedStyle(a).whiteSpace, a.getClientRects().length])""")
    assert links, "no audit rows"
    assert all(space == "nowrap" and lines == 1 for space, lines in links), links
    context.close()


@pytest.mark.browser
def test_on_a_phone_the_profiles_count_tables_fit_their_cards(server, browser):  # noqa: F811
    """At 375 px a one-count table of /profile with a long name (学校 「克拉玛依职业技术学院」) ran past its
    card: a scroll box the keyboard cannot reach, its bars cut off. Now it fits, the name whole."""
    base, tokens = server
    body = {"id": "G-LONG", "name": "测试", "school": "克拉玛依职业技术学院", "major": "计算机应用技术"}
    post_as_officer(base, tokens, "/api/graduates", body)
    context, page = signed_in_page(browser, base, tokens["officer"], "/profile", width=375, height=800)
    tables = page.evaluate("""() => [...document.querySelectorAll('table.counts:not([tabindex])')].map(t => {
        const card = t.closest('section');
        return [t.querySelector('caption').innerText, Math.round(t.getBoundingClientRect().right),
                Math.round(card.getBoundingClientRect().right), t.scrollWidth - t.clientWidth];
    })""")
    assert any(caption.startswith("学校") for caption, *_ in tables), tables
    assert all(right <= card_right and scrolled <= 1 for _, right, card_right, scrolled in tables), tables
    school = page.locator("td.item", has_text="克拉玛依职业技术学院").first
    assert school.evaluate("td => td.getClientRects().length && td.getBoundingClientRect().height < 40")  # one line
    context.close()


def test_on_a_phone_the_job_list_reads_one_post_a_block(api):  # noqa: F811
    """/organiser (岗位浏览) at 375 px: seven columns left employers and places a character or two a
    line (「伊犁/火洲/牧业…」) in a table scrolled sideways. Each post is now one labelled block."""
    login(api, "organiser")
    html = api.client.get("/organiser").text
    assert '<table class="list stack" id="jobs">' in html
    row = html.split('<table class="list stack" id="jobs">')[1].split("<tbody>")[1].split("</tr>")[0]
    labels = [cell.split('"')[0] for cell in row.split('data-label="')[1:]]
    assert labels == ["编号", "岗位", "单位", "类型", "地点", "学历", "人数"]


def test_a_place_on_the_graduates_page_breaks_after_its_prefecture_not_inside_a_name(api):  # noqa: F811
    """At 1280 px the suggestions' narrow 地点 column read 「阿克苏地区库 / 车市」, 「喀什地区莎车 / 县」: a
    place breaks only where a <wbr> is, after its prefecture or city; its words are kept whole."""
    for job_id in ("J-SOFT", "J-ACC", "J-TEACH", "J-PHD", "J-NET", "J-INTERN"):
        assert api.patch(f"/api/jobs/{job_id}", "officer", json={"location": "阿克苏地区库车市"}).status_code == 200
    login(api, "officer")
    html = api.client.get("/graduate/G1").text
    cells = html.split('<td data-label="地点"')[1:]
    assert cells, "no place cells"
    assert all(c.startswith(' class="words">阿克苏地区<wbr>库车市') for c in cells), cells[0][:80]



@pytest.mark.browser
def test_the_officers_list_breaks_a_name_only_between_its_words(server, browser):  # noqa: F811
    """/officer at 1280 px: the 毕业生 column read 「阿依夏·叶尔 / 肯」, 「米日古丽·阿不都 / 热依 / 木」 (sample data).
    A name's words are kept whole: it breaks at its 「·」 only."""
    base, tokens = server
    name = "米日古丽·阿不都热依木"
    body = {"id": "G-NAME", "name": name, "school": "新疆大学", "major": "计算机科学与技术", "hardship": ["低收入家庭"]}
    post_as_officer(base, tokens, "/api/graduates", body)
    context, page = signed_in_page(browser, base, tokens["officer"], "/officer")
    lines = page.evaluate("""(name) => {
        const a = [...document.querySelectorAll('td[data-label="毕业生"] a')].find(x => x.innerText === name);
        const t = a.firstChild, r = document.createRange(); let out = '', top = null;
        for (let i = 0; i < t.length; i++) { r.setStart(t, i); r.setEnd(t, i + 1);
            const y = Math.round(r.getBoundingClientRect().top); if (top !== null && y !== top) out += '/'; top = y; out += t.data[i]; }
        return out; }""", name)
    assert lines in (name, "米日古丽·/阿不都热依木"), lines
    context.close()
