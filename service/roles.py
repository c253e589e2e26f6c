"""The roles an account has: a module of its own, importing nothing of the project, so that the
storage layer can name them (``storage.need_order`` asks for officers' rows) without importing
``service.auth``, which imports the repository. ``service.auth`` re-exports ``Role``."""

from __future__ import annotations

import enum


class Role(enum.StrEnum):
    OFFICER = "officer"  # 就业服务专员: all data, hardship fields, audit log
    ORGANISER = "organiser"  # 招聘会组织者: jobs, candidates, graduates' non-sensitive fields
    GRADUATE = "graduate"  # 毕业生: own record and own suggestions

    @property
    def label(self) -> str:
        return {"officer": "就业服务专员", "organiser": "招聘活动组织者", "graduate": "毕业生"}[self.value]
