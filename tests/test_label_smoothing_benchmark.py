"""The label-smoothing benchmark's matrices: the figures in the model card rest on them."""

from types import SimpleNamespace

import numpy as np
import pytest

from benchmarks.major_fit_label_smoothing import co_admission, same_category, variants


def _row(labels):
    return SimpleNamespace(labels=labels)


def test_co_admission_is_weighted_conditional_frequency():
    classes = ["0809", "0807", "1202"]
    rows = [_row({"0809": 1.0, "0807": 1.0}), _row({"0809": 1.0}), _row({"1202": 1.0, "0809": 0.25}),
            _row({"9999": 1.0})]  # a label outside the model's classes is ignored
    cond = co_admission(rows, classes)
    # P(0807 | 0809) = 1·1 / (1 + 1 + 0.0625); P(0809 | 0807) = 1 / 1; P(0809 | 1202) = 0.25 / 1
    assert cond[1, 0] == pytest.approx(1 / 2.0625)
    assert cond[0, 1] == 1.0
    assert cond[0, 2] == 0.25
    assert cond[2, 1] == 0.0
    assert np.all(np.diag(cond) == 0.0)


def test_same_category_links_classes_of_one_menlei_only():
    same = same_category(["0809", "0807", "1202"])
    assert same.tolist() == [[0, 1, 0], [1, 0, 0], [0, 0, 0]]


def test_category_max_mix_lifts_a_sibling_class_and_shipped_variant_is_identity():
    classes = ["0809", "0807", "1202"]
    mixes = variants(np.zeros((3, 3)), same_category(classes))
    p = np.array([[0.9, 0.0, 0.1]])
    assert np.array_equal(mixes["the shipped model"](p), p)
    mixed = mixes["门类 max, a = 0.1"](p)
    assert np.allclose(mixed, [[0.81, 0.09, 0.09]])
