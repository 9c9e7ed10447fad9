"""Course pages: the index, courses, modules, lessons, quizzes and assignments."""

from django.conf import settings
from django.contrib.auth.models import Permission
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from home.page_cache import CachedViewRestrictions
from home.pages import ServedByView

from .. import quizzes
from ..blocks import LessonStreamBlock, QuizQuestionStreamBlock
from ..quiz_admin import QuizPageForm, QuizPoolPanel


class Topic(models.Model):
    """A subject area of the catalogue (a snippet)."""

    name = models.CharField(_("name"), max_length=80, unique=True)
    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("sort_order")]

    class Meta:
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
        ordering = ["sort_order", "name"]

    def __str__(self) -> str:
        return self.name


SHOWCASE_NEEDS_EVIDENCE = _(
    "A showcase course needs practical work that a person reviews. Add an "
    "assignment to one of its modules, keep “required for the certificate” "
    "ticked and get it published. Then tick this box again."
)
SHOWCASE_NEEDS_QUIZ_WAITS = _(
    "A quiz required for this course's certificate can be retaken at once: "
    "%(quizzes)s. Give it a wait after failed attempts (for example 10, 60, "
    "1440) and publish it. Then tick this box again."
)


def instructor_choices() -> Q:
    """Who may be listed as a course's instructors: active people with the
    instructor role (``courses.teach_course``, from a group or granted
    directly) and administrators; never a learner."""
    teach = Permission.objects.filter(
        content_type__app_label="courses", codename="teach_course"
    )
    return Q(is_active=True) & (
        Q(is_superuser=True)
        | Q(groups__permissions__in=teach)
        | Q(user_permissions__in=teach)
    )


