"""A graduate in no fair is told the truth about their class's fairs, briefly (review of the
absent-graduate reasons): on gkld by major a 数学类 graduate's reason led with 「所属专业类「理学（…）
（第 1 部分）」…不单独举办」 for six dropped parts, 521 characters, while 「理学（数学类…）专场」 — the
seventh part — was held; none of their suggested posts was in it, which is what the organiser needs."""

from __future__ import annotations

from matching.fair_absentees import absent_graduates
from matching.fair_records import DroppedTheme, Fair, FairBy, UnplacedKind, UnplacedPosition
from matching.fair_themes import ThemeLink
from matching.results import Suggestion
from matching.verdict import Status
from tests.factories import graduate

THEME = "理学（0701 数学类、0702 物理学类）"
MATH = ThemeLink("0701", "数学类", "")


def _fair(theme: str, title: str) -> Fair:
    return Fair(by=FairBy.MAJOR, key="07-6", theme=theme, title=title, part=6, parts=6, employers=(), places=(),
                positions=(), graduates=())


def _absent(fairs, dropped) -> str:
    people = {"G1": graduate("G1", "数学与应用数学")}
    offers = {"G1": [Suggestion(f"J{r}", r, 1.0, Status.ELIGIBLE, ()) for r in (1, 2, 3)]}
    unplaced = [UnplacedPosition(f"J{r}", "教师", "某中学", None, 1, f"{THEME}（第 {r} 部分）：可参加的毕业生 3 人，少于 5 人",
                                 kinds=(UnplacedKind.PART_TOO_SMALL,)) for r in (1, 2, 3)]
    (absent,) = absent_graduates(by=FairBy.MAJOR, max_rank=5, people=people, offers=offers, classes={"G1": MATH},
                                 fairs=fairs, dropped=dropped, unplaced=unplaced, uninvited=())
    return absent.detail  # the full account; ``reason`` is its short line (tests/test_fair_short_reasons.py)


DROPPED = [DroppedTheme(f"{THEME}（第 {n} 部分）", 9, 3, "可参加的毕业生 3 人，少于 5 人") for n in (1, 2, 3)]


def test_a_class_whose_fair_is_held_is_not_said_to_be_not_held():
    reason = _absent([_fair(THEME, "理学（数学类、物理学类）专场")], DROPPED)
    assert reason.startswith("所属专业类的招聘会「理学（数学类、物理学类）专场」中没有推荐给其的岗位；")
    assert "不单独举办" not in reason.split("；其中")[0]  # the best post's own reason may say its part was not held
    assert "推荐的 3 个岗位中 3 个未列入招聘会（按单位和地点分场后规模不足：3 个）" in reason


def test_the_parts_of_one_theme_not_held_are_named_together():
    reason = _absent([], DROPPED)
    assert reason.startswith(f"所属专业类「{THEME}」第 1、2、3 部分规模都不足（各部分人数见「说明」），不单独举办；")
    assert reason.count(THEME) == 1


def test_a_left_out_posts_long_reason_is_cut_to_its_first_clause():
    model = ("专业不限，模型估计的匹配程度都不足以归入专业类；推荐此岗位的 96 位毕业生中，同属模型估计可能相关的一个专业类的最多 9 位"
             "（计算机类），须至少 2 位且占推荐人数的 10%（模型估计的匹配程度达次高专业类 2.5 倍的专业类有 1 位即可），不足以归入")
    people = {"G1": graduate("G1", "数学与应用数学")}
    offers = {"G1": [Suggestion("J1", 1, 1.0, Status.ELIGIBLE, ())]}
    unplaced = [UnplacedPosition("J1", "工作人员", "机关事业单位", None, 1, model, kinds=(UnplacedKind.NO_THEME,))]
    (absent,) = absent_graduates(by=FairBy.MAJOR, max_rank=5, people=people, offers=offers, classes={"G1": MATH},
                                 fairs=[_fair(THEME, "理学（数学类、物理学类）专场")], dropped=(), unplaced=unplaced, uninvited=())
    assert absent.detail.endswith("其中排第 1 位的工作人员（机关事业单位）：专业不限，模型估计的匹配程度都不足以归入专业类"
                                  "（全文见「未列入招聘会的岗位」）")
    assert len(absent.detail) < 160
