"""How many real job titles each wish meets, per table: the figure behind the reading of wished
work (``matching.preferences.wished_work``) and of titles (``features.vocabulary.names_job_kind``
over ``job_kind_text``, the text the ranker looks in: title and category, a teaching title led by
its school's level).

For each wish, the kinds of work read from it and the titles of the gkld 2021-2023, Henan 2026
and Wuhan 2024 tables (read by ``service.importers.read_jobs``, as the app imports them) that
meet one of them. Run against another tree to compare (``PYTHONPATH=<tree>``; a tree before
``job_kind_text`` looks in title and category alone).

Run: ``.venv/bin/python -m benchmarks.wish_title_counts`` (about 30 s; needs /work/shared/data).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from features.vocabulary import names_job_kind
from matching.preferences import wished_work
from service.importers import read_jobs

try:
    from features.vocabulary import job_kind_text
except ImportError:  # a tree before the school level: title and category, as its ranker read them
    def job_kind_text(title, category, employer=None):
        return " ".join(filter(None, (title, category)))

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
TABLES = {"gkld": "positions/gkld_2021_2023.jsonl", "Henan": "positions/henan_2026.xlsx",
          "Wuhan": "postings/wuhan_2024.xlsx"}
#: Wishes as graduates write them: kinds that are not teaching (which met 护理教师, 会计专业课教师),
#: and teachers with and without a school's stage or level.
WISHES = ("想当护士", "想做会计", "想做财务", "想当医生", "想当律师", "想做文秘", "想做开发", "想做销售",
          "想当老师", "想在高校当老师", "想去大学当老师", "想去职业院校当老师", "想去小学当老师", "想去幼儿园当老师",
          "想去卫生学校当老师", "愿意去南疆学校支教", "做行政也可以")


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    args = parser.parse_args(argv)
    texts = {name: [job_kind_text(j.title, j.category, j.employer) for j in read_jobs(args.data / path).records]
             for name, path in TABLES.items()}
    print("| wish | kinds read | " + " | ".join(f"{name} ({len(t):,})" for name, t in texts.items()) + " |")
    print("|---|---|" + "---:|" * len(texts))
    for wish in WISHES:
        kinds = wished_work(wish)
        counts = [sum(any(names_job_kind(k, text) for k in kinds) for text in table) for table in texts.values()]
        print(f"| {wish} | {'、'.join(kinds) or '—'} | " + " | ".join(f"{n:,}" for n in counts) + " |")


if __name__ == "__main__":
    main()
