"""Course and lesson pages, enrolment and lesson completion."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.cache import patch_vary_headers
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from accounts.selectors import data_saver_for
from home.page_shell import ShellTemplateResponse

from .. import selectors, services
from ..models import CourseIndexPage, CoursePage, LessonPage
from ..practice import practice_for_body
from ._common import _private

OFFLINE_SAVE_HEADER = "X-Berdaya-Offline"  # sent by static/js/offline-course.js


def course_index_serve(request: HttpRequest, page: CourseIndexPage, *args, **kwargs):
    context = page.get_context(request, *args, **kwargs)
    context.update(selectors.course_catalogue(request=request, index=page))
    return TemplateResponse(request, page.get_template(request), context)


def course_page_serve(request: HttpRequest, page: CoursePage, *args, **kwargs):
    user = request.user
    outline = selectors.course_outline(course=page, user=user)
    enrolment = selectors.enrolment_for(user=user, course=page)
    context = page.get_context(request, *args, **kwargs)
    context.update(
        {
            "outline": outline,
            "enrolment": enrolment,
            "card": selectors.course_card_from_outline(outline, enrolment),
            # No cover (it is decoration), and "Save the pictures too" starts
            # unticked. Signed in only: pages for visitors are kept whole.
            "data_saver": user.is_authenticated and data_saver_for(request),
        }
    )
    if user.is_authenticated and enrolment is None:
        context["missing_prerequisites"] = selectors.missing_prerequisites(
            user=user, course=page
        )
        context["open_to_user"] = selectors.course_is_open_to(user=user, course=page)
    response = TemplateResponse(request, page.get_template(request), context)
    if user.is_authenticated:
        _private(response)
    return response


def lesson_page_serve(request: HttpRequest, page: LessonPage, *args, **kwargs):
    user = request.user
    course = selectors.course_for_lesson(page)
    is_preview = getattr(request, "is_preview", False)
    learner = selectors.LearnerSnapshot()
    if not is_preview:
        if not user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        learner = selectors.learner_snapshot(user=user, course=course)
        if not learner.enrolled and not selectors.user_can_edit_page(
            user=user, page=page
        ):
            messages.info(request, _("Enrol in the course to open its lessons."))
            return redirect(course.url)
    data_saver = data_saver_for(request)
    body = selectors.lesson_body(page, preview=is_preview, data_saver=data_saver)
    practices = practice_for_body(
        body,
        request.GET,
        back=page.get_url(request) or "",
        can_save=user.is_authenticated and not is_preview,
    )
    fragment = request.headers.get("X-Berdaya-Fragment", "")
    if fragment in practices:
        return _private(
            TemplateResponse(
                request,
                "courses/includes/practice_result.html",
                {"practice": practices[fragment]},
            )
        )
    # "Save for offline" fetches the page to store it on the phone: not a
    # reading. The stored copy, opened later, queues its own "opened" step,
    # which the server accepts only for a copy it recorded sending here.
    offline_copy = request.headers.get(OFFLINE_SAVE_HEADER) == "1"
    if learner.enrolled and request.method == "GET":
        if offline_copy:
            services.offline_copy_record(user=user, lesson=page, course=course)
        elif page.pk not in learner.opened_ids:
            # The lesson page itself, opened by an enrolled learner (not a
            # preview, not an editor who is not enrolled, not a practice
            # fragment): the evidence "Mark as done" needs.
            services.lesson_open_record(user=user, lesson=page, course=course)
    outline = selectors.course_outline(
        course=course, user=user, state=learner.state if learner.enrolled else None
    )
    previous, following = outline.neighbours(page)
    context = page.get_context(request, *args, **kwargs)
    context.update(
        {
            "course": course,
            "outline": outline,
            "previous_lesson": previous,
            "next_lesson": following,
            "is_done": any(
                item.done for item in outline.lessons if item.page.pk == page.pk
            ),
            "practices": practices,
            "body": body,
            "offline_copy": offline_copy,
            "data_saver": data_saver,
        }
    )
    response = ShellTemplateResponse(
        request,
        page.get_template(request),
        context,
        shell_key=_lesson_shell_key(request, page, learner, data_saver, offline_copy),
    )
    patch_vary_headers(response, ["Save-Data"])
    return _private(response)


def _lesson_shell_key(request, page, learner, data_saver: bool, offline_copy: bool):
    """The key of the lesson's page shared by every enrolled learner
    (``home.page_shell``), or None to render it in full: anything on the
    request that is hers beyond the personal parts (a message, a calculator's
    input, a saved copy, an editor's user bar, a preview)."""
    if (
        request.method != "GET"
        or getattr(request, "is_preview", False)
        or not learner.enrolled
        or request.GET
        or offline_copy
        or len(messages.get_messages(request))
        or request.user.has_perm("wagtailadmin.access_admin")
    ):
        return None
    language = get_language()
    return f"courses:lesson:{page.pk}:{language}:{data_saver:d}:{request.path}"


@require_POST
@login_required
def enrol(request: HttpRequest, course_id: int) -> HttpResponse:
    course = get_object_or_404(CoursePage.objects.live().public(), pk=course_id)
    try:
        services.enrolment_create(user=request.user, course=course)
    except services.EnrolmentRefused as refused:
        messages.error(request, refused.message)
        return redirect(course.url)
    outline = selectors.course_outline(course=course, user=request.user)
    messages.success(request, _("You are enrolled. Let's start!"))
    if outline.next_lesson is not None:
        return redirect(outline.next_lesson.page.url)
    return redirect(course.url)


@require_POST
@login_required
def lesson_complete(request: HttpRequest, lesson_id: int) -> HttpResponse:
    lesson = get_object_or_404(LessonPage.objects.live().public(), pk=lesson_id)
    course = selectors.course_for_lesson(lesson)
    if selectors.enrolment_for(user=request.user, course=course) is None:
        messages.info(request, _("Enrol in the course to open its lessons."))
        return redirect(course.url)
    try:
        services.progress_record(user=request.user, lesson=lesson)
    except services.LessonNotOpened as refused:
        return _private(
            TemplateResponse(
                request,
                "courses/lesson_not_opened.html",
                {"lesson": lesson, "course": course, "message": refused.message},
                status=403,
            )
        )
    outline = selectors.course_outline(course=course, user=request.user)
    _previous, following = outline.neighbours(lesson)
    if outline.progress.is_complete:
        messages.success(request, _("Well done! You finished every lesson."))
        return redirect(course.url)
    messages.success(request, _("Lesson marked as done."))
    if following is not None:
        return redirect(following.page.url)
    return redirect(course.url)
