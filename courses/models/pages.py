"""Course pages: the index, courses, modules, lessons, quizzes and assignments."""

from django.conf import settings
from django.contrib.auth.models import Permission
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q, Sum
from django.shortcuts import redirect
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from home.pages import ServedByView

from ..blocks import LessonStreamBlock, QuizQuestionStreamBlock


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


class CourseIndexPage(ServedByView, Page):
    """The course catalogue."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["courses.CoursePage"]
    max_count = 1

    class Meta:
        verbose_name = _("course catalogue")


class CoursePage(ServedByView, Page):
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
        help_text=_("A certificate of this course lets a graduate open a brand."),
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
        # A module has no page of its own: its lessons are listed on the course.
        course = self.get_parent()
        return redirect(f"{course.url}#module-{self.pk}")


class LessonPage(ServedByView, Page):
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


class QuizPage(ServedByView, Page):
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


class AssignmentPage(ServedByView, Page):
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
