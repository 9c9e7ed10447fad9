import secrets

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q, Sum
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from .blocks import LessonStreamBlock, QuizQuestionStreamBlock


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


class CourseIndexPage(Page):
    """The course catalogue."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["courses.CoursePage"]
    max_count = 1

    class Meta:
        verbose_name = _("course catalogue")

    def get_context(self, request, *args, **kwargs):
        from . import selectors

        context = super().get_context(request, *args, **kwargs)
        context.update(selectors.course_catalogue(request=request, index=self))
        return context


class CoursePage(Page):
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
        help_text=_("A certificate of this course lets a graduate open a brand."),
    )
    sort_order = models.PositiveSmallIntegerField(_("order in catalogue"), default=0)

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

    @property
    def outcome_list(self) -> list[str]:
        return [line.strip() for line in self.outcomes.splitlines() if line.strip()]

    @cached_property
    def estimated_minutes(self) -> int:
        """Sum of the live lessons' minutes."""
        total = (
            LessonPage.objects.live()
            .descendant_of(self)
            .aggregate(total=Sum("minutes"))["total"]
        )
        return total or 0

    def serve(self, request, *args, **kwargs):
        from . import views

        return views.course_page_serve(request, self, *args, **kwargs)


class ModulePage(Page):
    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]

    parent_page_types = ["courses.CoursePage"]
    subpage_types = ["courses.LessonPage", "courses.QuizPage", "courses.AssignmentPage"]

    class Meta:
        verbose_name = _("module")
        verbose_name_plural = _("modules")

    def serve(self, request, *args, **kwargs):
        from django.shortcuts import redirect

        # A module has no page of its own: its lessons are listed on the course.
        course = self.get_parent()
        return redirect(f"{course.url}#module-{self.pk}")


class LessonPage(Page):
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

    def serve(self, request, *args, **kwargs):
        from . import views

        return views.lesson_page_serve(request, self, *args, **kwargs)


class QuizPage(Page):
    """A graded quiz in a module. Questions come from a pool; keys stay server side."""

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
        help_text=_("Write more questions than this: each attempt draws from them."),
    )
    cooldown_minutes = models.PositiveIntegerField(
        _("wait between attempts (minutes)"),
        default=10,
        validators=[MaxValueValidator(60 * 24 * 30)],
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
                FieldPanel("cooldown_minutes"),
                FieldPanel("required"),
            ],
            heading=_("Rules"),
        ),
        FieldPanel("questions"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("intro")]

    parent_page_types = ["courses.ModulePage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("quiz")
        verbose_name_plural = _("quizzes")

    def serve(self, request, *args, **kwargs):
        from . import views

        return views.quiz_page_serve(request, self, *args, **kwargs)


class AssignmentPage(Page):
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

    def serve(self, request, *args, **kwargs):
        from . import views

        return views.assignment_page_serve(request, self, *args, **kwargs)


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
        on_delete=models.CASCADE,
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


class LessonProgress(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("learner"),
        on_delete=models.CASCADE,
        related_name="lesson_progress",
    )
    lesson = models.ForeignKey(
        LessonPage,
        verbose_name=_("lesson"),
        on_delete=models.CASCADE,
        related_name="progress",
    )
    course = models.ForeignKey(
        CoursePage,
        verbose_name=_("course"),
        on_delete=models.CASCADE,
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
        return not any(
            getattr(self, name)
            for name in (
                "business_name",
                "product",
                "customers",
                "value",
                "channels",
                "costs",
                "price",
            )
        )


def certificate_code() -> str:
    """22 URL-safe characters: 128 random bits, not guessable."""
    return secrets.token_urlsafe(16)


class Certificate(models.Model):
    """Proof that a learner finished a course. Verifiable by its code."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("learner"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="certificates",
    )
    course = models.ForeignKey(
        CoursePage,
        verbose_name=_("course"),
        on_delete=models.PROTECT,
        related_name="certificates",
    )
    code = models.CharField(
        _("verification code"), max_length=32, unique=True, default=certificate_code
    )
    printed_name = models.CharField(_("name printed"), max_length=80)
    show_centre = models.BooleanField(_("show the centre"), default=False)
    issued_at = models.DateTimeField(_("issued at"), auto_now_add=True)
    revoked_at = models.DateTimeField(_("revoked at"), null=True, blank=True)
    revoked_reason = models.CharField(_("reason"), max_length=250, blank=True)

    class Meta:
        verbose_name = _("certificate")
        verbose_name_plural = _("certificates")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "course"], name="certificate_unique_user_course"
            )
        ]

    def __str__(self) -> str:
        return f"{self.course} · {self.code}"

    @property
    def is_valid(self) -> bool:
        return self.revoked_at is None


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

    def __str__(self) -> str:
        return f"{self.user} · {self.assignment} · {self.get_status_display()}"
