"""Development and demo settings: only environment defaults, then the documented base."""

import os

os.environ.setdefault("ZHIFA_DEBUG", "1")

from .base import *  # noqa: F403
from .base import DATA_DIR, SECRET_KEY

if not SECRET_KEY:
    from zhifa.core.secret import local_secret_key

    SECRET_KEY = local_secret_key(DATA_DIR)

from .base import STATIC_ROOT

STATIC_ROOT.mkdir(parents=True, exist_ok=True)  # WhiteNoise warns when the directory is missing
