"""Load and save the artifacts of the major-fit work: code tables and the trained model.

Package data and model folders are read here, at the service edge, and handed to
``features``/``matching`` as objects.
"""

from __future__ import annotations

import datetime as _dt
import functools
import json
import os
import shutil
import tempfile
from importlib import resources
from pathlib import Path

import numpy as np
import scipy.sparse as sp

from features.major_codes import MajorCodeTables
from features.segment import Segmenter
from matching.major_fit import MajorFitModel
from service.errors import JobmatchError


def _package_json(name: str) -> dict:
    text = resources.files("features").joinpath(f"data/{name}").read_text(encoding="utf-8")
    return json.loads(text)


@functools.cache
def load_major_code_tables() -> MajorCodeTables:
    """研究生 disciplines, old undergraduate codes, the 专科 catalog and names and the reference table's
    name → undergraduate class map, shipped in ``features/data``."""
    from service.resources import load_major_catalog

    return MajorCodeTables.from_data(
        disciplines=_package_json("graduate_disciplines.json")["disciplines"],
        graduate_second_level=_package_json("graduate_second_level.json")["codes"],
        undergrad_old_codes=_package_json("undergrad_old_codes.json")["codes"],
        undergrad_old_names=_package_json("undergrad_old_names.json")["codes"],
        junior_names=_package_json("junior_majors.json")["codes"],
        junior_catalog=_package_json("junior_majors_2021.json"),
        vocational_to_undergrad=_package_json("vocational_to_undergrad.json")["codes"],
        reference_classes=_package_json("reference_majors.json")["names"],
        undergrad_names=[major.name for major in load_major_catalog().majors.values()],
    )


# -- the major-fit model -------------------------------------------------------------------

#: Bump when the folder layout or the meaning of a stored array changes.
FORMAT_VERSION = 2  # 2: title-only averaging, per-major columns (name vectorizer, major names)
MODEL_KIND = "major_fit"
_RETRAIN = "请运行 jobmatch train 重新训练"
_PARAMS = ("word_max_features", "char_max_features", "char_ngram_range", "min_df", "word_weight", "C",
           "min_positives", "calibration_folds", "literal_weight", "literal_min_precision", "literal_min_hits",
           "title_only_weight", "name_weight",
           "name_ngram_range", "name_max_features", "random_state")


class ModelStoreError(JobmatchError):
    """A model folder that is missing, corrupt or of another format version."""


def library_versions() -> dict[str, str]:
    import platform

    import numpy
    import scipy
    import sklearn

    return {"python": platform.python_version(), "numpy": numpy.__version__, "scipy": scipy.__version__,
            "scikit-learn": sklearn.__version__}


def save_major_fit_model(model: MajorFitModel, folder: str | Path, *, data_hash: str | None = None,
                   metrics: dict | None = None, extra: dict | None = None) -> Path:
    """Write ``model`` as a versioned folder; a temporary sibling folder is renamed into place."""
    folder = Path(folder)
    folder.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{folder.name}-", dir=folder.parent))
    try:
        tmp.chmod(0o755)  # mkdtemp creates 0700; the artifact is committed and shared
        coef = model.coef_.tocsr()
        np.savez_compressed(
            tmp / "arrays.npz",
            coef_data=coef.data.astype(np.float16), coef_indices=coef.indices.astype(np.int32),
            coef_indptr=coef.indptr.astype(np.int64), coef_shape=np.array(coef.shape, dtype=np.int64),
            intercept=model.intercept_.astype(np.float32), platt=model.platt_.astype(np.float32),
            word_idf=model.word_vectorizer_.idf_.astype(np.float32),
            char_idf=model.char_vectorizer_.idf_.astype(np.float32),
            **({"name_idf": model.name_vectorizer_.idf_.astype(np.float32)} if model.major_names_ else {}),
        )
        _write_json(tmp / "vocabulary.json", {
            "word": _ordered_vocabulary(model.word_vectorizer_),
            "char": _ordered_vocabulary(model.char_vectorizer_),
            **({"name": _ordered_vocabulary(model.name_vectorizer_)} if model.major_names_ else {}),
        })
        _write_json(tmp / "labels.json", {"labels": list(model.class_labels_), "class_terms": model.class_terms_,
                                          "major_names": model.major_names_})
        _write_json(tmp / "segmenter.json", {"backend": model.segmenter.backend, "words": list(model.segmenter.words),
                                             "stop_words": sorted(model.segmenter.stop_words)})
        params = {name: getattr(model, name) for name in _PARAMS}
        params["char_ngram_range"] = list(params["char_ngram_range"])
        params["name_ngram_range"] = list(params["name_ngram_range"])
        _write_json(tmp / "manifest.json", {
            "kind": MODEL_KIND, "format_version": FORMAT_VERSION,
            "created": _dt.datetime.now(_dt.UTC).isoformat(timespec="seconds"),
            "libraries": library_versions(), "training_data_sha256": data_hash, "params": params,
            "n_labels": len(model.labels_), "n_features": int(coef.shape[1]), "metrics": metrics or {},
            **(extra or {}),
        })
        if folder.exists():
            old = folder.with_name(f".{folder.name}-old-{os.getpid()}")
            folder.rename(old)
            tmp.rename(folder)
            shutil.rmtree(old, ignore_errors=True)
        else:
            tmp.rename(folder)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return folder


