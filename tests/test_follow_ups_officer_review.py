"""An officer's walk through the follow-up record (review r7): what the export command reads
as its filters matches what the page and the API read for the same words."""

from __future__ import annotations

import pytest

from tests.test_api_fixtures import api  # noqa: F401
from tests.test_cli_follow_ups import data_dir, export, read_csv  # noqa: F401


@pytest.mark.parametrize("school", [" 新疆大学 ", "新疆大学\t"])
def test_the_exports_school_is_read_trimmed_as_the_page_and_the_api_read_it(api, data_dir, tmp_path, school):
    """A school pasted with a space around it exported an empty file (0 lines, 「none」), where
    ``GET /api/follow-ups?school=`` and ``/follow-ups`` trim it and list G1's lines."""
    out = tmp_path / "r.csv"
    assert export(data_dir, out, "--school", school, "--all-rows") == 0
    assert {r["graduate_id"] for r in read_csv(out)} == {"G1"} and len(read_csv(out)) == 3
    assert api.get("/api/follow-ups", "officer", params={"school": school, "all_rows": True}).json()["total"] == 3


def test_a_blank_school_is_no_filter_in_the_export_as_on_the_page(api, data_dir, tmp_path):
    out = tmp_path / "r.csv"
    assert export(data_dir, out, "--school", "  ") == 0
    assert [r["graduate_id"] for r in read_csv(out)] == ["G1", "G1", "G2", "G3"]


def test_a_graduate_id_that_names_nobody_is_refused_rather_than_exported_as_an_empty_file(
        api, data_dir, tmp_path, capsys):
    """A mistyped 学号 (one digit short) wrote an empty file, 「已导出 0 位」, which reads to the bureau as
    「no follow-up」 (as a future --since did, which the command refuses); nothing is written now."""
    out = tmp_path / "r.csv"
    assert export(data_dir, out, "--graduate", "G9") == 2
    assert not out.exists()
    assert "--graduate G9：没有编号为「G9」的毕业生，也没有其跟进记录" in capsys.readouterr().err
    # A graduate who exists but has no follow-up yet: the empty file is the truth.
    assert export(data_dir, out, "--graduate", "G4") == 0
    assert read_csv(out) == []
