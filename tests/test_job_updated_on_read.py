"""Follow-ups of stored update days (``Job.updated_on``, migration 0020): the update-time column is read, so the
import's list of unread columns (``ImportResult.ignored_columns``) leaves it out as it leaves out 职位代码; and
the summary links of ``/job-checks`` keep the page's ``stale_after_days`` (a click on 信息更新已久 at 60 days
showed the default 180's findings)."""

from __future__ import annotations

import re

from service.importers import read_jobs
from tests.test_api_import import upload
from tests.test_job_check_update_stale import HEADER, _row
from tests.test_job_updated_on import ROWS, api  # noqa: F401  (the fixture)


def test_the_update_time_is_not_listed_as_an_unread_column(tmp_path):
    path = tmp_path / "jobs.csv"
    path.write_text(HEADER.rstrip("\n") + ",考点\n" + _row("J1", "2026-01-05").rstrip("\n") + ",甲县\n",
                    encoding="utf-8")
    result = read_jobs(path)
    assert [job.updated_on.isoformat() for job in result.records] == ["2026-01-05"]  # it is read
    assert result.ignored_columns == ("考点",)


def test_the_summary_links_keep_the_pages_stale_after_days(api, tmp_path):  # noqa: F811
    from tests.test_api_pages import login

    upload(api, "/api/jobs/import", "officer", "jobs.csv", (HEADER + ROWS).encode())
    login(api, "officer")
    page = api.client.get("/job-checks", params={"stale_after_days": 60}).text
    summary = page[page.index('id="summary"'):page.index("</table>")]
    links = re.findall(r'href="(/job-checks\?[^"]*)"', summary)
    assert links and all("stale_after_days=60" in link for link in links)
    [stale] = [link for link in links if "check=update_stale" in link]
    followed = api.client.get(stale.replace("&amp;", "&")).text
    assert "/job/J3" in followed and "/job/J1" in followed  # J3 is 67 days old: stale at 60, not at 180
    # At the default the links stay short, as the pager's.
    default = api.client.get("/job-checks").text
    assert "stale_after_days" not in default[default.index('id="summary"'):default.index("</table>")]
