"""Assignment submissions."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from home.object_storage import private_storage

from .pages import AssignmentPage, CoursePage


def assignment_photo_path(instance, filename: str) -> str:
    # ``filename`` is already random (courses.forms runs clean_image).
    return f"assignments/{filename}"


class AssignmentSubmission(models.Model):
    class Status(models.TextChoices):
        SUBMITTED = "submitted", _("Waiting for review")
        ACCEPTED = "accepted", _("Accepted")
        REVISION = "revision", _("Needs revision")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("learner"),
        on_delete=models.CASCADE,
        related_name="assignment_submissions",
    )
    assignment = models.ForeignKey(
        AssignmentPage,
        verbose_name=_("assignment"),
        on_delete=models.CASCADE,
        related_name="submissions",
    )
    course = models.ForeignKey(
        CoursePage,
        verbose_name=_("course"),
        on_delete=models.CASCADE,
        related_name="assignment_submissions",
    )
    photo = models.ImageField(
        _("photo"),
        upload_to=assignment_photo_path,
        # Personal data: never a public object; courses.views streams it.
        storage=private_storage,
        blank=True,
        width_field="photo_width",
        height_field="photo_height",
    )
    photo_width = models.PositiveIntegerField(null=True, blank=True, editable=False)
    photo_height = models.PositiveIntegerField(null=True, blank=True, editable=False)
    text = models.TextField(_("text"), max_length=3000, blank=True)
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.SUBMITTED
    )
    feedback = models.TextField(_("feedback"), max_length=2000, blank=True)
    rubric_met = models.JSONField(_("rubric points met"), default=list, blank=True)
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("reviewer"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    submitted_at = models.DateTimeField(_("submitted at"), auto_now_add=True)
    reviewed_at = models.DateTimeField(_("reviewed at"), null=True, blank=True)

    class Meta:
        verbose_name = _("assignment submission")
        verbose_name_plural = _("assignment submissions")
        ordering = ["-submitted_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "assignment"],
                condition=Q(status="submitted"),
                name="submission_one_pending_per_user",
            )
        ]
        indexes = [models.Index(fields=["course", "status"])]
        # Instructors review their own courses without it (CoursePage.instructors).
        permissions = [
            ("review_submission", "Can review practical assignments of every course"),
        ]

    def __str__(self) -> str:
        return f"{self.user} · {self.assignment} · {self.get_status_display()}"
