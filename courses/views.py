from __future__ import annotations

import io

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.http import FileResponse, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST

from . import pdf, selectors, services
from .forms import BusinessPlanForm
from .models import CoursePage, LessonPage
from .practice import practice_for_body

PRIVATE = "private, no-store"


def _private(response: HttpResponse) -> HttpResponse:
    response["Cache-Control"] = PRIVATE
    return response


def course_page_serve(request: HttpRequest, page: CoursePage, *args, **kwargs):
    user = request.user
    outline = selectors.course_outline(course=page, user=user)
    enrolment = selectors.enrolment_for(user=user, course=page)
    context = page.get_context(request, *args, **kwargs)
    context.update(
        {
            "outline": outline,
            "enrolment": enrolment,
            "card": selectors.course_cards(courses=[page], user=user)[0],
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
    if not is_preview:
        if not user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if selectors.enrolment_for(
            user=user, course=course
        ) is None and not selectors.user_can_edit_page(user=user, page=page):
            messages.info(request, _("Enrol in the course to open its lessons."))
            return redirect(course.url)
    outline = selectors.course_outline(course=course, user=user)
    previous, following = outline.neighbours(page)
    practices = practice_for_body(page.body, request.GET)
    fragment = request.headers.get("X-Berdaya-Fragment", "")
    if fragment in practices:
        return _private(
            TemplateResponse(
                request,
                "courses/includes/practice_result.html",
                {"practice": practices[fragment]},
            )
        )
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
        }
    )
    return _private(TemplateResponse(request, page.get_template(request), context))


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
    services.progress_record(user=request.user, lesson=lesson)
    outline = selectors.course_outline(course=course, user=request.user)
    _previous, following = outline.neighbours(lesson)
    if outline.progress.is_complete:
        messages.success(request, _("Well done! You finished every lesson."))
        return redirect(course.url)
    messages.success(request, _("Lesson marked as done."))
    if following is not None:
        return redirect(following.page.url)
    return redirect(course.url)


@never_cache
@login_required
def dashboard(request: HttpRequest) -> HttpResponse:
    context = selectors.learner_dashboard(user=request.user)
    return _private(TemplateResponse(request, "courses/dashboard.html", context))


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def business_plan_edit(request: HttpRequest) -> HttpResponse:
    plan = selectors.business_plan_for(user=request.user)
    if request.method == "POST":
        form = BusinessPlanForm(request.POST, instance=plan)
        if form.is_valid():
            services.business_plan_save(user=request.user, data=form.cleaned_data)
            messages.success(request, _("Your business plan is saved."))
            return redirect("courses:business_plan")
    else:
        form = BusinessPlanForm(instance=plan)
    return _private(
        TemplateResponse(
            request, "courses/business_plan.html", {"form": form, "plan": plan}
        )
    )


@never_cache
@login_required
def business_plan_pdf(request: HttpRequest) -> HttpResponse:
    plan = selectors.business_plan_for(user=request.user)
    if plan is None or plan.is_empty:
        messages.info(request, _("Fill in your business plan first."))
        return redirect("courses:business_plan")
    data = pdf.business_plan_pdf(plan=plan, owner_name=request.user.public_name)
    response = FileResponse(
        io.BytesIO(data),
        as_attachment=True,
        filename="rencana-usaha.pdf",
        content_type="application/pdf",
    )
    return _private(response)
