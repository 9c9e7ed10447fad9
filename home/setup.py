"""The set-up registry: what each app adds to ``site_setup`` and ``seed_demo``.

``manage.py site_setup`` creates what a fresh install needs, without demo
content, and is safe to run on every deploy: it creates what is missing and
re-asserts grants, but never overwrites what editors changed. ``seed_demo``
runs it first, then adds demo content on top.

``home`` is the base app and imports no domain app, so each app contributes its
steps with Wagtail hooks in its ``wagtail_hooks.py``::

    @hooks.register(SITE_SETUP_HOOK, order=20)
    def course_site_setup(*, home: HomePage) -> None: ...

    hooks.register(DEMO_SEED_HOOK, demo.seed, order=20)  # seed(stdout) -> dict

Steps run by ascending ``order``, which follows the import layers: accounts 10,
courses 20, centres 30, marketplace 40. A demo seeder may return
``{"accounts": [DemoAccount, ...]}`` to have its accounts listed.
"""

from __future__ import annotations

from django.conf import settings
from django.db import transaction
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from . import demo
from .models import HomePage
from .services import DemoAccount, home_page_ensure

SITE_SETUP_HOOK = "berdaya_site_setup"
DEMO_SEED_HOOK = "berdaya_demo_seed"

HOME_DEFAULTS = {
    "hero_title": _("Your skills, your business"),
    "hero_text": _(
        "Learn to run a business from your phone. Then sell your products under "
        "your own brand to buyers all over Indonesia."
    ),
    "learn_button": _("Start learning"),
    "shop_button": _("See the showcase"),
}


def site_setup() -> HomePage:
    """The site and home page, then every app's set-up step (idempotent).

    Texts created here are in the site's default language (``LANGUAGE_CODE``),
    whatever language the shell runs in.
    """
    with translation.override(settings.LANGUAGE_CODE), transaction.atomic():
        home = home_page_ensure(
            **{name: str(text) for name, text in HOME_DEFAULTS.items()}
        )
        for step in hooks.get_hooks(SITE_SETUP_HOOK):
            step(home=home)
    return home


def demo_seed(*, stdout=None) -> list[DemoAccount]:
    """Demo content, added on top of :func:`site_setup` (run it first).

    Returns the demo accounts. Every seeder is idempotent.
    """
    accounts: list[DemoAccount] = []
    with transaction.atomic():
        for seeder in [demo.seed, *hooks.get_hooks(DEMO_SEED_HOOK)]:
            result = seeder(stdout=stdout) or {}
            accounts.extend(result.get("accounts", []))
    return accounts
