"""The major-fit model's contract, its save/load round-trip, and the planted accounting case."""

from __future__ import annotations

import copy
import json

import numpy as np
import pytest

from features.major_requirements import parse_major_requirement
from features.records import Graduate, Job
from matching.major_fit import MajorFitModel, catalog_pseudo_jobs, class_terms, major_names, place_major_name, weak_labels
from service.model_store import ModelStoreError, load_major_code_tables, load_major_fit_model, save_major_fit_model
from service.resources import load_major_catalog, load_segmenter

ACCOUNTING, NURSING, TEACHING = "1202", "1011", "0401"

# (title, employer, description, class): small, hand-written postings in the tables' style.
TRAINING = [
    ("会计", "区财政局", "负责单位会计核算、财务报表编制", ACCOUNTING),
    ("财务管理岗", "县审计局", "从事财务审计、预算管理工作", ACCOUNTING),
    ("会计岗", "市税务局", "负责财务核算和税务申报", ACCOUNTING),
    ("出纳", "镇财政所", "负责现金出纳与会计凭证整理", ACCOUNTING),
    ("审计岗", "市审计局", "从事财务收支审计", ACCOUNTING),
    ("财务人员", "区人民医院", "负责医院财务核算与成本会计", ACCOUNTING),
    ("护士", "县人民医院", "从事临床护理工作", NURSING),
    ("护理岗", "市中医院", "负责病房护理和患者照护", NURSING),
    ("护士", "乡镇卫生院", "从事护理、输液和健康宣教", NURSING),
    ("护理人员", "妇幼保健院", "负责产科护理工作", NURSING),
    ("护士", "社区卫生服务中心", "从事社区护理与慢病随访", NURSING),
    ("护理", "第一人民医院", "负责急诊护理", NURSING),
    ("教师", "第一中学", "从事中学教学与班主任工作", TEACHING),
    ("小学教师", "实验小学", "负责小学课堂教学", TEACHING),
    ("教师", "县第二中学", "承担学科教学与教研工作", TEACHING),
    ("幼儿教师", "中心幼儿园", "从事幼儿保育和教育", TEACHING),
    ("教研员", "区教育局", "负责中小学教学研究", TEACHING),
    ("教师", "职业中学", "从事专业课教学", TEACHING),
]


def _jobs():
    return [Job(id=f"t{i}", title=t, employer=e, description=d) for i, (t, e, d, _) in enumerate(TRAINING)]


@pytest.fixture(scope="module")
def fitted():
    labels = [{c} for *_, c in TRAINING]
    model = MajorFitModel(segmenter=load_segmenter(), min_df=1, min_positives=3, progress=False,
                          class_terms=class_terms(load_major_catalog()))
    return model.fit(_jobs(), labels, [dict.fromkeys(s, 1.0) for s in labels])


@pytest.fixture(scope="module")
def fitted_majors():
    labels = [{c} for *_, c in TRAINING]
    catalog = load_major_catalog()
    model = MajorFitModel(segmenter=load_segmenter(), min_df=1, min_positives=3, progress=False,
                          class_terms=class_terms(catalog), major_names=major_names(catalog))
    return model.fit(_jobs(), labels, [dict.fromkeys(s, 1.0) for s in labels])


PLANTED = [
    Job(id="acc", title="会计岗", employer="市财政局", description="负责会计核算与财务管理"),
    Job(id="nurse", title="护士", employer="市人民医院", description="从事临床护理"),
    Job(id="teach", title="教师", employer="第三中学", description="从事中学教学"),
]


def test_fit_learns_one_calibrated_column_per_class(fitted):
    assert fitted.labels_ == sorted([ACCOUNTING, NURSING, TEACHING])
    proba = fitted.predict_proba(PLANTED)
    assert proba.shape == (3, 3) and proba.dtype == np.float32
    assert np.all((proba >= 0) & (proba <= 1))
    best = [fitted.labels_[j] for j in proba.argmax(axis=1)]
    assert best == [ACCOUNTING, NURSING, TEACHING]


def test_label_index_maps_a_major_to_its_class(fitted):
    assert fitted.labels_[fitted.label_index("120203")] == ACCOUNTING
    assert fitted.label_index("080901") is None


def test_fitting_is_deterministic(fitted):
    again = MajorFitModel(segmenter=load_segmenter(), min_df=1, min_positives=3, progress=False,
                          class_terms=class_terms(load_major_catalog()))
    labels = [{c} for *_, c in TRAINING]
    again.fit(_jobs(), labels, [dict.fromkeys(s, 1.0) for s in labels])
    np.testing.assert_array_equal(again.predict_proba(PLANTED), fitted.predict_proba(PLANTED))


