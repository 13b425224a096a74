"""Production settings: secrets and hosts must come from the environment."""

import os

os.environ.setdefault("ZHIFA_SECURE_COOKIES", "1")

from .base import *  # noqa: F403
from .base import SECRET_KEY, STORAGES

if not SECRET_KEY:
    raise RuntimeError("生产环境必须设置 ZHIFA_SECRET_KEY（或 ZHIFA_SECRET_KEY_FILE）。")

# Static files are served by WhiteNoise from STATIC_ROOT (run `zhifa collectstatic` when deploying).
STORAGES = {**STORAGES, "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"}}
