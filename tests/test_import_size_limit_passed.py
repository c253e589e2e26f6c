"""The policy file's size limit is the one its reader is handed: the service's own settings (the app
may be started with a limit of its own, as the tests start it) or the command line's, not a
``Settings()`` the importer built again from the environment."""

from __future__ import annotations

import pytest

from service.errors import InputFileError
from service.policy_file import read_policies
from service.settings import Settings
from tests.test_policies import GOOD_ROWS, write


def test_a_policy_file_over_the_limit_passed_in_is_refused_and_one_within_it_read(tmp_path, monkeypatch):
    monkeypatch.delenv("JOBMATCH_MAX_BODY_BYTES", raising=False)  # the environment's limit: the default, far larger
    path = write(tmp_path, GOOD_ROWS)
    size = path.stat().st_size
    with pytest.raises(InputFileError, match="请拆分后分批导入"):
        read_policies(path, max_bytes=size - 1)
    assert [p.id for p in read_policies(path, max_bytes=size).policies] == ["P1", "P2"]


def test_the_service_reads_its_policy_file_under_its_own_settings_limit(tmp_path, monkeypatch):
    from service.api.policy_views import load_policy_state

    monkeypatch.delenv("JOBMATCH_MAX_BODY_BYTES", raising=False)
    path = write(tmp_path, GOOD_ROWS)
    settings = Settings(data_dir=tmp_path / "data", policies=path, max_body_bytes=path.stat().st_size - 1)
    with pytest.raises(InputFileError, match="请拆分后分批导入"):
        load_policy_state(settings)
