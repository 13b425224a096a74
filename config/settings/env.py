"""Typed readers for settings that come from the environment (house style R14).

Every setting zhifa reads is declared through one of these helpers with a Chinese help text, and
``ENV_DOCUMENTATION`` collects them so that ``zhifa settings`` and docs/configuration.md list them all.
A ``NAME_FILE`` variable (a path) is read instead of ``NAME`` for secrets kept in files (Docker/Kubernetes secrets).
"""

import os
from dataclasses import dataclass


@dataclass(frozen=True)
class EnvSetting:
    name: str
    default: str
    help_text: str
    secret: bool = False


ENV_DOCUMENTATION: list[EnvSetting] = []


def _register(name: str, default: object, help_text: str, secret: bool = False) -> None:
    if all(s.name != name for s in ENV_DOCUMENTATION):
        ENV_DOCUMENTATION.append(EnvSetting(name, str(default), help_text, secret))


def _raw(name: str) -> str | None:
    file_path = os.environ.get(f"{name}_FILE")
    if file_path:
        with open(file_path, encoding="utf-8") as fh:
            return fh.read().strip()
    return os.environ.get(name)


def env_str(name: str, default: str, help_text: str, doc_default: str | None = None) -> str:
    _register(name, default if doc_default is None else doc_default, help_text)
    value = _raw(name)
    return default if value is None or value == "" else value


def env_secret(name: str, default: str, help_text: str) -> str:
    _register(name, "(随机生成的开发密钥)" if default else "", help_text, secret=True)
    value = _raw(name)
    return default if value is None or value == "" else value


def env_bool(name: str, default: bool, help_text: str) -> bool:
    _register(name, default, help_text)
    value = _raw(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_int(name: str, default: int, help_text: str) -> int:
    _register(name, default, help_text)
    value = _raw(name)
    return default if value is None or value == "" else int(value)


def env_list(name: str, default: list[str], help_text: str) -> list[str]:
    _register(name, ",".join(default), help_text)
    value = _raw(name)
    if value is None or value == "":
        return default
    return [part.strip() for part in value.split(",") if part.strip()]
