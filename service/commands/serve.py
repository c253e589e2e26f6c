"""``jobmatch serve``: the HTTP API and web pages (uvicorn, one process).

One process on purpose: the ranker index lives in memory and follows job edits made
through this process; several workers would each hold their own copy.
With ``--load-samples`` an empty database is filled from the shipped sample files and
fresh demo accounts (one per role) are issued, their tokens printed.
"""

from __future__ import annotations

import argparse
import errno
import logging
import socket
from pathlib import Path

from features.records import Graduate
from service.auth import Role, issue_user
from service.commands.options import add_data_dir, settings_from
from service.errors import JobmatchError
from service.import_notes import no_major_notes  # the upload report's own words
from service.settings import Settings
from service.storage import repository
from service.storage.db import open_database

#: Sample files of a source checkout (``samples/``, written by ``samples/generate.py``).
SAMPLES_DIR = Path(__file__).resolve().parents[2] / "samples"
DEMO_PREFIX = "演示"


def register(subparsers) -> None:
    parser = subparsers.add_parser("serve", help="启动匹配服务（接口与网页）", description="启动匹配服务")
    parser.add_argument("--host", default="127.0.0.1", help="监听地址（默认 127.0.0.1）")
    parser.add_argument("--port", type=_port, default=8000, help="端口（默认 8000）")
    add_data_dir(parser)
    parser.add_argument("--load-samples", action="store_true", help="数据库为空时导入示例数据，并签发演示账号")
    parser.add_argument("--samples-dir", type=Path, default=SAMPLES_DIR, help="示例数据目录（默认仓库中的 samples/）")
    parser.add_argument("--policies", type=Path, help="政策清单文件（.xlsx/.csv；默认 $JOBMATCH_POLICIES，未指定时不载入）")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    import uvicorn

    from service.api import create_app

    logging.basicConfig(level=logging.WARNING, format="%(levelname)s:     %(name)s: %(message)s")
    logging.getLogger("jobmatch").setLevel(logging.INFO)  # fit and warm-up times, unhandled errors
    check_address(args.host, args.port)  # before the samples and the model are loaded, not after
    settings = settings_from(args)
    if args.policies is not None:
        settings = settings.model_copy(update={"policies": args.policies})
    app = create_app(settings)  # reads the policy file: a bad one stops here, before the samples
    tokens = load_samples(settings, args.samples_dir) if args.load_samples else {}
    url = f"http://{_address(args.host, args.port)}/"
    print(f"服务地址：{url}    接口文档：{url}docs")
    for role, (name, token) in tokens.items():
        print(f"  {Role(role).label}（{name}）令牌：{token}")
    uvicorn.run(app, host=args.host, port=args.port, log_level="info")
    return 0


def _port(text: str) -> int:
    if not text.isdigit() or not 1 <= int(text) <= 65535:
        raise argparse.ArgumentTypeError(f"端口须为 1–65535 之间的整数，收到「{text}」")
    return int(text)


def _address(host: str, port: int) -> str:
    """``host:port`` as a URL writes it: an IPv6 address in brackets (``[::1]:8000``)."""
    return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"


def check_address(host: str, port: int) -> None:
    """Refuse at once, in Chinese, an address this process cannot listen on (a port in use, a
    host that is not this machine's); uvicorn would report it in English only after the ranker
    and the model have been loaded. Another process may still take the port in between.

    Binds as uvicorn will (asyncio's ``create_server``): every address the host resolves to
    (``localhost`` may be both 127.0.0.1 and ::1), with SO_REUSEADDR, and an IPv6 socket for
    IPv6 only, so that ``--host ::`` is not refused for a port taken on 127.0.0.1 alone."""
    where = _address(host, port)
    try:
        infos = set(socket.getaddrinfo(host or None, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE))
        probes = []
        try:
            for family, kind, proto, _, address in infos:
                probe = socket.socket(family, kind, proto)
                probes.append(probe)
                probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
                if family == socket.AF_INET6:
                    probe.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 1)
                probe.bind(address)
        finally:
            for probe in probes:
                probe.close()
    except socket.gaierror:
        raise JobmatchError(f"无法在 {where} 上启动服务：无法解析主机名「{host}」") from None
    except OSError as error:
        reason = _BIND_ERRORS.get(error.errno, f"系统错误 {error.errno}（{error.strerror}）")
        raise JobmatchError(f"无法在 {where} 上启动服务：{reason}") from None


