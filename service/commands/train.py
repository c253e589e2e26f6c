"""``jobmatch train``: fit the major-fit model on the shared position tables and save it."""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from service.errors import JobmatchError

DEFAULT_OUT = Path("models/major_fit")


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "train", help="训练专业匹配模型",
        description="从公开职位表（专业要求列为标注）学习「岗位文本 → 适合的本科专业类」，模型保存为带版本清单的目录。",
    )
    parser.add_argument("--data", required=True, type=Path, help="共享数据目录（含 positions/ 与 catalogs/）")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help=f"模型输出目录（默认 {DEFAULT_OUT}）")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from matching.major_fit import MajorFitModel, class_terms
    from service.model_store import save_major_fit_model
    from service.resources import load_segmenter
    from service.training_data import TRAINING_FILES, data_hash, load_labelled, training_examples

    missing = [rel for rel in TRAINING_FILES if not (args.data / rel).is_file()]
    if missing:
        raise JobmatchError(f"数据目录 {args.data} 缺少训练文件：{'、'.join(missing)}")
    started = time.perf_counter()
    catalog, names, rows = load_labelled(args.data)
    jobs, label_sets, weights = training_examples(rows, catalog, names)
    print(f"读取 {len(rows)} 个职位，其中 {sum(1 for r in rows if r.labels)} 个带专业标注；"
          f"另加 {len(jobs) - sum(1 for r in rows if r.labels)} 条专业目录文本")
    model = MajorFitModel(segmenter=load_segmenter(), class_terms=class_terms(catalog)).fit(jobs, label_sets, weights)
    seconds = time.perf_counter() - started
    folder = save_major_fit_model(
        model, args.out, data_hash=data_hash(args.data),
        extra={"training": {"positions": len(rows), "labelled_positions": sum(1 for r in rows if r.labels),
                            "examples": len(jobs), "fit_seconds": round(seconds, 1),
                            "files": list(TRAINING_FILES)}},
    )
    majors = f"、{len(model.major_names_)} 个专业" if model.major_names_ else ""
    print(f"模型已保存到 {folder}（{len(model.class_labels_)} 个专业类{majors}，{model.coef_.shape[1]} 个特征，用时 {seconds:.0f} 秒）")
    return 0