def update_metrics(folder: str | Path, metrics: dict) -> None:
    """Record evaluation figures in an existing model's manifest (written atomically)."""
    folder = Path(folder)
    manifest = read_manifest(folder)
    manifest["metrics"] = metrics
    tmp = folder / "manifest.json.tmp"
    _write_json(tmp, manifest)
    tmp.replace(folder / "manifest.json")


def read_manifest(folder: str | Path) -> dict:
    folder = Path(folder)
    path = folder / "manifest.json"
    if not path.is_file():
        raise ModelStoreError(f"模型目录 {folder} 中没有 manifest.json：模型不存在或不完整，{_RETRAIN}")
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise ModelStoreError(f"模型文件已损坏（{path.name}：{error}），{_RETRAIN}") from error
    if manifest.get("kind") != MODEL_KIND:
        raise ModelStoreError(f"{folder} 不是专业匹配模型（kind={manifest.get('kind')!r}），{_RETRAIN}")
    if manifest.get("format_version") != FORMAT_VERSION:
        raise ModelStoreError(
            f"模型格式版本不兼容：{folder} 为第 {manifest.get('format_version')} 版，本程序需要第 {FORMAT_VERSION} 版，"
            f"{_RETRAIN}"
        )
    return manifest


def load_major_fit_model(folder: str | Path) -> MajorFitModel:
    """Load a folder written by ``save_major_fit_model``; clear Chinese errors when it cannot."""
    folder = Path(folder)
    manifest = read_manifest(folder)
    try:
        with np.load(folder / "arrays.npz", allow_pickle=False) as arrays:
            a = {k: arrays[k] for k in arrays.files}
        vocab = json.loads((folder / "vocabulary.json").read_text(encoding="utf-8"))
        labels = json.loads((folder / "labels.json").read_text(encoding="utf-8"))
        seg = json.loads((folder / "segmenter.json").read_text(encoding="utf-8"))
        segmenter = Segmenter(words=seg["words"], backend=seg["backend"], stop_words=seg["stop_words"])
        params = dict(manifest["params"])
        params["char_ngram_range"] = tuple(params["char_ngram_range"])
        params["name_ngram_range"] = tuple(params["name_ngram_range"])
        model = MajorFitModel(segmenter=segmenter, class_terms=labels["class_terms"],
                              major_names=labels["major_names"], progress=False, **params)
        model.word_vectorizer_ = _vectorizer(model, "word", vocab["word"], a["word_idf"])
        model.char_vectorizer_ = _vectorizer(model, "char", vocab["char"], a["char_idf"])
        model.major_names_ = dict(labels["major_names"])
        if model.major_names_:
            model.name_vectorizer_ = _vectorizer(model, "name", vocab["name"], a["name_idf"])
        shape = tuple(int(x) for x in a["coef_shape"])
        model.coef_ = sp.csr_matrix(
            (a["coef_data"].astype(np.float32), a["coef_indices"], a["coef_indptr"]), shape=shape)
        model.intercept_ = a["intercept"].astype(np.float32)
        model.platt_ = a["platt"].astype(np.float32)
        model.class_labels_ = list(labels["labels"])
        model.labels_ = model.class_labels_ + list(model.major_names_)
        model.class_terms_ = {c: list(labels["class_terms"].get(c, [])) for c in model.class_labels_}
    except (OSError, KeyError, ValueError, TypeError) as error:
        raise ModelStoreError(f"模型文件已损坏或不完整（{folder}：{error}），{_RETRAIN}") from error
    n_features = len(vocab["word"]) + len(vocab["char"])
    n_classes = len(model.class_labels_)
    if shape != (n_classes, n_features) or len(model.intercept_) != n_classes or len(model.platt_) != n_classes:
        raise ModelStoreError(f"模型文件已损坏：{folder} 中的数组维度不一致，{_RETRAIN}")
    return model


def _ordered_vocabulary(vectorizer) -> list[str]:
    terms = [""] * len(vectorizer.vocabulary_)
    for term, index in vectorizer.vocabulary_.items():
        terms[index] = term
    return terms


def _vectorizer(model: MajorFitModel, kind: str, terms: list[str], idf: np.ndarray):
    from sklearn.feature_extraction.text import TfidfVectorizer

    from features.text import pretokenized

    if len(terms) != len(idf):
        raise ValueError(f"{kind} 词表与 idf 长度不一致")
    if kind == "word":
        vec = TfidfVectorizer(tokenizer=pretokenized, preprocessor=pretokenized, token_pattern=None, lowercase=False,
                              sublinear_tf=True, dtype=np.float32)
    else:
        ngrams = model.char_ngram_range if kind == "char" else model.name_ngram_range
        vec = TfidfVectorizer(analyzer="char", ngram_range=tuple(ngrams), sublinear_tf=True, dtype=np.float32)
    vec.vocabulary_ = {t: i for i, t in enumerate(terms)}
    vec.idf_ = idf.astype(np.float64)
    return vec


def _write_json(path: Path, value) -> None:
    path.write_text(json.dumps(value, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
