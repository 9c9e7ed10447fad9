"""Quiz attempts."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from .pages import CoursePage, QuizPage


class QuizAttempt(models.Model):
    """One try at a quiz. ``questions`` is the server-side snapshot: the drawn
    questions, shuffled option keys, per-attempt values and the answer keys."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("learner"),
        on_delete=models.CASCADE,
        related_name="quiz_attempts",
    )
    quiz = models.ForeignKey(
        QuizPage,
        verbose_name=_("quiz"),
        on_delete=models.CASCADE,
        related_name="attempts",
    )
    course = models.ForeignKey(
        CoursePage,
        verbose_name=_("course"),
        on_delete=models.CASCADE,
        related_name="quiz_attempts",
    )
    questions = models.JSONField(_("questions"), default=list)
    answers = models.JSONField(_("answers"), default=dict, blank=True)
    results = models.JSONField(_("results"), default=dict, blank=True)
    score = models.PositiveSmallIntegerField(_("score (%)"), default=0)
    passed = models.BooleanField(_("passed"), default=False)
    started_at = models.DateTimeField(_("started at"), auto_now_add=True)
    finished_at = models.DateTimeField(_("finished at"), null=True, blank=True)

    class Meta:
        verbose_name = _("quiz attempt")
        verbose_name_plural = _("quiz attempts")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "quiz"],
                condition=Q(finished_at__isnull=True),
                name="quiz_attempt_one_open_per_user",
            )
        ]
        indexes = [models.Index(fields=["user", "course"])]

    def __str__(self) -> str:
        return f"{self.user} · {self.quiz} · {self.score}%"

    @property
    def is_finished(self) -> bool:
        return self.finished_at is not None
