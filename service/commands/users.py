"""``jobmatch users``: issue, list, deactivate accounts and reissue their tokens (a token is printed
once, stored hashed). Deactivating and reissuing are written to the audit log (role ``cli``, the
operating-system login) in the change's transaction; a running service notices them within
``service.api.account_watch.ACCOUNT_CHECK_SECONDS`` and stops accepting the old token."""

from __future__ import annotations

import argparse

from service import audit
from service.auth import Role, deactivate_account, find_account, issue_user, reissue_token
from service.commands.local_audit import login
from service.commands.options import add_data_dir, settings_from
from service.storage import repository
from service.storage.db import open_database


def register(subparsers) -> None:
    parser = subparsers.add_parser("users", help="管理服务账号（签发访问令牌）", description="管理服务账号")
    actions = parser.add_subparsers(dest="users_command", metavar="操作", required=True)

    add = actions.add_parser("add", help="新建账号并打印其访问令牌（只显示这一次）")
    add.add_argument("--role", required=True, choices=[r.value for r in Role],
                     help="officer 就业服务专员 / organiser 招聘活动组织者 / graduate 毕业生")
    add.add_argument("--name", required=True, help="账号名称（姓名或部门）")
    add.add_argument("--graduate-id", help="毕业生账号对应的毕业生编号（--role graduate 时必填）")
    add_data_dir(add)
    add.set_defaults(func=run_add)

    listing = actions.add_parser("list", help="列出账号（不显示令牌）")
    add_data_dir(listing)
    listing.set_defaults(func=run_list)

    deactivate = actions.add_parser("deactivate", help="停用账号：其访问令牌立即失效（运行中的服务约 10 秒内拒绝）")
    deactivate.add_argument("account", metavar="账号", help="账号编号（如 3 或 #3）或名称，见 jobmatch users list")
    add_data_dir(deactivate)
    deactivate.set_defaults(func=run_deactivate)

    reissue = actions.add_parser("reissue", help="为账号重新签发访问令牌（只显示这一次），旧令牌随即失效")
    reissue.add_argument("account", metavar="账号", help="账号编号（如 3 或 #3）或名称，见 jobmatch users list")
    add_data_dir(reissue)
    reissue.set_defaults(func=run_reissue)


def run_add(args: argparse.Namespace) -> int:
    engine, sessions = open_database(settings_from(args).resolved_database_url)
    try:
        with sessions() as session:
            issued = issue_user(session=session, name=args.name, role=Role(args.role), graduate_id=args.graduate_id)
            session.commit()
    finally:
        engine.dispose()
    print(f"已创建账号 #{issued.user.id}：{issued.user.name}（{issued.user.role.label}）")
    print(f"访问令牌（只显示这一次，请妥善保存）：{issued.token}")
    return 0


def run_list(args: argparse.Namespace) -> int:
    engine, sessions = open_database(settings_from(args).resolved_database_url)
    try:
        with sessions() as session:
            users = repository.list_users(session=session)
    finally:
        engine.dispose()
    if not users:
        print("还没有账号。用 jobmatch users add 新建。")
    for user in users:
        state = "" if user.active else "（已停用）"
        extra = f" 毕业生编号 {user.graduate_id}" if user.graduate_id else ""
        print(f"#{user.id} {user.name} {Role(user.role).label}{extra}{state}")
    return 0


def _change_account(args: argparse.Namespace, action: str, change):
    """Find ``args.account``, apply ``change(session=, user=)`` and audit it as ``action`` in one
    transaction; the account and what ``change`` returned."""
    engine, sessions = open_database(settings_from(args).resolved_database_url)
    try:
        with sessions() as session:
            user = find_account(session=session, account=args.account)
            outcome = change(session=session, user=user)
            audit.record_account_change(session=session, login=login(), action=action, account_id=user.id)
            session.commit()
    finally:
        engine.dispose()
    return user, outcome


def run_deactivate(args: argparse.Namespace) -> int:
    user, _ = _change_account(args, "deactivate", deactivate_account)
    print(f"已停用账号 #{user.id}：{user.name}（{user.role.label}），其访问令牌不再有效（运行中的服务约 10 秒内生效）")
    return 0


def run_reissue(args: argparse.Namespace) -> int:
    user, issued = _change_account(args, "reissue", reissue_token)
    print(f"已为账号 #{user.id}：{user.name}（{user.role.label}）重新签发访问令牌，旧令牌不再有效（运行中的服务约 10 秒内生效）")
    print(f"新的访问令牌（只显示这一次，请妥善保存）：{issued.token}")
    return 0
