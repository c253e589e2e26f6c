"""Two user-facing fixes: the login page says why a page visitor's cookie stopped working (its
account deactivated, or a token no longer known), and an API upload with a header and no rows is
refused with 422 in the command line's words naming the file, as the CLI is, nothing written."""

from __future__ import annotations

from service.auth import deactivate_account, find_account, reissue_token
from tests.test_api_fixtures import api, assert_problem  # noqa: F401
from tests.test_storage import empty_engine  # noqa: F401

STALE = "您的访问令牌已停用或已更换，请向管理员索取新的令牌后重新登录"
UNKNOWN = "登录已失效，请重新登录"


def _login(api, who: str) -> None:
    assert api.client.post("/login", data={"token": api.tokens[who]}, follow_redirects=False).status_code == 303


def _change_account(api, name: str, change) -> None:
    with api.app.state.session_factory() as session:
        change(session=session, user=find_account(session=session, account=name))
        session.commit()


def test_a_deactivated_visitor_is_told_why_on_the_login_page_once(api):
    _login(api, "g1")
    _change_account(api, "阿依古丽", deactivate_account)
    page = api.client.get("/graduate/G1")  # the redirect to /login is followed
    assert page.url.path == "/login" and page.status_code == 200
    assert STALE in page.text and UNKNOWN not in page.text
    assert "阿依古丽" not in page.text and "G1" not in page.text  # nothing of the account itself
    again = api.client.get("/login")  # the dead cookie was dropped: the notice shows once
    assert STALE not in again.text and UNKNOWN not in again.text


def test_a_reissued_token_is_said_replaced_and_an_unknown_one_a_lapsed_login(api):
    _login(api, "officer")
    _change_account(api, "王老师", reissue_token)
    page = api.client.get("/officer")
    assert page.url.path == "/login" and STALE in page.text and "王老师" not in page.text
    api.client.cookies.set("jobmatch_token", "never-issued")
    page = api.client.get("/officer")
    assert page.url.path == "/login" and UNKNOWN in page.text and STALE not in page.text


def test_the_login_page_without_a_cookie_or_with_a_live_one_says_nothing_more(api):
    assert UNKNOWN not in api.client.get("/login").text
    _login(api, "organiser")
    page = api.client.get("/login")
    assert STALE not in page.text and UNKNOWN not in page.text


def test_a_header_only_upload_is_refused_like_the_cli_and_writes_nothing(api):
    jobs_before = api.get("/api/jobs", "officer").json()["total"]
    graduates_before = api.get("/api/graduates", "officer").json()["total"]
    header = "岗位编号,职位名称,用人单位,工作地点,学历要求,专业要求,招聘人数,职位描述\n".encode()
    response = api.post("/api/jobs/import", "organiser", files={"file": ("只有表头.csv", header)})
    assert_problem(response, 422, "文件 只有表头.csv：没有可用的岗位记录")
    header = "学号,姓名,学校,专业,学历,毕业年份\n".encode()
    response = api.post("/api/graduates/import", "officer", files={"file": ("名单.csv", header)})
    assert_problem(response, 422, "文件 名单.csv：没有可用的毕业生记录")
    assert api.get("/api/jobs", "officer").json()["total"] == jobs_before
    assert api.get("/api/graduates", "officer").json()["total"] == graduates_before


def test_an_upload_whose_every_row_is_refused_is_refused_with_its_rows(api):
    rows = "岗位编号,职位名称,用人单位,工作地点,学历要求,专业要求,招聘人数,职位描述\nK9,,无名单位,喀什市,本科,,1,无名称\n"
    response = api.post("/api/jobs/import", "organiser", files={"file": ("j.csv", rows.encode())})
    body = assert_problem(response, 422, "没有可用的岗位记录", "职位名称为空")
    assert [(r["row"], r["column"]) for r in body["skipped"]] == [(2, "职位名称")]


def test_going_back_from_0015_drops_the_replaced_hash_and_keeps_the_accounts(empty_engine):  # noqa: F811
    from alembic import command
    from sqlalchemy import inspect, text

    from service.storage.db import alembic_config, upgrade

    upgrade(empty_engine)
    with empty_engine.begin() as connection:
        connection.execute(text(
            "INSERT INTO users (name, role, token_hash, replaced_token_hash, active, created_at, revision) "
            "VALUES ('王老师', 'officer', :new, :old, :yes, '2026-12-07', 1)"), {"new": "c" * 64, "old": "d" * 64, "yes": True})
        connection.execute(text(
            "INSERT INTO follow_ups (at, user_id, user_name, graduate_id, job_id, job_title, status) "
            "VALUES ('2026-12-07', 1, '王老师', 'G001', 'J001', '会计', '已推送')"))
    config = alembic_config()
    with empty_engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0014")
    assert "replaced_token_hash" not in {c["name"] for c in inspect(empty_engine).get_columns("users")}
    with empty_engine.connect() as connection:
        assert connection.execute(text("SELECT user_id FROM follow_ups")).scalars().all() == [1]
        assert connection.execute(text("SELECT token_hash FROM users")).scalars().all() == ["c" * 64]
