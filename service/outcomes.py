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
