"""A per-installation secret key for the embedded (demo/development) configuration."""

import secrets
from pathlib import Path


def local_secret_key(data_dir: Path) -> str:
    """Return the key kept in ``<data_dir>/secret_key``, creating it on first use (mode 0600)."""
    data_dir.mkdir(parents=True, exist_ok=True)
    path = data_dir / "secret_key"
    if not path.exists():
        path.write_text(secrets.token_urlsafe(50), encoding="utf-8")
        path.chmod(0o600)
    return path.read_text(encoding="utf-8").strip()
