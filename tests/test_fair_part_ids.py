"""The cap on fairs a graduate keeps parts by a stable identity (``matching.fair_caps.part_id``), and a theme
none of whose parts is held lists its graduates as 未受邀 (``matching.fair_fill.not_held``). Before, a part let go
in the capped plan renumbered the later ones, so the part kept for a graduate (文学-3) named another one, and a
theme with no part held left its graduates in no list of the theme's."""

from __future__ import annotations

from matching.fair_caps import GraduateCap
from matching.fair_fill import hold_fillable
from matching.fair_limits import FairLimits
from matching.fair_records import Fair, FairBy, FairGraduate, UninvitedKind
from matching.fair_themes import Theme
from matching.results import Status

LIMITS = FairLimits(min_graduates=2, max_fairs_per_graduate=2, min_positions=1)
RANKS = {"A": {"J0": 1}, "B": {"J0": 3, "JY": 1, "JZ": 2}, "G": {"J1": 1, "J2": 2}, "I": {"J1": 1}, "H": {"J2": 1}}


def _guest(graduate_id: str, *job_ids: str) -> FairGraduate:
    return FairGraduate(graduate_id, job_ids, Status.ELIGIBLE, "")


def _fair(key: str, theme: str, employer: str, *guests: FairGraduate) -> Fair:
    return Fair(FairBy.MAJOR, key, theme, key, 1, 1, (employer,), (), (), guests)


def _parts():
    """Three parts of 文学, one employer and one post each: 之一's applicants A and B (B kept at two other fairs),
    之二's G and I, 之三's H and G (G ranks it 2nd; 之三 reaches 2 guests only with G)."""
    return [([("E0", ["J0"])], [_guest("A", "J0"), _guest("B", "J0")]),
            ([("E1", ["J1"])], [_guest("G", "J1"), _guest("I", "J1")]),
            ([("E2", ["J2"])], [_guest("H", "J2"), _guest("G", "J2")])]


def _first_plan_cap() -> GraduateCap:
    """The cap learnt from the uncapped plan: 文学 in three parts (文学-1..3), B also at 其他-Y and 其他-Z."""
    fairs = [_fair("文学-1", "文学", "E0", _guest("A", "J0"), _guest("B", "J0")),
             _fair("文学-2", "文学", "E1", _guest("G", "J1"), _guest("I", "J1")),
             _fair("文学-3", "文学", "E2", _guest("H", "J2"), _guest("G", "J2")),
             _fair("Y", "其他Y", "EY", _guest("B", "JY")), _fair("Z", "其他Z", "EZ", _guest("B", "JZ"))]
    cap = GraduateCap.of(fairs, limit=2, ranks=RANKS)
    assert cap is not None
    return cap


def test_a_part_let_go_does_not_cost_a_graduate_the_part_kept_for_them():
    """之一 cannot reach 2 guests (B is at the cap) and is let go; 之二 and 之三 are held, G at both, as the cap kept
    both for G. Before, 之三 was then keyed 文学-2: G, taking it as 之二, swapped away the old 文学-3 (now 之三's key)
    and was refused it, so 之三 fell short and was let go; 之二, alone, was keyed 文学, which the cap knew as no part
    of 文学, so G was refused that too and the theme held no fair."""
    held, invited, uninvited = hold_fillable(Theme("0501", "文学", "文学"), _parts(), graduates=5,
                                             demand={"J0": 2, "J1": 2, "J2": 2}, limits=LIMITS, ranks=RANKS,
                                             graduate_cap=_first_plan_cap())
    assert held == [1, 2]
    assert [sorted(g.graduate_id for g in guests) for guests in invited] == [["G", "I"], ["G", "H"]]
    assert not any(u.graduate_id == "G" for u in uninvited)


def test_a_theme_with_no_part_held_lists_its_graduates_as_uninvited():
    """Only 之一 (A and B, B at the cap): it is let go and no part is held. Before, A and B were in no 未受邀 row."""
    theme = Theme("0501", "0501 中国语言文学类", "中国语言文学类")
    held, invited, uninvited = hold_fillable(theme, _parts()[:1], graduates=2, demand={"J0": 2}, limits=LIMITS,
                                             ranks=RANKS, graduate_cap=_first_plan_cap())
    assert held == [] and invited == []
    assert [u.graduate_id for u in uninvited] == ["A", "B"]
    assert all(u.theme == theme.theme and u.kind is UninvitedKind.THEME_NOT_HELD for u in uninvited)
    assert uninvited[1].reason == (
        "可报考「0501 中国语言文学类」的岗位（在其推荐中最高排第 3 位），但本主题的招聘会均未举办：各场可参会的毕业生多已在"
        "其他招聘会受邀满 2 场（每位毕业生最多受邀 2 场），凑不足每场至少 2 人（岗位见「未列入岗位」）")