def test_fit_rejects_mismatched_inputs():
    model = MajorFitModel(segmenter=load_segmenter(), progress=False)
    with pytest.raises(ValueError, match="数量不一致"):
        model.fit(_jobs(), [{ACCOUNTING}], None)


def test_save_load_round_trip_gives_equal_predictions(fitted, tmp_path):
    folder = save_major_fit_model(fitted, tmp_path / "major_fit", data_hash="abc", metrics={"NDCG@10": 0.5})
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["format_version"] == 2 and manifest["training_data_sha256"] == "abc"
    assert "scikit-learn" in manifest["libraries"]
    loaded = load_major_fit_model(folder)
    assert loaded.labels_ == fitted.labels_
    # Coefficients are stored as float16: equal to well below any ranking difference.
    # Repeated words too, so that the rebuilt vectorisers' term weighting (sublinear tf) is exercised.
    repeated = [Job(id="r", title="会计 会计 会计", employer="财政局 财政局", description="会计核算 会计核算 护理")]
    for jobs in (PLANTED, repeated):
        np.testing.assert_allclose(loaded.predict_proba(jobs), fitted.predict_proba(jobs), atol=2e-3)
    assert not list(tmp_path.glob(".major_fit-*"))  # the temporary folder was renamed away


def test_saving_over_an_existing_model_replaces_it(fitted, tmp_path):
    folder = save_major_fit_model(fitted, tmp_path / "m")
    save_major_fit_model(fitted, folder, data_hash="second")
    assert json.loads((folder / "manifest.json").read_text(encoding="utf-8"))["training_data_sha256"] == "second"


