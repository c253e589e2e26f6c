"""`jobmatch check-jobs --help` names every kind of finding, so a clerk reading it knows what is checked.

The list used to be checked against a hand-kept copy of phrases, so two checks added later
(岗位名称与学历要求不一致, 工作地点前后矛盾) were missing from both and nothing failed: the test now
reads the checks' own registry (``Check``), and the printed help rather than the parser's text."""

from __future__ import annotations

import re

import pytest

from matching.job_findings import Check, Severity
from service.cli import build_parser


def _help(capsys) -> str:
    with pytest.raises(SystemExit):
        build_parser().parse_args(["check-jobs", "--help"])
    # argparse wraps the description anywhere in a run of Chinese: compare without the line breaks.
    return re.sub(r"\s+", "", capsys.readouterr().out)


def test_help_names_every_check_in_the_registry(capsys):
    text = _help(capsys)
    missing = [check.label for check in Check if check.label.replace(" ", "") not in text]
    assert missing == []


def test_help_names_the_checks_added_on_2026_12_07(capsys):
    text = _help(capsys)
    assert "岗位名称与学历要求不一致" in text
    assert "工作地点前后矛盾" in text


def test_help_says_each_check_with_its_severity(capsys):
    text = _help(capsys)
    errors = text.split("错误：", 1)[1].split("；", 1)[0]
    assert Check.PAY_BELOW_FLOOR.label in errors and Check.HEADCOUNT_ZERO.label.replace(" ", "") in errors
    assert all(c.severity is Severity.ERROR for c in Check if c.label.replace(" ", "") in errors.split("、"))
