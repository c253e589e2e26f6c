"""Users, roles and bearer tokens.

A token is 32 random bytes (``secrets.token_urlsafe``), shown once when issued; only its
SHA-256 is stored. With that much entropy a fast hash is enough: nobody can guess a
preimage, and a per-request lookup by hash stays one indexed query.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass

from sqlalchemy.orm import Session

from service.errors import JobmatchError
from service.roles import Role
from service.storage import repository


@dataclass(frozen=True, slots=True)
class User:
    id: int
    name: str
    role: Role
    graduate_id: str | None


@dataclass(frozen=True, slots=True)
class IssuedUser:
    user: User
    token: str  # the only time the clear token exists


def new_token() -> str:
    return secrets.token_urlsafe(32)


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def issue_user(*, session: Session, name: str, role: Role, graduate_id: str | None = None) -> IssuedUser:
    """Create a user with a fresh token. A graduate account must name its graduate record."""
    name = name.strip()
    if not name:
        raise JobmatchError("用户名不能为空")
    if role is Role.GRADUATE and not (graduate_id and graduate_id.strip()):
        raise JobmatchError("毕业生账号必须指定 --graduate-id")
    if role is not Role.GRADUATE and graduate_id:
        raise JobmatchError("只有毕业生账号可以指定 --graduate-id")
    token = new_token()
    row = repository.create_user(
        session=session, name=name, role=role.value, token_hash=hash_token(token),
        graduate_id=graduate_id.strip() if graduate_id else None,
    )
    return IssuedUser(user=User(id=row.id, name=row.name, role=role, graduate_id=row.graduate_id), token=token)


def authenticate(*, session: Session, token: str | None) -> User | None:
    if not token:
        return None
    row = repository.user_by_token_hash(session=session, token_hash=hash_token(token))
    if row is None:
        return None
    return _user(row)


#: What the login page says to a visitor whose cookie no longer logs in: nothing of any account
#: but the visitor's own token. Only the last token a reissue replaced is kept, so one from two
#: reissues back reads as unknown.
STALE_TOKEN_NOTICE = "您的访问令牌已停用或已更换，请向管理员索取新的令牌后重新登录"
UNKNOWN_TOKEN_NOTICE = "登录已失效，请重新登录"


def stale_token_notice(*, session: Session, token: str | None) -> str | None:
    """Why ``token`` (a login cookie that did not authenticate) no longer logs in; ``None`` for no token."""
    if not token:
        return None
    if repository.inactive_token_hash(session=session, token_hash=hash_token(token)):
        return STALE_TOKEN_NOTICE
    return UNKNOWN_TOKEN_NOTICE


def _user(row) -> User:
    return User(id=row.id, name=row.name, role=Role(row.role), graduate_id=row.graduate_id)


def find_account(*, session: Session, account: str) -> User:
    """The account ``account`` names as ``jobmatch users list`` shows it: its number (``3`` or ``#3``)
    or its name. A number wins over a name spelt with digits; a name several accounts share is refused
    unless exactly one of them is active (the others, earlier accounts of the same person, are off)."""
    text = account.strip()
    if not text:
        raise JobmatchError("请指定账号：编号（如 #3）或名称，见 jobmatch users list")
    number = text.removeprefix("#").strip()
    if number.isascii() and number.isdigit():
        row = repository.user_by_id(session=session, user_id=int(number))
        if row is not None:
            return _user(row)
        if text.startswith("#"):
            raise JobmatchError(f"没有编号为 #{number} 的账号，请用 jobmatch users list 查看")
    rows = repository.users_named(session=session, name=text)
    if len(rows) > 1:
        active = [row for row in rows if row.active]
        if len(active) != 1:
            numbers = "、".join(f"#{row.id}" for row in rows)
            raise JobmatchError(f"有 {len(rows)} 个账号名为「{text}」（{numbers}），请用编号指定")
        rows = active
    if not rows:
        raise JobmatchError(f"没有名为「{text}」的账号，请用 jobmatch users list 查看编号和名称")
    return _user(rows[0])


def deactivate_account(*, session: Session, user: User) -> None:
    """Turn ``user``'s account off: its token stops working (a running service notices within
    ``service.api.account_watch.ACCOUNT_CHECK_SECONDS``). Refused if it is already off."""
    if not repository.deactivate_user(session=session, user_id=user.id):
        raise JobmatchError(f"账号 #{user.id}（{user.name}）已经停用")


def reissue_token(*, session: Session, user: User) -> IssuedUser:
    """A new token for ``user``'s active account; the old one stops working. A deactivated account
    is refused: access given back is a new account (``jobmatch users add``), with its own history."""
    token = new_token()
    if not repository.replace_token(session=session, user_id=user.id, token_hash=hash_token(token)):
        raise JobmatchError(f"账号 #{user.id}（{user.name}）已停用，不能重新签发令牌；如需恢复访问，请用 jobmatch users add 新建账号")
    return IssuedUser(user=user, token=token)