def test_version_mismatch_gives_a_clear_chinese_error(fitted, tmp_path):
    folder = save_major_fit_model(fitted, tmp_path / "m")
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    manifest["format_version"] = 999
    (folder / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    with pytest.raises(ModelStoreError, match="模型格式版本不兼容.*请运行 jobmatch train 重新训练"):
        load_major_fit_model(folder)


def test_corrupt_or_missing_model_gives_a_clear_error(fitted, tmp_path):
    folder = save_major_fit_model(fitted, tmp_path / "m")
    (folder / "arrays.npz").write_bytes(b"not a zip")
    with pytest.raises(ModelStoreError, match="模型文件已损坏"):
        load_major_fit_model(folder)
    with pytest.raises(ModelStoreError, match="没有 manifest.json"):
        load_major_fit_model(tmp_path / "absent")


def test_arrays_of_inconsistent_size_are_refused(fitted, tmp_path):
    folder = save_major_fit_model(fitted, tmp_path / "m")
    with np.load(folder / "arrays.npz", allow_pickle=False) as stored:
        arrays = dict(stored)
    arrays["intercept"] = arrays["intercept"][:-1]  # one class short
    np.savez(folder / "arrays.npz", **arrays)
    with pytest.raises(ModelStoreError, match="数组维度不一致"):
        load_major_fit_model(folder)


def test_planted_accounting_graduate_gets_the_accounting_job_first(fitted):
    from matching.ranker import Ranker

    ranker = Ranker(catalog=load_major_catalog(), segmenter=load_segmenter(), major_fit=fitted).fit(PLANTED)
    graduate = Graduate(id="g1", major="会计学", major_code="120203")
    result = ranker.rank([graduate], k=3, rejected_k=0)[0]
    assert result.suggestions[0].job_id == "acc"
    assert fitted.predict_proba(PLANTED)[:, fitted.label_index("120203")].argmax() == 0


def test_weak_labels_down_weight_category_and_other_level_positives():
    catalog, tables = load_major_catalog(), load_major_code_tables()
    req = parse_major_requirement("本科：工学（08），会计学（120203K），法学类（0301）；研究生：社会学（0303）",
                                  catalog, tables=tables)
    labels = weak_labels(req, catalog, tables=tables)
    assert labels["0301"] == 1.0  # the whole class is listed
    assert labels[ACCOUNTING] == 0.3  # only one major of 工商管理类
    assert labels["0809"] == 0.25  # only through the 门类 code
    assert labels["0303"] == 0.3  # 研究生 社会学 mapped by name to the 本科 class
    assert weak_labels(parse_major_requirement("不限", catalog, tables=tables), catalog) == {}


def test_catalog_pseudo_jobs_label_each_major_name_with_its_class():
    pairs = catalog_pseudo_jobs(load_major_catalog(), {"会计": ["1202"]})
    by_title = {job.title: labels for job, labels in pairs}
    assert by_title["会计学"] == {ACCOUNTING: 1.0}
    assert by_title["会计"] == {ACCOUNTING: 1.0}


def test_train_command_names_missing_training_files(tmp_path, capsys):
    from service.cli import main

    assert main(["train", "--data", str(tmp_path), "--out", str(tmp_path / "m")]) == 2
    err = capsys.readouterr().err
    assert "缺少训练文件" in err and "henan_2026.xlsx" in err
    assert not (tmp_path / "m").exists()


def test_major_columns_rank_majors_of_one_class_apart_by_name(fitted_majors):
    model = fitted_majors
    assert model.labels_[:3] == sorted([ACCOUNTING, NURSING, TEACHING])
    assert "120203" in model.labels_ and "080901" not in model.labels_  # only majors of learnt classes
    assert model.labels_[model.label_index("120203")] == "120203"
    assert model.labels_[model.label_index(ACCOUNTING)] == ACCOUNTING
    jobs = [Job(id="a", title="会计岗", employer="市财政局", description="负责会计核算"),
            Job(id="b", title="审计岗", employer="市财政局", description="负责财务审计")]
    proba = model.predict_proba(jobs)
    assert proba.shape == (2, len(model.labels_)) and np.all((proba >= 0) & (proba <= 1))
    accounting, auditing = model.label_index("120203"), model.label_index("120207")
    assert proba[0, accounting] > proba[1, accounting]
    assert proba[1, auditing] > proba[0, auditing]


def test_title_only_weight_one_scores_a_job_on_its_title_alone(fitted_majors):
    job = Job(id="x", title="会计岗", employer="县人民医院", description="从事临床护理与病房照护")
    bare = Job(id="y", title="会计岗")
    defaults = fitted_majors.get_params()
    full_weight = fitted_majors.set_params(title_only_weight=1.0, literal_weight=0.0, name_weight=0.0)
    try:
        classes = len(full_weight.class_labels_)
        np.testing.assert_allclose(full_weight.predict_proba([job])[:, :classes],
                                   full_weight.predict_proba([bare])[:, :classes], atol=1e-6)
        full_weight.set_params(title_only_weight=0.0)
        assert not np.allclose(full_weight.predict_proba([job]), full_weight.predict_proba([bare]))
    finally:
        fitted_majors.set_params(**{k: defaults[k] for k in ("title_only_weight", "literal_weight", "name_weight")})


def test_round_trip_keeps_the_major_columns(fitted_majors, tmp_path):
    loaded = load_major_fit_model(save_major_fit_model(fitted_majors, tmp_path / "m"))
    assert loaded.labels_ == fitted_majors.labels_
    np.testing.assert_allclose(loaded.predict_proba(PLANTED), fitted_majors.predict_proba(PLANTED), atol=2e-3)


def test_literal_weight_mixes_in_the_class_names_the_text_contains(fitted):
    model = copy.deepcopy(fitted)
    named = [Job(id="n", title="综合岗", employer="某单位", description="要求熟悉工商管理和护理学知识")]
    model.set_params(literal_weight=0.0)
    calibrated = model.predict_proba(named)[0]
    model.set_params(literal_weight=1.0)
    literal = model.predict_proba(named)[0]
    assert literal[model.label_index(ACCOUNTING)] == 1.0  # 工商管理 is the name of 工商管理类 without 类
    assert literal[model.label_index(NURSING)] == 1.0  # 护理学 is a major of 护理学类
    assert literal[model.label_index(TEACHING)] == 0.0
    model.set_params(literal_weight=0.25)
    np.testing.assert_allclose(model.predict_proba(named)[0], 0.75 * calibrated + 0.25 * literal, rtol=1e-5)


def test_a_restricted_discipline_labels_the_named_field_only():
    catalog, tables = load_major_catalog(), load_major_code_tables()
    economics = {"应用经济学": ["0201"]}  # as a reference table maps the whole discipline
    only = parse_major_requirement("研究生：应用经济学（仅限金融学）", catalog, tables=tables)
    whole = parse_major_requirement("研究生：应用经济学", catalog, tables=tables)
    assert weak_labels(only, catalog, tables=tables, other_level_names=economics) == {"0203": 0.3}
    assert weak_labels(whole, catalog, tables=tables, other_level_names=economics) == {"0201": 0.3}


def test_weak_positives_pull_less_than_full_ones():
    labels = [{c} for *_, c in TRAINING]

    def accounting_scores(weight: float) -> np.ndarray:
        weights = [{c: weight if c == ACCOUNTING else 1.0} for *_, c in TRAINING]
        # min_positives counts weighted positives: 6 × 0.1 must still earn a column
        model = MajorFitModel(segmenter=load_segmenter(), min_df=1, min_positives=0.5, progress=False,
                              literal_weight=0.0, calibration_folds=0)
        model.fit(_jobs(), labels, weights)
        return model.decision_function(_jobs())[:, model.label_index(ACCOUNTING)]

    full, weak = accounting_scores(1.0), accounting_scores(0.1)
    is_accounting = np.array([c == ACCOUNTING for *_, c in TRAINING])
    assert (weak[is_accounting] < full[is_accounting]).all()


def test_a_class_under_min_positives_gets_no_column():
    rare = [("统计员", "区统计局", "负责统计调查", "0711"), ("统计岗", "县统计局", "从事统计分析", "0711")]
    rows = TRAINING + rare
    jobs = [Job(id=f"r{i}", title=t, employer=e, description=d) for i, (t, e, d, _) in enumerate(rows)]
    labels = [{c} for *_, c in rows]
    model = MajorFitModel(segmenter=load_segmenter(), min_df=1, min_positives=3, progress=False)
    model.fit(jobs, labels, [dict.fromkeys(s, 1.0) for s in labels])
    assert "0711" not in model.labels_ and model.label_index("071101") is None
    assert model.set_params(min_positives=2).fit(jobs, labels).label_index("071101") is not None


def test_a_class_name_that_training_posts_use_as_an_ordinary_word_is_not_matched_literally():
    # 「材料」 is the short name of 材料类 (0804) but in job text mostly 「材料撰写」 (writing
    # documents): here six posts of other classes use it, two materials posts do.
    materials = [("材料检测岗", "质检所", "负责材料检测", "0804"), ("材料工程师", "研究院", "从事金属材料研究", "0804"),
                 ("冶金岗", "钢铁研究院", "从事冶金工程研究", "0804")]
    writing = [("文秘", "区政府办", "负责文字材料撰写", ACCOUNTING), ("综合岗", "财政局", "负责材料撰写和会计核算", ACCOUNTING),
               ("办公室", "卫生院", "负责护理排班和材料整理", NURSING), ("教务", "第一中学", "负责教学和材料归档", TEACHING),
               ("秘书", "实验小学", "负责材料撰写", TEACHING), ("内勤", "人民医院", "负责护理材料汇总", NURSING)]
    rows = TRAINING + materials + writing
    jobs = [Job(id=f"w{i}", title=t, employer=e, description=d) for i, (t, e, d, _) in enumerate(rows)]
    labels = [{c} for *_, c in rows]

    def fitted_terms(**params) -> dict[str, list[str]]:
        model = MajorFitModel(segmenter=load_segmenter(), min_df=1, min_positives=3, progress=False,
                              calibration_folds=0, class_terms=class_terms(load_major_catalog()), **params)
        return model.fit(jobs, labels).class_terms_

    kept = fitted_terms()
    assert "材料" not in kept["0804"]  # found in 8 posts, 2 of which admit 材料类: precision 0.25 < 0.3
    assert "冶金工程" in kept["0804"]  # seen once: too rare to judge, kept
    assert "护理学" in kept[NURSING] and "工商管理" in kept[ACCOUNTING]
    assert "材料" in fitted_terms(literal_min_precision=0.25)["0804"]  # exactly 2 of 8 admit it: kept
    assert "材料" not in fitted_terms(literal_min_hits=8)["0804"]  # 8 hits are enough to judge
    assert "材料" in fitted_terms(literal_min_hits=9)["0804"]


@pytest.mark.parametrize("name, klass", [("会计电算化", ACCOUNTING), ("助产护理", NURSING), ("小学教育管理", TEACHING)])
def test_a_fitted_model_reads_a_major_name_as_a_class(fitted_majors, name, klass):
    # The 6-digit columns (fitted_majors has them) do not compete: the placement is a class.
    near = place_major_name(fitted_majors, name, load_major_catalog(), min_probability=0.0)
    assert (near.code, near.class_code, near.via) == (klass, klass, "model")
    proba = fitted_majors.predict_proba([Job(id="n", title=name)])[0]
    assert near.similarity == pytest.approx(float(proba[fitted_majors.labels_.index(klass)]))
    assert place_major_name(fitted_majors, name, load_major_catalog(), min_probability=near.similarity + 1e-6) is None


def test_the_shipped_model_places_a_vocational_major_only_it_can_place():
    # 关务与外贸服务 (高职 2021) is in neither the catalog nor the reference table, and the name
    # finder refuses its only look-alike (服务科学与工程); the shipped model reads 经济与贸易类.
    from features.major_similarity import NearestMajorFinder
    from service.engine import load_major_fit
    from service.resources import load_major_reference

    catalog = load_major_catalog()
    assert NearestMajorFinder(reference=load_major_reference()).fit(catalog).find("关务与外贸服务") is None
    near = place_major_name(load_major_fit(), "关务与外贸服务", catalog)
    assert (near.class_name, near.via) == ("经济与贸易类", "model")
    assert place_major_name(load_major_fit(), "光伏工程技术", catalog) is None  # too unsure: text similarity decides
