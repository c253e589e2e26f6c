"""The transductive benchmark's helpers and the class-column NDCG the benchmarks share."""

from types import SimpleNamespace

import numpy as np
import pytest
import scipy.sparse as sp

from benchmarks.major_fit_transductive import neighbour_mean, pseudo_labels
from benchmarks.major_fit_validation import class_column_ndcg10


def test_neighbour_mean_weights_the_k_most_similar_other_posts_by_cosine():
    # Posts 0 and 1 are close, 2 is orthogonal to both, 3 is halfway between 0 and 2.
    X = sp.csr_matrix(np.array([[1.0, 0.0], [0.96, 0.28], [0.0, 1.0], [0.6, 0.8]]))
    kernel = (X @ X.T).toarray()
    weights = neighbour_mean(kernel, 1)
    assert np.allclose(weights.sum(axis=1), 1.0)
    assert np.all(np.diag(weights) == 0.0)  # a post is never its own neighbour
    assert weights[0].argmax() == 1 and weights[2].argmax() == 3
    two = neighbour_mean(kernel, 2)
    # Post 0's two nearest: 1 (cosine 0.96) and 3 (0.6), weighted by cosine.
    assert two[0] == pytest.approx([0.0, 0.96 / 1.56, 0.0, 0.6 / 1.56])


def test_pseudo_labels_keep_the_top_classes_above_the_threshold():
    p = np.array([[0.9, 0.6, 0.1], [0.2, 0.25, 0.1], [0.4, 0.55, 0.5]])
    classes = ["0809", "0807", "1202"]
    assert pseudo_labels(p, classes, 0.5, 0.3, 1) == [{"0809": 0.3}, {}, {"0807": 0.3}]
    assert pseudo_labels(p, classes, 0.5, 1.0, 2) == [{"0809": 1.0, "0807": 1.0}, {}, {"0807": 1.0, "1202": 1.0}]


def test_class_column_ndcg10_ranks_each_major_by_its_class_column():
    split = SimpleNamespace(test=[SimpleNamespace(job=SimpleNamespace(id=f"j{i}")) for i in range(3)],
                            qrels={"080901": {"j2": 1.0}, "120203K": {"j0": 1.0}})
    scores = np.array([[0.1, 0.9], [0.5, 0.2], [0.8, 0.3]])  # columns: 0809, 1202
    assert class_column_ndcg10(scores, ["0809", "1202"], split) == pytest.approx(1.0)
    # Columns swapped: j2 comes 2nd for 080901 (1/log2(3)), j0 3rd for 120203K (1/log2(4)).
    assert class_column_ndcg10(scores[:, ::-1], ["0809", "1202"], split) == pytest.approx(
        (1 / np.log2(3) + 0.5) / 2)
    # A major whose class has no column gets an all-zero score: ties keep job order, j0 first.
    assert class_column_ndcg10(scores[:, :1], ["0809"], split) == pytest.approx((1.0 + 1.0) / 2)
