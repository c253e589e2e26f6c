"""Statements a follow-up write and an export's graduate check send: a record with both ``last_seen_id``
and a subsidy state locks the graduate once (the conflict check and the subsidy-move check each locked
it); ``graduate_known`` asks one yes/no question instead of loading the graduate's whole record, the
sensitive fields included, to test it for ``None``. And the storage layer names the officer role by
``Role`` itself, not by a copy of its value."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from sqlalchemy import event

from service.storage import follow_ups as follow_up_store
from tests.test_api_fixtures import api  # noqa: F401
from tests.test_api_followups import record, recorded, stored

#: ``follow_ups.lock_graduate`` as SQLite is sent it: the database's write lock (SQLite compiles no ``FOR UPDATE``).
LOCK = re.compile(r"^BEGIN IMMEDIATE$")


def _statements(api, act) -> list[str]:
    seen: list[str] = []
    engine = api.app.state.session_factory.kw["bind"]
    listener = lambda conn, cursor, statement, *rest: seen.append(" ".join(statement.split()))  # noqa: E731
    event.listen(engine, "before_cursor_execute", listener)
    try:
        act()
    finally:
        event.remove(engine, "before_cursor_execute", listener)
    return seen


def test_a_record_with_last_seen_id_and_a_subsidy_locks_the_graduate_once(api):
    pushed = recorded(api, "G1", job_id="J-SOFT", status="已推送")
    answers = []
    seen = _statements(api, lambda: answers.append(
        record(api, "G1", job_id="J-SOFT", status="已投递", subsidy="已申请", last_seen_id=pushed["id"])))
    assert answers[0].status_code == 201, answers[0].text
    assert len([s for s in seen if LOCK.match(s)]) == 1, [s for s in seen if s.startswith("SELECT graduates")]


def test_each_check_alone_still_locks_the_graduate(api):
    pushed = recorded(api, "G1", job_id="J-SOFT", status="已推送")
    for body in ({"job_id": "J-SOFT", "status": "已投递", "last_seen_id": pushed["id"]}, {"subsidy": "已申请"}):
        seen = _statements(api, lambda: recorded(api, "G1", **body))
        assert len([s for s in seen if LOCK.match(s)]) == 1, body
    # A job's record with neither check still reads which push it continues (``follow_ups.continued_push``):
    # locked once, so two first pushes of one post at once make one push, not two.
    seen = _statements(api, lambda: recorded(api, "G1", job_id="J-NET", status="已推送"))
    assert len([s for s in seen if LOCK.match(s)]) == 1
    assert [r.status for r in stored(api, "G1")][:1] == ["已推送"]


def test_graduate_known_is_one_yes_no_question_reading_no_field_of_the_graduate(api):
    recorded(api, "G1", job_id="J-SOFT", status="已推送")
    with api.app.state.session_factory() as session:
        # G2: a record, no follow-up; G1: both; NOBODY: neither.
        answers: dict[str, bool] = {}
        seen = _statements(api, lambda: answers.update(
            {g: follow_up_store.graduate_known(session=session, graduate_id=g) for g in ("G1", "G2", "NOBODY")}))
    assert answers == {"G1": True, "G2": True, "NOBODY": False}
    assert len(seen) == 3 and all(s.startswith("SELECT (EXISTS") for s in seen), seen
    assert not any(re.search(r"graduates\.(id_number|hardship|ethnicity|name)\b", s) for s in seen), seen


def test_graduate_known_answers_for_follow_ups_outliving_the_record(api):
    recorded(api, "G3", job_id="J-SOFT", status="已推送")
    assert api.client.delete("/api/graduates/G3", headers=api.headers("officer")).status_code == 204
    with api.app.state.session_factory() as session:
        assert follow_up_store.graduate_known(session=session, graduate_id="G3") is True


def test_the_storage_layer_names_the_officer_role_without_importing_auth():
    # ``service.auth`` imports the repository; the role itself lives apart so storage can name it.
    code = ("import sys; from service.storage import need_order; from service.roles import Role; "
            "assert 'service.auth' not in sys.modules; "
            "import service.auth; assert service.auth.Role is Role; "
            "assert not hasattr(need_order, 'OFFICER_ROLE'); print('ok')")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          cwd=Path(__file__).resolve().parent.parent)
    assert done.stdout.strip() == "ok", done.stderr
