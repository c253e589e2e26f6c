"""``jobmatch follow-ups export`` after a job id was reused: the two lines of one job id are told apart by
whether their post is still stored (岗位状态 在招 / 已下架) and when it was pushed; both columns come after the
documented ones, which keep their order."""

from __future__ import annotations

import datetime as dt

from openpyxl import load_workbook
from sqlalchemy import update

from service.commands.follow_ups import COLUMNS, HEADERS_ZH
from service.storage.models import FollowUpRow
from tests.test_api_fixtures import api  # noqa: F401
from tests.test_api_followups import recorded
from tests.test_cli_follow_ups import export, read_csv
from tests.reused_post_pushes import two_pushes

UTC = dt.timezone.utc
DOCUMENTED = ("graduate_id", "name", "school", "major", "hardship", "student_loan", "job_id", "job_title", "employer",
              "status", "subsidy", "note", "officer", "at")


def _reused(api, tmp_path, monkeypatch):
    monkeypatch.delenv("DATABASE_URL", raising=False)
    monkeypatch.delenv("JOBMATCH_DATABASE_URL", raising=False)
    old, new = two_pushes(api)
    recorded(api, "G1", subsidy="已申请")  # a subsidy-only line: no post, so neither column
    with api.app.state.session_factory() as session:
        for row_id, day in ((old["id"], 1), (new["id"], 5)):
            session.execute(update(FollowUpRow).where(FollowUpRow.id == row_id)
                            .values(at=dt.datetime(2026, 9, day, 12, tzinfo=UTC)))
        session.commit()
    return tmp_path / "data"


def test_the_columns_keep_their_order_and_two_are_added_at_the_end():
    assert COLUMNS[: len(DOCUMENTED)] == DOCUMENTED and COLUMNS[len(DOCUMENTED):] == ("job_listed", "first_at")
    assert HEADERS_ZH[-2:] == ("岗位状态", "首次推送时间（北京时间）") and len(HEADERS_ZH) == len(COLUMNS)


def test_a_reused_job_id_exports_two_lines_told_apart(api, tmp_path, monkeypatch):
    data_dir = _reused(api, tmp_path, monkeypatch)
    out = tmp_path / "report.csv"
    assert export(data_dir, out, "--all-rows") == 0
    rows = read_csv(out)
    assert list(rows[0]) == list(COLUMNS)
    lines = sorted((r["job_id"], r["job_title"], r["job_listed"], r["first_at"]) for r in rows)
    assert lines == [("", "", "", ""),
                     ("J-INTERN", "仓库管理员", "在招", "2026-09-05T20:00:00+08:00"),
                     ("J-INTERN", "行政见习岗", "已下架", "2026-09-01T20:00:00+08:00")]
    xlsx = tmp_path / "report.xlsx"
    assert export(data_dir, xlsx) == 0
    sheet = load_workbook(xlsx)["跟进记录"]
    values = list(sheet.iter_rows(values_only=True))
    assert values[0][-2:] == ("岗位状态", "首次推送时间（北京时间）")
    listed = {v[COLUMNS.index("job_title")]: (v[-2], v[-1]) for v in values[1:] if v[COLUMNS.index("job_id")]}
    assert listed == {"仓库管理员": ("在招", dt.datetime(2026, 9, 5, 20)), "行政见习岗": ("已下架", dt.datetime(2026, 9, 1, 20))}
