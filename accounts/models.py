from django.contrib.auth.models import AbstractUser
from django.db import models
from django.utils.translation import gettext_lazy as _


class User(AbstractUser):
    """A person on Berdaya.

    ``display_name`` is the only name ever shown publicly. The legal name
    (``first_name``/``last_name``) stays private to the person and their centre.
    """

    display_name = models.CharField(
        _("display name"),
        max_length=80,
        blank=True,
        help_text=_("The name others may see, for example 'Bu Sari'."),
    )

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")

    def __str__(self) -> str:
        return self.public_name

    @property
    def public_name(self) -> str:
        """The name safe to show to anyone: never the legal name."""
        return self.display_name or str(_("Participant"))
