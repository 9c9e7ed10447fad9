from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.menus.pages import PageMenuItem
from wagtail.models import Page
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from home.page_cache import cached_by_content
from home.setup import DEMO_SEED_HOOK, SITE_SETUP_HOOK

from . import demo, selectors
from .models import CourseIndexPage, CoursePage, Topic
from .services.catalogue import course_site_setup
from .views import reports as report_views


class TopicViewSet(SnippetViewSet):
    model = Topic
    icon = "tag"
    menu_label = _("Topics")
    list_display = ["name", "slug", "sort_order"]
    add_to_admin_menu = False


register_snippet(TopicViewSet)


# manage.py site_setup and seed_demo (home/setup.py): after accounts (10).
hooks.register(SITE_SETUP_HOOK, course_site_setup, order=20)
hooks.register(DEMO_SEED_HOOK, demo.seed, order=20)


# --- what the home page and the menus show from learning (see home.selectors) ---


@hooks.register("berdaya_impact_numbers")
def impact_numbers() -> dict[str, int]:
    return {"certificates": selectors.certificates_valid_count()}


@hooks.register("berdaya_home_featured")
def home_featured(request) -> dict:
    courses = cached_by_content(
        "courses:featured", lambda: list(selectors.public_courses()[:4])
    )
    return {
        "featured_courses": selectors.course_cards(courses=courses, user=request.user),
        "resume": selectors.resume_card(user=request.user),
    }


@hooks.register("berdaya_site_navigation")
def site_navigation(request, root) -> dict:
    if root is None:
        return {"menu_courses_url": None}
    catalogue = CourseIndexPage.objects.child_of(root).live().public().first()
    return {"menu_courses_url": catalogue.get_url(request) if catalogue else None}


# --- course reports (instructors of the course, curriculum reviewers) ---


@hooks.register("register_admin_urls")
def report_urls() -> list:
    return [
        path(
            "laporan-kursus/",
            report_views.course_report_index,
            name="courses_report_index",
        ),
        path(
            "laporan-kursus/hasil/",
            report_views.course_report_index_results,
            name="courses_report_index_results",
        ),
        path(
            "laporan-kursus/<int:pk>/",
            report_views.course_report,
            name="courses_report",
        ),
    ]


class CourseReportsMenuItem(MenuItem):
    def is_shown(self, request) -> bool:
        return selectors.user_may_see_reports(request.user)


@hooks.register("register_reports_menu_item")
def report_menu_item() -> MenuItem:
    return CourseReportsMenuItem(
        _("Course reports"),
        reverse("courses_report_index"),
        name="course-reports",
        icon_name="doc-full",
        order=50,
    )


class CourseReportPageButton(PageMenuItem):
    label = _("Report")
    icon_name = "doc-full"
    url_name = "courses_report"
    priority = 68

    def is_shown(self, user) -> bool:
        return (
            self.page.specific_class is CoursePage
            and selectors.courses_reportable_by(user).filter(pk=self.page.pk).exists()
        )


@hooks.register("register_page_header_buttons")
def report_page_header_button(page, user, view_name, next_url=None):
    yield CourseReportPageButton(page=page)


@hooks.register("register_page_listing_more_buttons")
def report_page_listing_button(page, user, next_url=None):
    yield CourseReportPageButton(page=page)


# --- who writes which course, and what a deletion may never destroy ---------------
# Wagtail's page permissions are granted on the whole catalogue; these hooks narrow
# every page action to the courses one is listed on (courses.selectors.authoring),
# and refuse deleting a page that learners' records point at.

NOT_YOUR_COURSE = _("You can change only the courses you are listed on as instructor.")
HAS_LEARNER_RECORDS = _(
    "Learners have progress, answers or certificates in this page, so it cannot "
    "be deleted. To hide it from learners, ask an administrator to unpublish it."
)


def _refused(request: HttpRequest, message, page: Page) -> HttpResponse:
    messages.error(request, message)
    parent = page.get_parent()
    return redirect("wagtailadmin_explore", (parent or page).pk)


def _scope_refusal(request: HttpRequest, *pages: Page) -> HttpResponse | None:
    for page in pages:
        if not selectors.user_may_author(user=request.user, page=page):
            return _refused(request, NOT_YOUR_COURSE, page)
    return None


@hooks.register("before_create_page")
def course_scope_before_create(request, parent_page, page_class):
    if not selectors.user_may_author(user=request.user, page=parent_page):
        messages.error(request, NOT_YOUR_COURSE)
        return redirect("wagtailadmin_explore", parent_page.pk)
    return None


@hooks.register("before_edit_page")
def course_scope_before_edit(request, page):
    return _scope_refusal(request, page)


@hooks.register("before_delete_page")
def course_scope_before_delete(request, page):
    refused = _scope_refusal(request, page)
    if refused is None and selectors.page_has_learner_records(page):
        return _refused(request, HAS_LEARNER_RECORDS, page)
    return refused


@hooks.register("before_copy_page")
def course_scope_before_copy(request, page):
    pages = [page]
    destination = request.POST.get("new_parent_page", "")
    if request.method == "POST" and destination.isdigit():
        pages += list(Page.objects.filter(pk=int(destination)))
    return _scope_refusal(request, *pages)


@hooks.register("before_move_page")
def course_scope_before_move(request, page, destination):
    return _scope_refusal(request, page, destination)


@hooks.register("before_unpublish_page")
def course_scope_before_unpublish(request, page):
    return _scope_refusal(request, page)


@hooks.register("before_convert_alias_page")
def course_scope_before_convert_alias(request, page):
    return _scope_refusal(request, page)


@hooks.register("before_bulk_action")
def course_scope_before_bulk_action(request, action_type, objects, action):
    pages = [obj for obj in objects if isinstance(obj, Page)]
    form = getattr(action, "cleaned_form", None)
    destination = getattr(form, "cleaned_data", {}).get("chooser")
    refused = _scope_refusal(
        request, *pages, *([destination] if isinstance(destination, Page) else [])
    )
    if refused is None and action_type == "delete":
        for page in pages:
            if selectors.page_has_learner_records(page):
                return _refused(request, HAS_LEARNER_RECORDS, page)
    return refused
