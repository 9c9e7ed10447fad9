"""Demo site tree and accounts for ``seed_demo`` (idempotent)."""

from __future__ import annotations

from .demo_content import HOME, PAGES
from .services import (
    DemoAccount,
    demo_user_ensure,
    home_page_ensure,
    home_page_update,
    standard_page_ensure,
)

ACCOUNTS = [
    DemoAccount("admin", "Admin Berdaya", "Administrator", is_superuser=True),
    DemoAccount("peserta", "Rina", "Peserta (learner)"),
]


def site_tree_seed():
    """The home page and the standard pages (About, FAQ, Privacy)."""
    texts = {
        "hero_title": HOME["hero_title"],
        "hero_text": HOME["hero_text"],
        "learn_button": HOME["cta_learn"],
        "shop_button": HOME["cta_shop"],
    }
    home = home_page_update(home=home_page_ensure(**texts), **texts)
    for page in PAGES:
        standard_page_ensure(
            parent=home,
            slug=page["slug"],
            title=page["title"],
            intro=page["intro"],
            body=page["body"],
        )
    return home


def seed(stdout=None) -> dict:
    home = site_tree_seed()
    users = {
        account.username: demo_user_ensure(account=account) for account in ACCOUNTS
    }
    return {"home": home, "users": users, "accounts": ACCOUNTS}
