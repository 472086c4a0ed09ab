"""Where things live: resources (checkout or frozen bundle) and the user's data directory."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from platformdirs import user_data_dir, user_log_dir

APP_NAME = "csms-desktop"


def root_dir() -> Path:
    """The checkout root, or the bundle root when frozen by PyInstaller."""
    if getattr(sys, "frozen", False) and hasattr(sys, "_MEIPASS"):
        return Path(sys._MEIPASS)
    return Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    return root_dir() / "resources"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def data_dir() -> Path:
    """The user's data directory (database, logs, PDFs); never inside the install folder."""
    override = os.environ.get("CSMS_DATA_DIR")
    path = Path(override) if override else Path(user_data_dir(APP_NAME, appauthor=False))
    return path


def log_dir() -> Path:
    override = os.environ.get("CSMS_DATA_DIR")
    return Path(override) / "logs" if override else Path(user_log_dir(APP_NAME, appauthor=False))


def default_db_url() -> str:
    return f"sqlite:///{data_dir() / 'csms.db'}"


def demo_db_url() -> str:
    return f"sqlite:///{data_dir() / 'demo.db'}"
