"""``jobmatch users``: issue and list accounts (the token is printed once, stored hashed)."""

from __future__ import annotations

import argparse

from service.auth import Role, issue_user
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
