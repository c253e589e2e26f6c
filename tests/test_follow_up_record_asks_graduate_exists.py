"""``followups.record`` (and the history's empty case) tested the graduate for ``None`` by loading the whole
record, hardship status, ethnicity and ID number included, for a yes/no: it now asks whether the graduate
exists (``graduate_store.graduate_exists``), reading no field of it."""

from __future__ import annotations

import re

from service.storage import repository as repo
from tests.test_api_fixtures import api, assert_problem  # noqa: F401
from tests.test_api_followups import record, recorded
from tests.test_follow_ups_one_lock_and_yes_no_lookup import _statements

SENSITIVE = re.compile(r"graduates\.(id_number|hardship|ethnicity|disability|name)\b")


def _graduate_reads(seen: list[str]) -> list[str]:
    return [s for s in seen if s.startswith("SELECT") and re.search(r"\bgraduates\b", s)]


def test_recording_a_follow_up_reads_no_field_of_the_graduate(api):  # noqa: F811
    answers = []
    seen = _statements(api, lambda: answers.append(record(api, "G1", job_id="J-SOFT", status="已推送")))
    assert answers[0].status_code == 201, answers[0].text
    reads = _graduate_reads(seen)
    # The yes/no question, and the graduate's lock (its id only: ``follow_ups.lock_graduate``).
    assert reads and all(re.match(r"SELECT \(?EXISTS \(SELECT \* FROM graduates WHERE", s)
                         or s == "SELECT graduates.id FROM graduates WHERE graduates.id = ?" for s in reads), reads
    assert not any(SENSITIVE.search(s) for s in seen), seen


def test_an_unknown_graduate_is_still_not_found_without_reading_a_record(api):  # noqa: F811
    answers = []
    seen = _statements(api, lambda: answers.append(record(api, "NOBODY", job_id="J-SOFT", status="已推送")))
    assert_problem(answers[0], 404, "毕业生「NOBODY」不存在")
    assert not any(SENSITIVE.search(s) for s in seen), seen
    history = []
    seen = _statements(api, lambda: history.append(api.get("/api/graduates/NOBODY/follow-ups", "officer")))
    assert_problem(history[0], 404, "毕业生「NOBODY」不存在")
    assert not any(SENSITIVE.search(s) for s in seen), seen


def test_graduate_exists_answers_yes_and_no(api):  # noqa: F811
    recorded(api, "G2", job_id="J-SOFT", status="已推送")
    assert api.client.delete("/api/graduates/G2", headers=api.headers("officer")).status_code == 204
    with api.app.state.session_factory() as session:
        # G2's follow-ups outlive its record: unlike ``graduate_known``, no record is no graduate.
        assert [repo.graduate_exists(session=session, graduate_id=g) for g in ("G1", "G2", "NOBODY")] == [True, False, False]