class CourseIndexPage(ServedByView, CachedViewRestrictions, Page):
    """The course catalogue."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["courses.CoursePage"]
    max_count = 1

    class Meta:
        verbose_name = _("course catalogue")


class CoursePage(ServedByView, CachedViewRestrictions, Page):
    # Read with the page when it is served (home.routing): its badge.
    route_select_related = ("topic",)

    class Level(models.TextChoices):
        BASIC = "basic", _("Basic")
        INTERMEDIATE = "intermediate", _("Intermediate")

    class Enrolment(models.TextChoices):
        OPEN = "open", _("Open to everyone")
        COHORTS = "cohorts", _("Only assigned cohorts")

    summary = models.TextField(_("short summary"), max_length=400)
    cover_image = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL,
        verbose_name=_("cover image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    topic = models.ForeignKey(
        Topic,
        verbose_name=_("topic"),
        null=True,
        on_delete=models.PROTECT,
        related_name="courses",
    )
    level = models.CharField(
        _("level"), max_length=20, choices=Level.choices, default=Level.BASIC
    )
    outcomes = models.TextField(
        _("learning outcomes"), blank=True, help_text=_("One outcome per line.")
    )
    instructors = ParentalManyToManyField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("instructors"),
        blank=True,
        related_name="taught_courses",
        limit_choices_to=instructor_choices,
        help_text=_("Only people with the instructor role are offered."),
    )
    prerequisites = ParentalManyToManyField(
        "self",
        verbose_name=_("prerequisites"),
        blank=True,
        symmetrical=False,
        related_name="required_by",
        help_text=_("Courses a learner must finish first."),
    )
    enrolment_mode = models.CharField(
        _("who may enrol"),
        max_length=20,
        choices=Enrolment.choices,
        default=Enrolment.OPEN,
    )
    counts_for_showcase = models.BooleanField(
        _("counts for the showcase"),
        default=False,
        help_text=_(
            "A certificate of this course lets a graduate open a brand. The course "
            "needs a published assignment, required for the certificate, that a "
            "person reviews: add it to a module first, then tick this box."
        ),
    )
    sort_order = models.PositiveSmallIntegerField(_("order in catalogue"), default=0)
    # Which cohorts a centre assigned this course to. Edited with the cohort (the
    # centres app's admin form), not in the page editor, so it is not part of the
    # page's revisions and needs no review.
    cohorts = models.ManyToManyField(
        "accounts.Cohort",
        verbose_name=_("cohorts"),
        blank=True,
        related_name="courses",
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("cover_image"),
        FieldPanel("outcomes"),
        MultiFieldPanel(
            [FieldPanel("topic"), FieldPanel("level"), FieldPanel("sort_order")],
            heading=_("Catalogue"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("enrolment_mode"),
                FieldPanel("prerequisites"),
                FieldPanel("instructors"),
                FieldPanel("counts_for_showcase"),
            ],
            heading=_("Enrolment"),
        ),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("outcomes"),
        index.FilterField("topic"),
        index.FilterField("level"),
    ]

    parent_page_types = ["courses.CourseIndexPage"]
    subpage_types = ["courses.ModulePage"]

    class Meta:
        verbose_name = _("course")
        verbose_name_plural = _("courses")
        # The instructor role: write the courses one is listed on, review their
        # assignments. Stored as text, like Django's own "Can add ...".
        permissions = [
            ("teach_course", "Can teach the courses they are listed on"),
        ]

    def save(self, *args, **kwargs):
        # A save of a few other fields only (Wagtail locking or unlocking the
        # page) does not touch the showcase box, so it is not refused for it.
        update_fields = kwargs.get("update_fields")
        self._showcase_rule_applies = (
            update_fields is None or "counts_for_showcase" in update_fields
        )
        return super().save(*args, **kwargs)

    def clean(self) -> None:
        super().clean()
        if (
            self.counts_for_showcase
            and getattr(self, "_showcase_rule_applies", True)
            and not self.showcase_evidence_ok()
        ):
            raise ValidationError({"counts_for_showcase": SHOWCASE_NEEDS_EVIDENCE})
        if self.counts_for_showcase and getattr(self, "_showcase_rule_applies", True):
            retaken_at_once = self.quizzes_without_waits()
            if retaken_at_once:
                raise ValidationError(
                    {
                        "counts_for_showcase": SHOWCASE_NEEDS_QUIZ_WAITS
                        % {"quizzes": ", ".join(q.title for q in retaken_at_once)}
                    }
                )

    def quizzes_without_waits(self) -> list["QuizPage"]:
        """The live quizzes required for the certificate that a learner may
        retake at once (a wait of 0 minutes): none may count towards a
        certificate that opens the showcase. Draft quizzes meet the
        same rule in ``QuizPage.clean`` when they are published."""
        if self.pk is None:
            return []
        quizzes_below = (
            QuizPage.objects.live().descendant_of(self).filter(required=True)
        )
        return [
            quiz for quiz in quizzes_below.order_by("path") if not quiz.has_cooldown
        ]

    def showcase_evidence_ok(self) -> bool:
        """May this course count for the showcase? It must hold a live assignment
        required for the certificate. A course not saved yet, or without any page
        below it, cannot hold one yet: it is checked on its next edit, and no
        certificate of a showcase course is issued without a reviewed assignment
        (``courses.services.certificate_issue_if_complete``)."""
        if self.pk is None or not Page.objects.descendant_of(self).exists():
            return True
        return (
            AssignmentPage.objects.live()
            .descendant_of(self)
            .filter(required=True)
            .exists()
        )

    @property
    def outcome_list(self) -> list[str]:
        return [line.strip() for line in self.outcomes.splitlines() if line.strip()]


class ModulePage(CachedViewRestrictions, Page):
    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]

    parent_page_types = ["courses.CoursePage"]
    subpage_types = ["courses.LessonPage", "courses.QuizPage", "courses.AssignmentPage"]

    class Meta:
        verbose_name = _("module")
        verbose_name_plural = _("modules")

    def serve(self, request, *args, **kwargs):
        # A module has no page of its own: its lessons are listed on the course.
        course = self.get_parent()
        return redirect(f"{course.url}#module-{self.pk}")


class LessonPage(ServedByView, CachedViewRestrictions, Page):
    summary = models.CharField(_("summary"), max_length=250, blank=True)
    minutes = models.PositiveSmallIntegerField(
        _("minutes to read"), default=5, help_text=_("A short lesson: 3 to 10 minutes.")
    )
    body = StreamField(LessonStreamBlock(), verbose_name=_("body"))

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("minutes"),
        FieldPanel("body"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
    ]

    parent_page_types = ["courses.ModulePage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("lesson")
        verbose_name_plural = _("lessons")

    def serve_preview(self, request, mode_name):
        # Wagtail renders previews from get_context() alone; the lesson needs
        # its view (course, outline, practice). The view knows a preview by
        # ``request.is_preview`` and records no visit for it.
        return self.serve(request)


class QuizPage(ServedByView, CachedViewRestrictions, Page):
    """A graded quiz in a module. Questions come from a pool; keys stay server side.

    Attempt policy (safe by default): a wait after each attempt that grows with
    failed attempts in a row, and a limit of tries per 24 hours
    (``courses.quizzes.attempt_policy``)."""

    intro = models.TextField(_("introduction"), blank=True)
    pass_mark = models.PositiveSmallIntegerField(
        _("pass mark (%)"),
        default=70,
        validators=[MinValueValidator(1), MaxValueValidator(100)],
    )
    questions_per_attempt = models.PositiveSmallIntegerField(
        _("questions per attempt"),
        default=6,
        validators=[MinValueValidator(1), MaxValueValidator(50)],
        help_text=_(
            "Write at least three times as many questions: each attempt draws "
            "the questions the learner saw least recently."
        ),
    )
    cooldown_steps = models.CharField(
        _("waits after failed attempts (minutes)"),
        max_length=60,
        default=quizzes.DEFAULT_COOLDOWN_STEPS,
        validators=[quizzes.cooldown_steps_parse],
        help_text=_(
            "Minutes to wait after the 1st, 2nd, 3rd failed attempt in a row; "
            "the last wait repeats. 60 = 1 hour, 1440 = 1 day. A required quiz "
            "of a course that opens the showcase needs every wait of 1 minute "
            "or more."
        ),
    )
    max_attempts_per_day = models.PositiveSmallIntegerField(
        _("tries per 24 hours"),
        default=3,
        validators=[MinValueValidator(1), MaxValueValidator(20)],
    )
    required = models.BooleanField(_("required for the certificate"), default=True)
    questions = StreamField(
        QuizQuestionStreamBlock(), verbose_name=_("questions"), blank=True
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        MultiFieldPanel(
            [
                FieldPanel("pass_mark"),
                FieldPanel("questions_per_attempt"),
                FieldPanel("cooldown_steps"),
                FieldPanel("max_attempts_per_day"),
                FieldPanel("required"),
                QuizPoolPanel(),
            ],
            heading=_("Rules"),
        ),
        FieldPanel("questions"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    base_form_class = QuizPageForm

    parent_page_types = ["courses.ModulePage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("quiz")
        verbose_name_plural = _("quizzes")

    def serve_preview(self, request, mode_name):
        # As for lessons: the quiz page needs its view, which shows the pool
        # size to a previewing editor and starts no attempt.
        return self.serve(request)

    def clean(self):
        super().clean()
        # (A malformed list of waits is already an error of the field.)
        if self.required and self.cooldown_step_list and not self.has_cooldown:
            course = self._course_for_rules()
            if course is not None and course.counts_for_showcase:
                raise ValidationError(
                    {
                        "cooldown_steps": _(
                            "This quiz counts for a certificate that opens the "
                            "showcase: learners must wait after a failed attempt. "
                            "Make every wait at least 1 minute, for example "
                            "10, 60, 1440."
                        )
                    }
                )

    @property
    def cooldown_step_list(self) -> list[int]:
        """The waits in minutes; empty when the field is not valid (yet)."""
        try:
            return quizzes.cooldown_steps_parse(self.cooldown_steps)
        except ValidationError:
            return []

    @property
    def has_cooldown(self) -> bool:
        """Every failed attempt is followed by a wait (no instant retake)."""
        steps = self.cooldown_step_list
        return bool(steps) and all(step > 0 for step in steps)

    @property
    def pool_is_small(self) -> bool:
        """A required quiz whose pool is under three times the draw."""
        return self.required and len(self.questions) < (
            quizzes.POOL_FACTOR * (self.questions_per_attempt or 0)
        )

    def _course_for_rules(self) -> CoursePage | None:
        parent = self.get_parent() if self.path else None
        parent = parent or getattr(self, "parent_page_for_rules", None)
        if parent is None:
            return None
        return CoursePage.objects.ancestor_of(parent, inclusive=True).first()


class AssignmentPage(ServedByView, CachedViewRestrictions, Page):
    """Practical work a learner submits and an instructor of the course reviews."""

    instructions = models.TextField(_("instructions"))
    requires_photo = models.BooleanField(_("a photo is required"), default=True)
    requires_text = models.BooleanField(_("a text is required"), default=False)
    text_prompt = models.TextField(
        _("what to write"),
        blank=True,
        help_text=_("Shown above the text box."),
    )
    rubric = models.TextField(
        _("rubric"),
        blank=True,
        help_text=_("What the reviewer checks. One point per line."),
    )
    required = models.BooleanField(_("required for the certificate"), default=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("instructions"),
        FieldPanel("requires_photo"),
        FieldPanel("requires_text"),
        FieldPanel("text_prompt"),
        FieldPanel("rubric"),
        FieldPanel("required"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("instructions")]

    parent_page_types = ["courses.ModulePage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("assignment")
        verbose_name_plural = _("assignments")

    @property
    def rubric_items(self) -> list[str]:
        return [line.strip() for line in self.rubric.splitlines() if line.strip()]
