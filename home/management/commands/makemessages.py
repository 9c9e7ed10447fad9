"""``makemessages`` that never writes into ``locale_overrides/``.

Django puts the strings of every file under the project into the first entry
of ``LOCALE_PATHS``; that entry is ``locale_overrides`` (hand-kept Indonesian
for third-party strings, which must win over the libraries' own). This
command takes it out of the list, so the project's strings go to ``locale/``
as before and the overrides are left as they are.
"""

from pathlib import Path

from django.conf import settings
from django.core.management.commands import makemessages


class Command(makemessages.Command):
    def find_files(self, root):
        overrides = Path(settings.LOCALE_OVERRIDES_DIR).resolve()
        self.locale_paths = [
            path for path in self.locale_paths if Path(path).resolve() != overrides
        ]
        if self.default_locale_path and (
            Path(self.default_locale_path).resolve() == overrides
        ):
            self.default_locale_path = self.locale_paths[0]
        return super().find_files(root)
