"""Users, roles and bearer tokens.

A token is 32 random bytes (``secrets.token_urlsafe``), shown once when issued; only its
SHA-256 is stored. With that much entropy a fast hash is enough: nobody can guess a
preimage, and a per-request lookup by hash stays one indexed query.
"""

from __future__ import annotations

import enum
import hashlib
import secrets
from dataclasses import dataclass

from sqlalchemy.orm import Session

from service.errors import JobmatchError
from service.storage import repository


class Role(enum.StrEnum):
    OFFICER = "officer"  # 就业服务专员: all data, hardship fields, audit log
    ORGANISER = "organiser"  # 招聘会组织者: jobs, candidates, graduates' non-sensitive fields
    GRADUATE = "graduate"  # 毕业生: own record and own suggestions

    @property
    def label(self) -> str:
        return {"officer": "就业服务专员", "organiser": "招聘活动组织者", "graduate": "毕业生"}[self.value]


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
    return User(id=row.id, name=row.name, role=Role(row.role), graduate_id=row.graduate_id)
