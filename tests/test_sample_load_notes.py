"""``jobmatch serve --load-samples`` says briefly what its import of the samples noted, not only how
many rows it skipped: a row read once as a repeat (提示), a skipped row with its file, row and column
(跳过), graduates stored without a major; at most three lines of each kind, the rest counted."""

from __future__ import annotations

import shutil
from pathlib import Path

from service.commands.serve import load_samples
from service.settings import Settings

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
HEADER = "学号,姓名,专业,学历,学位,毕业年份,就业意向"


def _started(tmp_path: Path) -> Settings:
    """Settings as ``jobmatch serve`` has them when it loads the samples (the data folder made)."""
    settings = Settings(data_dir=tmp_path / "data")
    settings.prepare()
    return settings


def _graduates(rows: list[str]) -> str:
    return "\n".join([HEADER, *rows]) + "\n"


def test_the_sample_load_prints_its_notes(tmp_path, capsys):
    samples = tmp_path / "samples"
    samples.mkdir()
    shutil.copy(SAMPLES / "jobs.xlsx", samples / "jobs.xlsx")
    rows = ["G1,甲,会计学,本科,学士,2026,想做会计", "G1,甲,会计学,本科,学士,2026,想做会计",  # read once
            "G2,乙,,本科,学士,2026,想当老师",  # no major
            *(f"G{n},丙,会计学,本科,学士,二零二六,想做会计" for n in range(3, 8))]  # five bad years
    (samples / "graduates.csv").write_text(_graduates(rows), encoding="utf-8")
    load_samples(_started(tmp_path), samples)
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("已导入示例数据：岗位 400 个，毕业生 2 人（跳过 5 行）")
    notes = [line for line in out if line.startswith("  提示：")]
    assert len(notes) == 2 and "第 3 行与第 2 行内容相同" in notes[0] and "G2：记录中没有专业" in notes[1]
    skipped = [line for line in out if line.startswith("  跳过：")]
    assert len(skipped) == 3 and all("graduates.csv" in s and "毕业年份" in s for s in skipped)
    assert "  ……另有 2 条" in out


def test_clean_samples_print_the_counts_alone(tmp_path, capsys):
    load_samples(_started(tmp_path), SAMPLES)
    out = capsys.readouterr().out.splitlines()
    assert out == ["已导入示例数据：岗位 400 个，毕业生 300 人（跳过 0 行）"]
