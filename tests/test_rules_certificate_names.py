"""Certificate names are read as a clerk would name them (``matching.rules.parser``,
``matching.rules.patterns``): a clause naming the applicants it concerns is read by its explicit
whole-clause reading before the generic fallback, which never takes such a clause as one name (nor
cuts the 应 of 应届 as a verb); the words
asking for a certificate are not part of its name, and 初级或以上 is no alternative."""

from __future__ import annotations

from matching.rules.conditions import CertificateCond, Kind
from matching.rules.parser import parse_cell

#: The form of gkld's teacher announcements (13540036) without the 普通话 grade after it, after
#: another certificate clause: the generic 「…证…或…证明」 fallback took it whole before.
_TEACHER_CLAUSE = ("需取得教师资格证；应届本科毕业生在报到聘用前必须取得适用的教师资格证（或《中小学和幼儿园教师资格考试合格证明》）"
                   "和普通话等级证书")


def _certificates(column: str, text: str) -> list[CertificateCond]:
    return [c.payload for c in parse_cell(column, text) if c.kind is Kind.CERTIFICATE]


def test_certificates_asked_of_fresh_bachelors_before_appointment_are_the_two_named():
    assert _certificates("备注", _TEACHER_CLAUSE) == [
        CertificateCond("教师资格证"),
        CertificateCond("教师资格证", alternatives=("中小学和幼儿园教师资格考试合格证明",), scope="应届本科毕业生"),
        CertificateCond("普通话等级证书", scope="应届本科毕业生"),
    ]


def test_no_certificate_name_is_a_clause_cut_at_its_first_character():
    for column in ("资格证书", "其他要求", "说明"):
        names = [n for c in _certificates(column, _TEACHER_CLAUSE) for n in (c.name, *c.alternatives)]
        assert not [n for n in names if n.startswith("届") or "必须" in n or "报到" in n], column


def test_a_clause_naming_its_applicants_before_the_verb_is_reviewed_whole_not_named_a_certificate():
    # no explicit reading for these: the officer reads them in full rather than a certificate 「届…」
    for text in ("应届生在报到前取得教师资格证或教师资格考试合格证明",
                 "应届本科毕业生在报到聘用前必须取得适用的教师资格证（或《中小学和幼儿园教师资格考试合格证明》）和普通话水平测试证书"):
        (cond,) = parse_cell("其他要求", text)
        assert cond.kind is Kind.NEEDS_REVIEW and cond.payload.text == text


def test_the_words_asking_for_a_certificate_are_not_its_name():
    assert [c.name for c in _certificates("备注", "须同时取得中级以上专业技术职称")] == ["中级以上专业技术职称"]
    assert [c.name for c in _certificates("备注", "需要取得住院医师规范化培训合格证书")] == ["住院医师规范化培训合格证书"]
    assert [c.alternatives for c in _certificates("备注", "研究生专业为内科学可报，且需有规培证明或规培证书")] == [("规培证明", "规培证书")]


def test_a_grade_or_above_is_not_an_alternative_certificate():
    (cert,) = _certificates("资格证书", "持有会计专业技术资格初级或以上资格证书")
    assert cert == CertificateCond("会计专业技术资格初级或以上资格证书")  # one certificate, no alternatives
