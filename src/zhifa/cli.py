"""The ``zhifa`` console command: the management commands an operator needs.

``zhifa demo`` (set up and serve the demo district), ``zhifa verify`` (audit chain), ``zhifa openapi``,
``zhifa settings`` (documented environment settings); anything else is passed to Django's manage commands
(``zhifa migrate``, ``zhifa createsuperuser``, ``zhifa runserver`` …).
"""

import os
import sys

ALIASES = {"settings": "settings_doc"}


def main(argv: list[str] | None = None) -> None:
    argv = list(sys.argv if argv is None else argv)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")
    if len(argv) > 1:
        argv[1] = ALIASES.get(argv[1], argv[1])
    else:
        argv.append("help")
    from django.core.management import execute_from_command_line

    execute_from_command_line(argv)


if __name__ == "__main__":
    main()
