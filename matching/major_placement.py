"""Where a graduate's major sits among the learned major fit's labels.

A major the catalog knows is its own label (or its class's). A 专科 or 研究生 name the catalog
does not know is placed among undergraduate majors first (the reference table or the name
finder, ``features.major_similarity``; else the class the model reads into the name,
``matching.major_fit.place_major_name``). The placement is only a hint for the learned fit:
the graduate's major stays unresolved for the eligibility rules.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from sklearn.base import BaseEstimator

from features.catalog import MajorCatalog
from features.major_similarity import NearestMajor, NearestMajorFinder
from matching.major_fit import NAME_MIN_PROBABILITY, place_major_name


class MajorPlacement(BaseEstimator):
    """Places major names for one major-fit model (anything with ``labels_`` and
    ``predict_proba(jobs)``) and gives a major code's column in it.

    ``reference`` maps 专科/研究生 major names to undergraduate classes (the name finder's
    table); a name neither it nor the finder places is read by the model itself and kept when
    its best class reaches ``min_probability``. Each name is placed once.
    """

    def __init__(self, *, major_fit, reference: Mapping[str, Sequence[str]] | None = None,
                 min_probability: float = NAME_MIN_PROBABILITY):
        self.major_fit = major_fit
        self.reference = reference
        self.min_probability = min_probability

    def fit(self, catalog: MajorCatalog) -> MajorPlacement:
        self.catalog_ = catalog
        self.labels_ = {code: i for i, code in enumerate(self.major_fit.labels_)}
        self.finder_ = NearestMajorFinder(reference=self.reference).fit(catalog)
        self._placed: dict[str, NearestMajor | None] = {}
        return self

    def place(self, name: str) -> NearestMajor | None:
        """Where a 专科 or 研究生 major name is placed among undergraduate majors."""
        if name not in self._placed:
            # The finder first: on held-out names it is as often right as the model and its
            # placements are the ones a reader can check (计算机应用技术 → 计算机科学与技术);
            # the model reading first would move 大数据与会计 from 工商管理类 to 数学类.
            self._placed[name] = (
                self.finder_.find(name)
                or place_major_name(self.major_fit, name, self.catalog_, min_probability=self.min_probability))
        return self._placed[name]

    def label(self, code: str | None) -> int:
        """The model's column for a major code (its own, else its class's); -1 if it has none."""
        if not code or not self.labels_:
            return -1
        for key in (code, code[:4]):
            if key in self.labels_:
                return self.labels_[key]
        return -1
