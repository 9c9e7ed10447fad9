"""Enrolments, lesson progress and business plans."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from .pages import CoursePage, LessonPage


class Enrolment(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("learner"),
        on_delete=models.CASCADE,
        related_name="enrolments",
    )
    course = models.ForeignKey(
        CoursePage,
        verbose_name=_("course"),
        on_delete=models.PROTECT,
        related_name="enrolments",
    )
    created_at = models.DateTimeField(_("enrolled at"), auto_now_add=True)
    last_activity_at = models.DateTimeField(_("last activity"), auto_now_add=True)
    completed_at = models.DateTimeField(_("completed at"), null=True, blank=True)

    class Meta:
        verbose_name = _("enrolment")
        verbose_name_plural = _("enrolments")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "course"], name="enrolment_unique_user_course"
            )
        ]

    def __str__(self) -> str:
        return f"{self.user} → {self.course}"


class LessonVisit(models.Model):
    """Evidence that a learner opened a lesson page: recorded by the server
    the first time she opens it, never again. "Mark as done" needs it."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("learner"),
        on_delete=models.CASCADE,
        related_name="lesson_visits",
    )
    lesson = models.ForeignKey(
        LessonPage,
        verbose_name=_("lesson"),
        on_delete=models.CASCADE,
        related_name="visits",
    )
    course = models.ForeignKey(
        CoursePage,
        verbose_name=_("course"),
        on_delete=models.CASCADE,
        related_name="lesson_visits",
    )
    first_opened_at = models.DateTimeField(_("first opened at"), auto_now_add=True)

    class Meta:
        verbose_name = _("lesson opened")
        verbose_name_plural = _("lessons opened")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "lesson"], name="lesson_visit_unique_user_lesson"
            )
        ]
        indexes = [models.Index(fields=["user", "course"])]

    def __str__(self) -> str:
        return f"{self.user} · {self.lesson}"


class LessonProgress(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("learner"),
        on_delete=models.CASCADE,
        related_name="lesson_progress",
    )
    # Deleting a lesson or a course never deletes what learners did: the admin
    # refuses it with a message (courses.wagtail_hooks), the database too.
    lesson = models.ForeignKey(
        LessonPage,
        verbose_name=_("lesson"),
        on_delete=models.PROTECT,
        related_name="progress",
    )
    course = models.ForeignKey(
        CoursePage,
        verbose_name=_("course"),
        on_delete=models.PROTECT,
        related_name="lesson_progress",
    )
    completed_at = models.DateTimeField(_("completed at"), auto_now_add=True)

    class Meta:
        verbose_name = _("lesson progress")
        verbose_name_plural = _("lesson progress")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "lesson"], name="progress_unique_user_lesson"
            )
        ]
        indexes = [models.Index(fields=["user", "course"])]

    def __str__(self) -> str:
        return f"{self.user} ✓ {self.lesson}"


class BusinessPlan(models.Model):
    """A one-page business model canvas the learner fills in over a course."""

    # The learner's answers, in the order of the canvas.
    ANSWER_FIELDS = (
        "business_name",
        "product",
        "customers",
        "value",
        "channels",
        "costs",
        "price",
    )

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("learner"),
        on_delete=models.CASCADE,
        related_name="business_plan",
    )
    business_name = models.CharField(_("business name"), max_length=100, blank=True)
    product = models.TextField(_("product"), max_length=1000, blank=True)
    customers = models.TextField(_("customers"), max_length=1000, blank=True)
    value = models.TextField(_("why customers choose you"), max_length=1000, blank=True)
    channels = models.TextField(_("how you sell"), max_length=1000, blank=True)
    costs = models.TextField(_("costs"), max_length=1000, blank=True)
    price = models.TextField(_("price"), max_length=1000, blank=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        verbose_name = _("business plan")
        verbose_name_plural = _("business plans")

    def __str__(self) -> str:
        return self.business_name or str(_("Business plan"))

    @property
    def is_empty(self) -> bool:
        return not any(getattr(self, name) for name in self.ANSWER_FIELDS)


class OfflineStep(models.Model):
    """A step a learner took on her phone without a signal ("opened a lesson",
    "marked it done"), sent later by the phone's queue. ``client_id`` is the
    id the phone gave the step: the first account that sends it owns it, so a
    replay changes nothing and another account's replay is refused."""

    class Kind(models.TextChoices):
        OPENED = "opened", _("opened the lesson")
        DONE = "done", _("marked the lesson as done")

    class Outcome(models.TextChoices):
        APPLIED = "applied", _("applied")
        # Only steps stored before courses 0018: a refused step is no longer
        # stored (courses.services.offline).
        REFUSED = "refused", _("refused")

    client_id = models.UUIDField(_("id given by the phone"), unique=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("learner"),
        on_delete=models.CASCADE,
        related_name="offline_steps",
    )
    kind = models.CharField(_("step"), max_length=10, choices=Kind.choices)
    lesson = models.ForeignKey(
        LessonPage,
        verbose_name=_("lesson"),
        on_delete=models.CASCADE,
        related_name="offline_steps",
    )
    client_at = models.DateTimeField(_("time on the phone"))
    counted_at = models.DateTimeField(_("time counted"))
    received_at = models.DateTimeField(_("received at"), auto_now_add=True)
    outcome = models.CharField(_("outcome"), max_length=10, choices=Outcome.choices)
    message = models.CharField(_("message"), max_length=200, blank=True)

    class Meta:
        verbose_name = _("offline step")
        verbose_name_plural = _("offline steps")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "client_id"], name="offline_step_unique_user_client_id"
            )
        ]

    def __str__(self) -> str:
        return f"{self.user} · {self.kind} · {self.lesson_id}"


class OfflineCopy(models.Model):
    """A lesson page the server sent to a learner's phone to keep ("Save for
    offline"): the evidence an "opened" step from her offline queue needs.
    Saving is not reading, so it is no ``LessonVisit``; it is recorded the
    first time only (a later save does not move ``served_at``)."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("learner"),
        on_delete=models.CASCADE,
        related_name="offline_copies",
    )
    lesson = models.ForeignKey(
        LessonPage,
        verbose_name=_("lesson"),
        on_delete=models.CASCADE,
        related_name="offline_copies",
    )
    served_at = models.DateTimeField(_("saved on the phone at"), auto_now_add=True)

    class Meta:
        verbose_name = _("lesson saved for offline")
        verbose_name_plural = _("lessons saved for offline")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "lesson"], name="offline_copy_unique_user_lesson"
            )
        ]

    def __str__(self) -> str:
        return f"{self.user} ⤓ {self.lesson}"
