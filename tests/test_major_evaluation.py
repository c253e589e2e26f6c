"""Ranking metrics against slow, obvious versions; ``jobmatch evaluate`` end to end."""

from __future__ import annotations

import itertools
import math
import random

import pytest

from matching.evaluation import (
    Metric,
    average_precision_at_k,
    mean_metrics,
    ndcg_at_k,
    precision_at_k,
    recall_at_k,
)
from service.cli import main


def slow_ndcg(ranked, rel, k):
    dcg = 0.0
    for position in range(1, min(k, len(ranked)) + 1):
        dcg += (2 ** rel.get(ranked[position - 1], 0) - 1) / math.log2(position + 1)
    # Ideal: the best of all orderings of the judged items (brute force on small sets).
    best = 0.0
    for order in itertools.permutations(rel):
        value = sum((2 ** rel[item] - 1) / math.log2(i + 2) for i, item in enumerate(order[:k]))
        best = max(best, value)
    return dcg / best if best else 0.0


def slow_ap(ranked, rel, k):
    relevant = {i for i, g in rel.items() if g > 0}
    if not relevant:
        return 0.0
    precisions = [len(relevant & set(ranked[:i])) / i for i in range(1, min(k, len(ranked)) + 1)
                  if ranked[i - 1] in relevant]
    return sum(precisions) / min(k, len(relevant))


@pytest.mark.parametrize("seed", range(30))
def test_metrics_match_slow_versions_on_random_lists(seed):
    rng = random.Random(seed)
    items = [f"j{i}" for i in range(12)]
    ranked = rng.sample(items, rng.randint(0, 12))
    rel = {i: rng.choice([0, 1, 2, 3]) for i in rng.sample(items, rng.randint(0, 6))}
    for k in (1, 3, 5, 10):
        assert ndcg_at_k(ranked, rel, k) == pytest.approx(slow_ndcg(ranked, rel, k))
        assert average_precision_at_k(ranked, rel, k) == pytest.approx(slow_ap(ranked, rel, k))
        relevant = {i for i, g in rel.items() if g > 0}
        assert precision_at_k(ranked, rel, k) == pytest.approx(len(relevant & set(ranked[:k])) / k)
        expected_recall = len(relevant & set(ranked[:k])) / len(relevant) if relevant else 0.0
        assert recall_at_k(ranked, rel, k) == pytest.approx(expected_recall)


def test_hand_computed_values():
    rel = {"a": 1, "c": 1}
    ranked = ["a", "b", "c"]
    assert ndcg_at_k(ranked, rel, 10) == pytest.approx((1 + 1 / 2) / (1 + 1 / math.log2(3)))
    assert average_precision_at_k(ranked, rel, 100) == pytest.approx((1 + 2 / 3) / 2)
    assert precision_at_k(ranked, rel, 10) == pytest.approx(0.2)
    assert recall_at_k(["b"], rel, 100) == 0.0



def test_default_cut_offs_are_the_reported_ones():
    # The 11th job is relevant: outside NDCG@10 and P@10; the 101st: outside MAP@100 and Recall@100.
    ranked = [f"j{i}" for i in range(1, 102)]
    assert ndcg_at_k(ranked, {"j11": 1}) == 0.0 and precision_at_k(ranked, {"j11": 1}) == 0.0
    assert ndcg_at_k(ranked, {"j10": 1}) > 0 and precision_at_k(ranked, {"j10": 1}) == pytest.approx(0.1)
    assert average_precision_at_k(ranked, {"j101": 1}) == 0.0 and recall_at_k(ranked, {"j101": 1}) == 0.0
    assert average_precision_at_k(ranked, {"j100": 1}) == pytest.approx(0.01) and recall_at_k(ranked, {"j100": 1}) == 1.0
    # mean_metrics, which `jobmatch evaluate` prints, uses the same cut-offs.
    outside_10 = mean_metrics({"g1": ranked}, {"g1": {"j11": 1}})
    assert outside_10[Metric.NDCG_10.value] == 0.0 and outside_10[Metric.P_10.value] == 0.0
    assert mean_metrics({"g1": ranked}, {"g1": {"j101": 1}}) == {m.value: 0.0 for m in Metric}
    inside = mean_metrics({"g1": ranked}, {"g1": {"j10": 1, "j100": 1}})
    assert inside[Metric.P_10.value] == pytest.approx(0.1) and inside[Metric.RECALL_100.value] == 1.0
    assert inside[Metric.MAP_100.value] == pytest.approx((1 / 10 + 2 / 100) / 2) and inside[Metric.NDCG_10.value] > 0

def test_mean_counts_every_query_in_the_qrels_even_without_a_run():
    qrels = {"g1": {"a": 1}, "g2": {"b": 1}}
    means = mean_metrics({"g1": ["a"]}, qrels)
    assert means[Metric.NDCG_10.value] == pytest.approx(0.5)
    assert means[Metric.RECALL_100.value] == pytest.approx(0.5)
    assert mean_metrics({"g1": ["a"]}, {}) == {m.value: 0.0 for m in Metric}  # no query: zeros, not an error


