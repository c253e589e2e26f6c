"""`jobmatch check-jobs --help` names every kind of finding, so a clerk reading it knows what is checked."""

from __future__ import annotations

from service.cli import build_parser


def _description() -> str:
    for action in build_parser()._actions:  # argparse keeps sub-commands only here
        if hasattr(action, "choices") and isinstance(action.choices, dict) and "check-jobs" in action.choices:
            return action.choices["check-jobs"].description
    raise AssertionError("no check-jobs command")


def test_help_names_the_checks_added_after_the_first_list():
    text = _description()
    for phrase in ("报名已截止", "往年度公告", "要求多年工作经验", "工作地点只写到市或省", "与备注不一致",
                   "非全职岗位", "岗位名称与工作类型不一致", "限定性别", "薪酬未写明月薪或年薪", "与岗位名称不一致"):
        assert phrase in text, phrase
