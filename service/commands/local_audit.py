"""The audit log of output that the command line shows or writes about sensitive fields
(``jobmatch recommend`` reasons resting on them, ``jobmatch profile --sensitive`` counts).

Entries go to the service's database (``--data-dir``, ``$JOBMATCH_DATA_DIR`` or ``DATABASE_URL``),
role ``cli``, the operating-system login as the reader, before anything is shown: if the log
cannot be written the command stops with an error and outputs nothing.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Sequence

from service.commands.options import settings_from
from service.errors import JobmatchError


def write_local_audit(args: argparse.Namespace, disclosed: Sequence[tuple[str, tuple[str, ...]]], *, action: str,
                      what: str) -> None:
    """One entry per (graduate id, fields) pair with fields (two when they hold follow-up fields
    beside the graduate's: ``audit.record_local_disclosures``); ``what`` says in Chinese what the
    output holds (「推荐理由涉及民族、残疾等敏感信息」). Nothing disclosed opens no database."""
    disclosed = [(graduate_id, fields) for graduate_id, fields in disclosed if fields]
    if not disclosed:
        return
    from sqlalchemy.engine import make_url

    from service import audit
    from service.storage.db import open_database

    where = f"数据目录 {args.data_dir}" if args.data_dir else "数据目录 $JOBMATCH_DATA_DIR 或 ./data"
    try:
        settings = settings_from(args)
        where = (f"数据库 {make_url(settings.database_url).render_as_string(hide_password=True)}"
                 if settings.database_url else f"数据目录 {settings.data_dir}")
        engine, sessions = open_database(settings.resolved_database_url)
        try:
            with sessions() as session:
                entries = audit.record_local_disclosures(session=session, login=login(), disclosed=disclosed,
                                                         action=action)
                session.commit()
        finally:
            engine.dispose()
    except Exception as error:  # any database failure: refuse to show unaudited output
        raise JobmatchError(f"无法写入审计日志（{where}）：{error}。{what}，未记录审计日志前不输出结果。") from error
    # Entries and graduates apart: a graduate's follow-up fields (subsidy, note) take an entry of their
    # own (``audit.record_local_disclosures``), so an export writes up to two per graduate.
    graduates = len({graduate_id for graduate_id, _ in disclosed})
    print(f"已记录 {entries} 条敏感信息审计日志，涉及 {graduates} 位毕业生（{what}）", file=sys.stderr)


def login() -> str:
    """The operating-system account running the command (who read the data)."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no passwd entry and no LOGNAME/USER (some containers)
        return f"uid {os.getuid()}" if hasattr(os, "getuid") else "unknown"
