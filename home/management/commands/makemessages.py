"""``makemessages`` that never writes into ``locale_overrides/``, and never
reads the installed packages (``.venv/``, ``node_modules/``).

Django puts the strings of every file under the project into the first entry
of ``LOCALE_PATHS``; that entry is ``locale_overrides`` (hand-kept Indonesian
for third-party strings, which must win over the libraries' own). This
command takes it out of the list, so the project's strings go to ``locale/``
as before and the overrides are left as they are.

Strings of the browser-test and build packages in ``node_modules/`` or of the
Python packages in ``.venv/`` are not ours to translate: those folders are
skipped even when ``--ignore`` does not name them (or with
``--no-default-ignore``, which would let ``.venv/`` in).
"""

from pathlib import Path

from django.conf import settings
from django.core.management.commands import makemessages

ALWAYS_IGNORED = [".venv/*", "node_modules/*"]


class Command(makemessages.Command):
    def find_files(self, root):
        self.ignore_patterns = sorted({*self.ignore_patterns, *ALWAYS_IGNORED})
        overrides = Path(settings.LOCALE_OVERRIDES_DIR).resolve()
        self.locale_paths = [
            path for path in self.locale_paths if Path(path).resolve() != overrides
        ]
        if self.default_locale_path and (
            Path(self.default_locale_path).resolve() == overrides
        ):
            self.default_locale_path = self.locale_paths[0]
        return super().find_files(root)
