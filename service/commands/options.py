"""Options that several ``jobmatch`` sub-commands share."""

from __future__ import annotations

import argparse
from pathlib import Path

from service.settings import Settings


def add_data_dir(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--data-dir", type=Path, help="数据目录（默认 $JOBMATCH_DATA_DIR 或 ./data）")


def settings_from(args: argparse.Namespace) -> Settings:
    """The service settings, with ``--data-dir`` (when given) over the environment."""
    settings = Settings(data_dir=args.data_dir) if getattr(args, "data_dir", None) else Settings()
    settings.prepare()
    return settings
