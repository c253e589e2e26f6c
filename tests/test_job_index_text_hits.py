"""The job index keeps, per wished word, which jobs' texts hold it (``JobIndex.text_hits``), and
the text similarity reads the vectors transposed once (``JobIndex.vectors_by_term``): both must
answer what computing them afresh does, also on the index a job edit builds."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from matching.ranker import Ranker
from matching.scoring import contains_any
from service.model_store import load_major_code_tables
from tests.factories import job

JOBS = [
    job("J1", "会计", employer="喀什商贸公司", category="财务", industry="批发和零售业"),
    job("J2", "小学数学教师", employer="喀什第一小学", industry="教育"),
    job("J3", "Java开发工程师", employer="新疆丝路数智科技有限公司", industry="信息传输、软件和信息技术服务业"),
]


@pytest.fixture()
def ranker(catalog, segmenter):
    return Ranker(catalog=catalog, segmenter=segmenter, major_tables=load_major_code_tables()).fit(JOBS)


@pytest.mark.parametrize("field, needle", [("category_text", "会计"), ("category_text", "小学…教师"),
                                           ("category_text", "开发"), ("industry_text", "教育"), ("category_text", "护士")])
def test_text_hits_equal_a_fresh_search_and_cannot_be_written(ranker, field, needle):
    index = ranker.index_
    expected = contains_any([needle], getattr(index, field))[0] > 0
    assert index.text_hits(field, needle).tolist() == expected.tolist()
    assert index.text_hits(field, needle) is index.text_hits(field, needle)  # kept
    with pytest.raises(ValueError):
        index.text_hits(field, needle)[0] = True


def _found(index, field, needle) -> set[str]:
    return {j.id for j, hit in zip(index.jobs, index.text_hits(field, needle)) if hit}


def test_an_edit_builds_an_index_that_searches_its_own_texts(ranker):
    assert _found(ranker.index_, "category_text", "护士") == set()
    ranker.upsert_jobs([replace(JOBS[0], title="护士")])  # the edited job moves to the end
    assert _found(ranker.index_, "category_text", "护士") == {"J1"}
    assert _found(ranker.index_, "category_text", "会计") == set()
    ranker.remove_jobs(["J2"])
    assert _found(ranker.index_, "industry_text", "教育") == set() and len(ranker.index_.jobs) == 2


def test_vectors_by_term_is_the_transpose_of_the_vectors(ranker):
    index = ranker.index_
    assert (index.vectors_by_term != index.vectors.T).nnz == 0 and index.vectors_by_term.format == "csr"
    ranker.upsert_jobs([replace(JOBS[1], id="J4")])
    grown = ranker.index_
    assert grown.vectors_by_term.shape == (grown.vectors.shape[1], 4)
    assert np.allclose(grown.vectors_by_term.toarray(), grown.vectors.T.toarray())
