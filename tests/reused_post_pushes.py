"""A pushed job deleted and its id given to another post, pushed too: the two pushes under one job id that the
follow-up tests of an old post's result and of the form's 「登记哪个岗位的结果」 start from."""

from __future__ import annotations

import re

from service.storage import follow_ups as follow_up_store
from tests.test_api_followups import URL, form_token, recorded

#: The post given the deleted 行政见习岗's id (J-INTERN of the API fixtures).
NEW_POST = {"id": "J-INTERN", "title": "仓库管理员", "employer": "乌鲁木齐新仓物流有限公司", "location": "石河子市"}


def two_pushes(api) -> tuple[dict, dict]:
    """G1 pushed 行政见习岗 (J-INTERN), the job deleted, its id given to 仓库管理员, that pushed to G1 too."""
    old = recorded(api, "G1", job_id="J-INTERN", status="已推送")
    assert api.delete("/api/jobs/J-INTERN", "officer").status_code == 204
    assert api.post("/api/jobs", "officer", json=NEW_POST).status_code == 201
    new = recorded(api, "G1", job_id="J-INTERN", status="已推送")
    return old, new


def pushes_waiting(api, graduate_id: str = "G1") -> int:
    """How many of the graduate's pushes wait for a result (``follow_ups.states``)."""
    with api.app.state.session_factory() as session:
        state = follow_up_store.states(session=session, graduate_ids=[graduate_id]).get(graduate_id)
    return state.waiting if state else 0


def current_lines(api) -> list[tuple[str, bool, str]]:
    """G1's report lines (one per push, its current state), the old post's first."""
    items = api.get("/api/follow-ups", "officer", params={"graduate_id": "G1"}).json()["items"]
    return sorted((i["job_title"], i["job_exists"], i["status"]) for i in items)[::-1]


def form_fields(page: str) -> dict[str, str]:
    """The hidden fields of the graduate page's follow-up form (csrf, request key, last record seen)."""
    form = page.split('id="follow-up-form"')[1]
    return {"csrf": form_token(page), **dict(re.findall(r'name="(request_key|last_seen_id)" value="([^"]*)"', form))}


def pg_two_pushes(client, headers) -> tuple[str, dict, dict]:
    """``two_pushes`` on the PostgreSQL app (``pg_app``): graduate N1 pushed 行政见习岗 (K1), the job deleted, its id
    given to 仓库管理员, that pushed to N1 too. Returns N1's follow-up URL and the two pushes' first rows."""
    post = {"id": "K1", "title": "行政见习岗", "employer": "乌鲁木齐市人社局", "location": "乌鲁木齐市"}
    assert client.post("/api/jobs", headers=headers, json=post).status_code == 201
    assert client.post("/api/graduates", headers=headers, json={
        "id": "N1", "name": "热依拉", "major": "统计学", "education": "本科", "hardship": ["低收入家庭"]}).status_code == 201
    url = URL.format("N1")
    old = client.post(url, headers=headers, json={"job_id": "K1", "status": "已推送"}).json()
    assert client.delete("/api/jobs/K1", headers=headers).status_code == 204
    assert client.post("/api/jobs", headers=headers, json={**NEW_POST, "id": "K1"}).status_code == 201
    new = client.post(url, headers=headers, json={"job_id": "K1", "status": "已推送"}).json()
    return url, old, new
