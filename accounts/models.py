from django.conf import settings
from django.contrib.auth.models import AbstractUser
from django.contrib.sessions.backends.db import SessionStore as DatabaseSessionStore
from django.contrib.sessions.base_session import AbstractBaseSession
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.models import ClusterableModel
from phonenumber_field.modelfields import PhoneNumberField
from wagtail.admin.panels import FieldPanel


class Centre(models.Model):
    """A social rehabilitation centre (*balai*)."""

    name = models.CharField(_("name"), max_length=150, unique=True)
    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    city = models.CharField(_("city or regency"), max_length=100)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("city")]

    class Meta:
        verbose_name = _("centre")
        verbose_name_plural = _("centres")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class Cohort(ClusterableModel):
    """A group of learners at a centre who start together (*angkatan*)."""

    centre = models.ForeignKey(
        Centre,
        verbose_name=_("centre"),
        on_delete=models.PROTECT,
        related_name="cohorts",
    )
    name = models.CharField(_("name"), max_length=150)
    start_date = models.DateField(_("start date"), null=True, blank=True)
    end_date = models.DateField(_("end date"), null=True, blank=True)

    class Meta:
        verbose_name = _("cohort")
        verbose_name_plural = _("cohorts")
        ordering = ["centre__name", "name"]
        constraints = [
            models.UniqueConstraint(
                fields=["centre", "name"], name="cohort_unique_name_per_centre"
            )
        ]

    def __str__(self) -> str:
        return f"{self.centre} · {self.name}"


class User(AbstractUser):
    """A person on Berdaya.

    ``display_name`` is the only name ever shown publicly. ``legal_name``, the
    phone number and the e-mail address stay private to the person and to the
    staff of their own centre. ``first_name``/``last_name`` are not used.
    """

    display_name = models.CharField(
        _("display name"),
        max_length=80,
        blank=True,
        help_text=_("The name others may see, for example 'Bu Sari'."),
    )
    centre = models.ForeignKey(
        Centre,
        verbose_name=_("centre"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="members",
    )
    cohort = models.ForeignKey(
        Cohort,
        verbose_name=_("cohort"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="learners",
    )
    legal_name = models.CharField(
        _("legal name"),
        max_length=150,
        blank=True,
        help_text=_("Private: only you and your centre's staff see it."),
    )
    phone = PhoneNumberField(
        _("phone number"), region="ID", unique=True, null=True, blank=True
    )
    phone_verified = models.BooleanField(_("phone number verified"), default=False)
    preferred_language = models.CharField(
        _("preferred language"),
        max_length=10,
        choices=settings.LANGUAGES,
        default="id",
    )
    data_saver = models.BooleanField(
        _("save data"),
        default=False,
        help_text=_("Show pictures in lessons only when I tap them."),
    )
    anonymised_at = models.DateTimeField(_("anonymised at"), null=True, blank=True)

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")
        # Roles are permissions; groups only bundle them (docs/deploy-setup.md).
        # Permission names are stored as text, like Django's own "Can add ...".
        permissions = [
            ("view_centre_people", "Can see their centre's cohorts and learners"),
        ]

    def __str__(self) -> str:
        return self.public_name

    @property
    def public_name(self) -> str:
        """The name safe to show to anyone: never the legal name."""
        return self.display_name or str(_("Participant"))


class SignInCode(models.Model):
    """A one-time first-sign-in code printed on a learner's sign-in card.

    Only a keyed hash of the code is stored. A code works once, until it expires.
    """

    user = models.ForeignKey(
        User,
        verbose_name=_("learner"),
        on_delete=models.CASCADE,
        related_name="sign_in_codes",
    )
    code_hash = models.CharField(_("code hash"), max_length=64, unique=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    expires_at = models.DateTimeField(_("expires at"))
    used_at = models.DateTimeField(_("used at"), null=True, blank=True)

    class Meta:
        verbose_name = _("sign-in code")
        verbose_name_plural = _("sign-in codes")

    def __str__(self) -> str:
        return f"{self.user} · {self.created_at:%Y-%m-%d}"


class UserSession(AbstractBaseSession):
    """A browser session, with the user it is signed in as (``accounts.sessions``).

    Django's own session table does not say whose a session is, so ending a
    person's sessions meant decoding every live one. Here deactivation and
    deletion delete ``user``'s rows by index (``user_sessions_end``). No database
    constraint: a session may outlive a user row that a test or an admin deletes.
    """

    user = models.ForeignKey(
        User,
        verbose_name=_("user"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        db_constraint=False,
        related_name="sessions",
    )

    class Meta(AbstractBaseSession.Meta):
        verbose_name = _("session")
        verbose_name_plural = _("sessions")

    @classmethod
    def get_session_store_class(cls):
        # Decoding is the database store's; ``accounts.sessions`` only adds the user.
        return DatabaseSessionStore
