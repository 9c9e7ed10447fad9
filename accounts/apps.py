from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "accounts"
    verbose_name = _("Accounts")

    def ready(self) -> None:
        # Django's place for wiring, run once the models are loaded.
        from home.personal_data import register_module

        from . import personal_data, signals  # noqa: F401

        # Last: it scrubs the user row the other handlers still read.
        register_module(self.label, personal_data, order=1000)

        # Cached permission sets (accounts.backends) are forgotten when a
        # group, a permission or anyone's groups or permissions change.
        from django.contrib.auth.models import Group, Permission
        from django.db.models.signals import m2m_changed, post_delete, post_save

        from .backends import permissions_changed
        from .models import User

        def forget_permissions(sender, **kwargs) -> None:
            permissions_changed()

        for through in (
            User.groups.through,
            User.user_permissions.through,
            Group.permissions.through,
        ):
            m2m_changed.connect(forget_permissions, sender=through, weak=False)
        for model in (Group, Permission):
            post_save.connect(forget_permissions, sender=model, weak=False)
            post_delete.connect(forget_permissions, sender=model, weak=False)
