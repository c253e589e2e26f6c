"""What came of a job put to a graduate: the vocabulary of the officers' follow-up record.

Stored as the Chinese words themselves (as ``features.records.Hardship`` is), so the
database, the API and the pages say the same thing. Shared by storage (the officer list
puts hired graduates last) and the API schemas.
"""

from __future__ import annotations

import enum


class FollowUpStatus(enum.StrEnum):
    """Where a (graduate, job) pair stands; the newest record is the current state."""

    PUSHED = "已推送"  # the officer put the job to the graduate
    APPLIED = "已投递"
    INTERVIEWING = "面试中"
    HIRED = "已录用"
    NOT_HIRED = "未录用"
    WITHDRAWN = "放弃"  # the graduate did not pursue it


#: A job's states that still wait for a result (录用、未录用 or 放弃): the pushes an officer
#: chases up (``GET /api/follow-ups?waiting=true``, 「尚无结果」 on ``/follow-ups``).
AWAITING_RESULT = (FollowUpStatus.PUSHED, FollowUpStatus.APPLIED, FollowUpStatus.INTERVIEWING)


class SubsidyState(enum.StrEnum):
    """The graduate's 求职创业补贴 (job-seeking subsidy), which only hardship-support
    graduates receive: a state here tells the reader the graduate is one of them."""

    NOT_APPLIED = "未申请"
    APPLIED = "已申请"
    PAID = "已发放"
    REFUSED = "未获批"  # the application was turned down; 已申请 again once the graduate re-applies


#: States a 求职创业补贴 may move to only from the listed ones (the graduate's newest stated state;
#: ``None``: none stated yet). A refusal answers an application (or restates itself); after one, the
#: graduate must apply again (已申请) before the subsidy can be paid (``_NOT_AFTER_REFUSAL``). The
#: other moves are unchecked, as before 未获批 existed: officers correct a mistyped state by writing
#: the right one (未申请 after a mistaken 未获批, too).
SUBSIDY_ONLY_AFTER: dict[SubsidyState, frozenset[SubsidyState | None]] = {
    SubsidyState.REFUSED: frozenset({SubsidyState.APPLIED, SubsidyState.REFUSED}),
}
#: A state that may not follow a refusal: paid without a new application.
_NOT_AFTER_REFUSAL = frozenset({SubsidyState.PAID})

#: States after which no reminder 「可申领，尚未登记申领」 is shown: applied, paid, or refused (the
#: office judged the graduate not entitled; a reminder would send them back to be refused again —
#: once they re-apply the state is 已申请, still no reminder).
SUBSIDY_CLOSED = frozenset({SubsidyState.APPLIED, SubsidyState.PAID, SubsidyState.REFUSED})


def subsidy_move_problem(previous: str | None, new: SubsidyState) -> str | None:
    """Why ``new`` may not follow ``previous`` (the graduate's newest stated subsidy state), or ``None``."""
    before = None if previous is None else SubsidyState(previous)
    allowed = SUBSIDY_ONLY_AFTER.get(new)
    if allowed is not None and before not in allowed:
        # The message does not echo the stored state: the answer would be one more read of it.
        return (f"求职创业补贴「{new}」表示申请未获批准，只能在登记「已申请」之后登记；"
                "请先核对该毕业生最近登记的补贴状态")
    if before is SubsidyState.REFUSED and new in _NOT_AFTER_REFUSAL:
        return (f"该毕业生的求职创业补贴申请未获批，不能直接登记为「{new}」："
                "重新申请的请先登记「已申请」")
    return None


#: Longest note an officer may attach to a follow-up (characters).
NOTE_MAX_LENGTH = 500

#: Fields of a follow-up that say something about the graduate's hardship: the subsidy
#: state by definition, the note because it is free text about a hardship-support
#: graduate. Responses that carry them, and records that set them, are audited.
SENSITIVE_FOLLOW_UP_FIELDS = ("subsidy", "note")

#: Longest ``Idempotency-Key`` a follow-up may carry (a UUID is 36 characters), and what
#: it may hold: visible ASCII, no spaces (the header's usual form; keys are compared exactly).
REQUEST_KEY_MAX_LENGTH = 128
REQUEST_KEY_PATTERN = r"^[\x21-\x7e]{1,128}$"