def test_evaluate_command_prints_the_four_metrics(tmp_path, capsys):
    (tmp_path / "jobs.csv").write_text(
        "岗位编号,职位名称,用人单位,职位描述\n"
        "acc,会计岗,市财政局,负责会计核算与财务管理\n"
        "nurse,护士,市人民医院,从事临床护理\n"
        "teach,教师,第三中学,从事中学教学\n", encoding="utf-8")
    (tmp_path / "grads.csv").write_text("编号,姓名,专业\ng1,张三,会计学\ng2,李四,护理学\n", encoding="utf-8")
    (tmp_path / "qrels.csv").write_text("graduate_id,job_id,relevance\ng1,acc,1\ng2,nurse,1\ng3,teach,1\n",
                                        encoding="utf-8")
    code = main(["evaluate", "--jobs", str(tmp_path / "jobs.csv"), "--graduates", str(tmp_path / "grads.csv"),
                 "--qrels", str(tmp_path / "qrels.csv")])
    out = capsys.readouterr().out
    assert code == 0
    assert "| NDCG@10 | P@10 | MAP@100 | Recall@100 |" in out
    assert "评估 3 位毕业生" in out and "1 位不在毕业生文件中" in out
    # g1 and g2 find their job first, g3 is absent: NDCG@10 = 2/3.
    assert "| 0.667 |" in out.splitlines()[-1]


def test_evaluate_rejects_qrels_without_required_columns(tmp_path, capsys):
    (tmp_path / "q.csv").write_text("graduate,job\ng1,acc\n", encoding="utf-8")
    (tmp_path / "j.csv").write_text("岗位编号,职位名称\nacc,会计\n", encoding="utf-8")
    code = main(["evaluate", "--jobs", str(tmp_path / "j.csv"), "--graduates", str(tmp_path / "j.csv"),
                 "--qrels", str(tmp_path / "q.csv")])
    assert code == 2
    err = capsys.readouterr().err
    assert "q.csv" in err and "缺少必需的列" in err and "graduate_id" in err


@pytest.mark.parametrize(("rows", "where"), [
    ("g1,acc,1\n,acc,1\n", "第 3 行，列「graduate_id」"),
    ("g1,,1\n", "第 2 行，列「job_id」"),
    ("g1,acc,1\ng1,nurse,高\n", "第 3 行，列「relevance」：相关性「高」不是数字"),
    ("", "没有任何相关性判断"),
])
def test_evaluate_names_the_row_and_column_of_a_bad_judgement(tmp_path, capsys, rows, where):
    (tmp_path / "q.csv").write_text("graduate_id,job_id,relevance\n" + rows, encoding="utf-8")
    (tmp_path / "j.csv").write_text("岗位编号,职位名称\nacc,会计\n", encoding="utf-8")
    code = main(["evaluate", "--jobs", str(tmp_path / "j.csv"), "--graduates", str(tmp_path / "j.csv"),
                 "--qrels", str(tmp_path / "q.csv")])
    err = capsys.readouterr().err
    assert code == 2 and "q.csv" in err and where in err


def _evaluation_files(tmp_path, jobs: str, qrels: str):
    (tmp_path / "jobs.csv").write_text("岗位编号,职位名称,用人单位,招聘人数\n" + jobs, encoding="utf-8")
    (tmp_path / "grads.csv").write_text("编号,姓名,专业\ng1,张三,会计学\n", encoding="utf-8")
    (tmp_path / "qrels.csv").write_text("graduate_id,job_id,relevance\n" + qrels, encoding="utf-8")
    return ["evaluate", "--jobs", str(tmp_path / "jobs.csv"), "--graduates", str(tmp_path / "grads.csv"),
            "--qrels", str(tmp_path / "qrels.csv")]


def test_evaluate_reports_the_skipped_rows_of_the_jobs_file(tmp_path, capsys):
    args = _evaluation_files(tmp_path, "acc,会计岗,市财政局,1\nbad,出纳岗,市财政局,很多\n", "g1,acc,1\n")
    code = main(args)
    captured = capsys.readouterr()
    assert code == 0 and "| 1.000 |" in captured.out.splitlines()[-1]
    assert "已跳过 1 行" in captured.err
    assert "jobs.csv" in captured.err and "第 3 行" in captured.err and "招聘人数" in captured.err


def test_evaluate_strict_stops_at_the_first_bad_row(tmp_path, capsys):
    args = _evaluation_files(tmp_path, "acc,会计岗,市财政局,1\nbad,出纳岗,市财政局,很多\n", "g1,acc,1\n")
    code = main([*args, "--strict"])
    captured = capsys.readouterr()
    assert code == 2 and "NDCG@10" not in captured.out
    assert "jobs.csv" in captured.err and "第 3 行" in captured.err


def test_evaluate_counts_judgements_of_jobs_the_jobs_file_lacks(tmp_path, capsys):
    args = _evaluation_files(tmp_path, "acc,会计岗,市财政局,1\n", "g1,acc,1\ng1,gone,1\ng1,other,0\n")
    code = main(args)
    out = capsys.readouterr().out
    assert code == 0
    assert "有 1 条相关判断指向岗位文件中没有的岗位" in out  # the zero-relevance one is not counted
    assert "| 0.500 |" in out.splitlines()[-1]  # Recall@100: one of the two relevant jobs can be found


@pytest.mark.parametrize("value", ["nan", "inf", "-inf"])
def test_evaluate_rejects_a_relevance_that_is_not_a_finite_number(tmp_path, capsys, value):
    args = _evaluation_files(tmp_path, "acc,会计岗,市财政局,1\n", f"g1,acc,1\ng1,acc,{value}\n")
    code = main(args)
    err = capsys.readouterr().err
    assert code == 2 and "第 3 行，列「relevance」" in err and value in err
