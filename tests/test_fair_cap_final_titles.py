"""A graduate turned away by the cap on fairs a graduate reads the fairs they attend in the final plan
(``matching.fair_caps.restated``, applied by ``matching.fair_planner.Planner.build``). ``GraduateCap.why`` names
the fairs kept for them by the titles of the first plan, made without the cap; when the capped plan holds a theme
in fewer parts the numbers shift. gkld by industry (``--on 2023-03-01``) named 「教育专场（之五）」 to 8 graduates
who attend 「教育专场（之四）」 (教育 held as 22 parts, not 23), and 「公安司法专场（之一）」 to one who attends no
公安司法 fair (held as one): 12 of its 15 such reasons."""

from __future__ import annotations

from matching.fair_caps import GraduateCap, restated
from matching.fair_records import Fair, FairBy, FairGraduate
from matching.results import Status


def _guest(graduate_id: str, *job_ids: str) -> FairGraduate:
    return FairGraduate(graduate_id, job_ids, Status.ELIGIBLE, "")


def _fair(title: str, theme: str, employer: str, part: int, parts: int, *guests: FairGraduate) -> Fair:
    return Fair(FairBy.INDUSTRY, f"{theme}-{part}", theme, title, part, parts, (employer,), (), (), guests)


def _first_plan_cap() -> GraduateCap:
    """The uncapped plan asked B to three fairs, one over the limit of 2: 教育专场（之二） (rank 1), 医疗卫生专场
    (rank 2), 金融专场 (rank 3)."""
    fairs = [_fair("教育专场（之一）", "教育", "E1", 1, 2, _guest("A", "J1")),
             _fair("教育专场（之二）", "教育", "E2", 2, 2, _guest("B", "J2")),
             _fair("医疗卫生专场", "医疗卫生", "EY", 1, 1, _guest("B", "JY")),
             _fair("金融专场", "金融", "EZ", 1, 1, _guest("B", "JZ"))]
    cap = GraduateCap.of(fairs, limit=2, ranks={"A": {"J1": 1}, "B": {"J2": 1, "JY": 2, "JZ": 3}})
    assert cap is not None
    return cap


def test_the_fairs_a_capped_graduate_is_told_they_attend_are_titled_as_the_final_plan_holds_them():
    """教育's first part is not held in the capped plan, so B's 教育专场（之二） is held as 「教育专场」. Before, B's
    未受邀 reason for 金融 named 「教育专场（之二）」, a fair the plan does not hold."""
    cap = _first_plan_cap()
    reason = f"可报考金融专场的岗位（在其推荐中最高排第 3 位），但{cap.why('B')}"
    assert "「教育专场（之二）」" in reason  # the first plan's title, as the cap knows it
    assert restated(reason, ["教育专场", "医疗卫生专场"], limit=2) == (
        "可报考金融专场的岗位（在其推荐中最高排第 3 位），但已受邀参加 2 场招聘会（「教育专场」「医疗卫生专场」），"
        "每位毕业生最多受邀 2 场，按其在各主题中推荐名次最靠前的岗位保留")


def test_a_kept_fair_the_final_plan_does_not_invite_them_to_is_said_so_not_counted():
    """The cap kept 医疗卫生专场 for B, but the capped plan does not invite B there: B attends one fair, and the
    reason no longer counts two."""
    cap = _first_plan_cap()
    reason = f"可报考金融专场的岗位（在其推荐中最高排第 3 位），但{cap.why('B')}"
    assert restated(reason, ["教育专场"], limit=2) == (
        "可报考金融专场的岗位（在其推荐中最高排第 3 位），但已受邀参加 1 场招聘会（「教育专场」），"
        "为其保留的另 1 场最终未邀请其参加，每位毕业生最多受邀 2 场，按其在各主题中推荐名次最靠前的岗位保留")


def test_a_reason_without_the_caps_wording_is_left_as_it_is():
    reason = "可报考金融专场的岗位（在其推荐中最高排第 3 位），但该场已满 40 人（每场毕业生上限，推荐名次靠前者优先）"
    assert restated(reason, ["教育专场"], limit=2) == reason
