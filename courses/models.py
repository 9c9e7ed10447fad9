import secrets

from django.conf import settings
from django.db import models
from django.db.models import Sum
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from .blocks import LessonStreamBlock


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
    subpage_types = ["courses.LessonPage"]

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
    return secrets.token_urlsafe(12)


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