_BIND_ERRORS = {
    errno.EADDRINUSE: "端口已被占用",
    errno.EADDRNOTAVAIL: "该地址不属于本机",
    errno.EACCES: "没有权限（1024 以下的端口通常需要管理员权限）",
}


#: Lines of each kind printed at start; the rest are counted (the samples are for a demo, not a report).
SAMPLE_NOTES_SHOWN = 3


def sample_notes(*results) -> list[str]:
    """What the start-up import of the samples would otherwise keep to itself, briefly: rows read
    once as repeats (提示), rows skipped with file, row and column (跳过), graduates stored without
    a major (whose suggestions are all 专业待核实). An edited sample file thus says what went wrong."""
    notes = [f"提示：{result.source}：{note}" for result in results for note in result.notes()]
    skipped = [f"跳过：{error.describe()}" for result in results for error in result.skipped]
    graduates = [g for result in results for g in result.records if isinstance(g, Graduate)]
    notes += [f"提示：{note}" for note in no_major_notes(graduates)]
    lines = []
    for group in (notes, skipped):
        lines += [f"  {line}" for line in group[:SAMPLE_NOTES_SHOWN]]
        if len(group) > SAMPLE_NOTES_SHOWN:
            lines.append(f"  ……另有 {len(group) - SAMPLE_NOTES_SHOWN} 条")
    return lines


def load_samples(settings: Settings, samples_dir: Path) -> dict[str, tuple[str, str]]:
    """Import the sample files if the database holds no jobs and no graduates; issue demo tokens.

    Earlier demo accounts are deactivated, so only the tokens printed now work.
    """
    from service.commands.options import require_records
    from service.importers import read_graduates, read_jobs
    from service.resources import load_major_catalog

    jobs_file, graduates_file = samples_dir / "jobs.xlsx", samples_dir / "graduates.csv"
    engine, sessions = open_database(settings.resolved_database_url)
    try:
        with sessions() as session:
            if repository.count_jobs(session=session) == 0 and repository.count_graduates(session=session) == 0:
                for path in (jobs_file, graduates_file):
                    if not path.exists():
                        raise JobmatchError(f"找不到示例文件 {path}（请先运行 samples/generate.py）")
                catalog = load_major_catalog()
                # the limit of these settings (the app's), not the environment's read again
                jobs = read_jobs(jobs_file, catalog=catalog, max_bytes=settings.max_body_bytes)
                graduates = read_graduates(graduates_file, catalog=catalog, max_bytes=settings.max_body_bytes)
                require_records(jobs, "岗位")  # a file whose every row is refused stops the start, nothing written
                require_records(graduates, "毕业生")
                repository.upsert_jobs(session=session, jobs=jobs.records)
                # an empty database (checked above): nothing stored to merge an import into
                repository.upsert_graduates(session=session, graduates=graduates.records)
                print(f"已导入示例数据：岗位 {len(jobs.records)} 个，毕业生 {len(graduates.records)} 人"
                      f"（跳过 {len(jobs.skipped) + len(graduates.skipped)} 行）")
                for line in sample_notes(jobs, graduates):
                    print(line)
            else:
                print("数据库中已有数据，未重复导入示例数据")
            graduate_id = _demo_graduate(session)
            repository.deactivate_users_named(session=session, prefix=DEMO_PREFIX)
            tokens = {}
            for role, name, gid in ((Role.OFFICER, f"{DEMO_PREFIX}专员", None),
                                    (Role.ORGANISER, f"{DEMO_PREFIX}组织者", None),
                                    (Role.GRADUATE, f"{DEMO_PREFIX}毕业生", graduate_id)):
                if role is Role.GRADUATE and gid is None:
                    continue
                issued = issue_user(session=session, name=name, role=role, graduate_id=gid)
                tokens[role.value] = (name if gid is None else f"{name} {gid}", issued.token)
            session.commit()
    finally:
        engine.dispose()
    return tokens


def _demo_graduate(session) -> str | None:
    """A bachelor graduate with a known major, so the demo shows a full page of suggestions."""
    from features.education import EducationLevel

    for graduate in repository.all_graduates(session=session):
        if graduate.major_code and graduate.education == EducationLevel.BACHELOR:
            return graduate.id
    first = repository.list_graduates(session=session, filters=repository.GraduateFilters(), offset=0, limit=1)[0]
    return first[0].id if first else None
