from __future__ import annotations

import io

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST

from . import pdf, quizzes, selectors, services
from .forms import (
    AssignmentSubmissionForm,
    BusinessPlanForm,
    CertificateRevokeForm,
    CertificateSettingsForm,
    SubmissionReviewForm,
)
from .models import AssignmentPage, CoursePage, LessonPage, QuizPage
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


# ---------------------------------------------------------------------------
# Quizzes
# ---------------------------------------------------------------------------


def _learner_gate(request: HttpRequest, page, course: CoursePage):
    """Lessons, quizzes and assignments are for enrolled learners (and editors
    previewing). Returns a response to send instead, or None."""
    if getattr(request, "is_preview", False):
        return None
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    if selectors.enrolment_for(
        user=request.user, course=course
    ) is None and not selectors.user_can_edit_page(user=request.user, page=page):
        messages.info(request, _("Enrol in the course to open its lessons."))
        return redirect(course.url)
    return None


def quiz_page_serve(request: HttpRequest, page: QuizPage, *args, **kwargs):
    course = selectors.course_for_lesson(page)
    gate = _learner_gate(request, page, course)
    if gate is not None:
        return gate
    context = page.get_context(request, *args, **kwargs)
    context["course"] = course
    context["pool_size"] = len(page.questions)
    context["per_attempt"] = min(page.questions_per_attempt, len(page.questions))
    if request.user.is_authenticated and not getattr(request, "is_preview", False):
        attempts = selectors.quiz_attempts_for(user=request.user, quiz=page)
        context.update(
            {
                "attempts": [a for a in attempts if a.is_finished],
                "open_attempt": next((a for a in attempts if not a.is_finished), None),
                "best": selectors.quiz_best_attempt(user=request.user, quiz=page),
                "next_attempt_at": selectors.quiz_next_attempt_at(
                    user=request.user, quiz=page
                ),
            }
        )
    return _private(TemplateResponse(request, page.get_template(request), context))


@require_POST
@login_required
def quiz_start(request: HttpRequest, quiz_id: int) -> HttpResponse:
    quiz = get_object_or_404(QuizPage.objects.live().public(), pk=quiz_id)
    try:
        attempt = services.quiz_attempt_start(user=request.user, quiz=quiz)
    except services.QuizNotReady as wait:
        messages.info(
            request,
            _("You can try again at %(time)s.")
            % {"time": date_format(timezone.localtime(wait.ready_at), "j F, H:i")},
        )
        return redirect(quiz.url)
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
        return redirect(quiz.url)
    except PermissionDenied:
        course = selectors.course_for_lesson(quiz)
        messages.info(request, _("Enrol in the course to open its lessons."))
        return redirect(course.url)
    return redirect("courses:quiz_attempt", attempt_id=attempt.pk)


def _attempt_response(request, attempt, *, status=200, error: str = ""):
    if attempt.is_finished:
        context = {
            "attempt": attempt,
            "quiz": attempt.quiz,
            "course": attempt.course,
            "review": quizzes.review_questions(
                attempt.questions, attempt.answers, attempt.results
            ),
        }
        template = "courses/quiz_result.html"
    else:
        # Only the public projection reaches the template: no keys.
        context = {
            "attempt": attempt,
            "quiz": attempt.quiz,
            "course": attempt.course,
            "questions": quizzes.public_questions(attempt.questions),
            "error": error,
        }
        template = "courses/quiz_attempt.html"
    return _private(TemplateResponse(request, template, context, status=status))


@never_cache
@login_required
def quiz_attempt(request: HttpRequest, attempt_id: int) -> HttpResponse:
    attempt = get_object_or_404(selectors.attempts_of(request.user), pk=attempt_id)
    return _attempt_response(request, attempt)


@require_POST
@login_required
def quiz_attempt_submit(request: HttpRequest, attempt_id: int) -> HttpResponse:
    attempt = get_object_or_404(selectors.attempts_of(request.user), pk=attempt_id)
    try:
        attempt = services.quiz_attempt_submit(
            user=request.user, attempt=attempt, data=request.POST
        )
    except services.QuizAlreadySubmitted:
        messages.info(request, _("These answers were already sent."))
        return redirect("courses:quiz_attempt", attempt_id=attempt.pk)
    except ValidationError as exc:
        return _attempt_response(
            request, attempt, status=400, error=" ".join(exc.messages)
        )
    if attempt.passed:
        messages.success(request, _("You passed!"))
    return redirect("courses:quiz_attempt", attempt_id=attempt.pk)


# ---------------------------------------------------------------------------
# Assignments
# ---------------------------------------------------------------------------


def _assignment_context(request, page: AssignmentPage, course, form=None) -> dict:
    submissions = selectors.submissions_for(user=request.user, assignment=page)
    statuses = {s.status for s in submissions}
    accepted = "accepted" in statuses
    waiting = "submitted" in statuses
    return {
        "page": page,
        "self": page,
        "course": course,
        "submissions": submissions,
        "accepted": accepted,
        "waiting": waiting,
        "form": form
        if form is not None
        else (
            None if accepted or waiting else AssignmentSubmissionForm(assignment=page)
        ),
    }


def assignment_page_serve(request: HttpRequest, page: AssignmentPage, *args, **kwargs):
    course = selectors.course_for_lesson(page)
    gate = _learner_gate(request, page, course)
    if gate is not None:
        return gate
    context = page.get_context(request, *args, **kwargs)
    if getattr(request, "is_preview", False):
        context.update({"course": course, "submissions": [], "preview": True})
    else:
        context.update(_assignment_context(request, page, course))
    return _private(TemplateResponse(request, page.get_template(request), context))


@require_POST
@login_required
def assignment_submit(request: HttpRequest, assignment_id: int) -> HttpResponse:
    page = get_object_or_404(AssignmentPage.objects.live().public(), pk=assignment_id)
    course = selectors.course_for_lesson(page)
    if selectors.enrolment_for(user=request.user, course=course) is None:
        messages.info(request, _("Enrol in the course to open its lessons."))
        return redirect(course.url)
    form = AssignmentSubmissionForm(request.POST, request.FILES, assignment=page)
    if form.is_valid():
        try:
            services.assignment_submit(
                user=request.user,
                assignment=page,
                photo=form.cleaned_data["photo"],
                text=form.cleaned_data["text"],
            )
        except services.SubmissionRefused as refused:
            messages.info(request, refused.message)
            return redirect(page.url)
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            messages.success(request, _("Sent! An instructor will review your work."))
            return redirect(page.url)
    context = _assignment_context(request, page, course, form=form)
    return _private(
        TemplateResponse(request, "courses/assignment_page.html", context, status=400)
    )


def _photo_response(submission) -> HttpResponse:
    if not submission.photo:
        raise Http404
    response = FileResponse(submission.photo.open("rb"))
    response["X-Content-Type-Options"] = "nosniff"
    return _private(response)


@login_required
def submission_photo(request: HttpRequest, submission_id: int) -> HttpResponse:
    """The photo, only for the learner who sent it and reviewers of the course."""
    submission = (
        selectors.submissions_of(request.user).filter(pk=submission_id).first()
        or selectors.reviewable_submissions(request.user)
        .filter(pk=submission_id)
        .first()
    )
    if submission is None:
        raise Http404
    return _photo_response(submission)


@never_cache
@login_required
def review_queue(request: HttpRequest) -> HttpResponse:
    if not selectors.user_may_review(request.user):
        raise Http404
    context = {"submissions": selectors.review_queue(user=request.user)}
    return _private(TemplateResponse(request, "courses/review_queue.html", context))


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def review_submission(request: HttpRequest, submission_id: int) -> HttpResponse:
    submission = get_object_or_404(
        selectors.reviewable_submissions(request.user), pk=submission_id
    )
    rubric = submission.assignment.rubric_items
    if request.method == "POST":
        form = SubmissionReviewForm(request.POST, rubric_items=rubric)
        if form.is_valid():
            try:
                services.assignment_review(
                    reviewer=request.user,
                    submission=submission,
                    accept=form.cleaned_data["decision"] == "accept",
                    feedback=form.cleaned_data["feedback"],
                    rubric_met=form.cleaned_data["rubric_met"],
                )
            except services.SubmissionRefused as refused:
                messages.info(request, refused.message)
            except ValidationError as exc:
                form.add_error(None, exc)
            else:
                messages.success(request, _("Review saved. The learner can see it."))
                return redirect("courses:review_queue")
    else:
        form = SubmissionReviewForm(rubric_items=rubric)
    context = {
        "submission": submission,
        "learner_name": submission.user.public_name,
        "form": form,
        "history": selectors.submissions_for(
            user=submission.user, assignment=submission.assignment
        ),
    }
    return _private(
        TemplateResponse(request, "courses/review_submission.html", context)
    )


# ---------------------------------------------------------------------------
# Certificates
# ---------------------------------------------------------------------------


def certificate_verify_url(code: str) -> str:
    from django.conf import settings
    from django.urls import reverse
    from django.utils.translation import override

    with override(settings.LANGUAGE_CODE):
        path = reverse("certificate_verify", args=[code])
    return settings.SITE_BASE_URL.rstrip("/") + path


def certificate_verify(request: HttpRequest, code: str) -> HttpResponse:
    """Public: the printed name, course, date and validity. Nothing else."""
    if len(code) > 64:
        raise Http404
    certificate = selectors.certificate_public(code=code)
    if certificate is None:
        raise Http404
    context = {
        "certificate": certificate,
        "can_revoke": request.user.is_authenticated
        and selectors.certificates_revocable_by(request.user)
        .filter(code=code)
        .exists(),
    }
    response = TemplateResponse(request, "courses/certificate_verify.html", context)
    response["X-Robots-Tag"] = "noindex, nofollow"
    if request.user.is_authenticated:
        _private(response)
    return response


@never_cache
@login_required
def certificate_pdf(request: HttpRequest, code: str) -> HttpResponse:
    certificate = get_object_or_404(selectors.certificates_of(request.user), code=code)
    if not certificate.is_valid:
        messages.error(request, _("This certificate was revoked."))
        return redirect("courses:dashboard")
    data = pdf.certificate_pdf(
        certificate=certificate, verify_url=certificate_verify_url(certificate.code)
    )
    response = FileResponse(
        io.BytesIO(data),
        as_attachment=True,
        filename=f"sertifikat-{certificate.course.slug}.pdf",
        content_type="application/pdf",
    )
    return _private(response)


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def certificate_settings(request: HttpRequest, code: str) -> HttpResponse:
    certificate = get_object_or_404(selectors.certificates_of(request.user), code=code)
    if request.method == "POST":
        form = CertificateSettingsForm(request.POST)
        if form.is_valid():
            services.certificate_settings_update(
                user=request.user,
                certificate=certificate,
                printed_name=form.cleaned_data["printed_name"],
                show_centre=form.cleaned_data["show_centre"],
            )
            messages.success(request, _("Certificate settings saved."))
            return redirect("courses:dashboard")
    else:
        form = CertificateSettingsForm(
            initial={
                "printed_name": certificate.printed_name,
                "show_centre": certificate.show_centre,
            }
        )
    context = {"certificate": certificate, "form": form}
    return _private(
        TemplateResponse(request, "courses/certificate_settings.html", context)
    )


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def certificate_revoke(request: HttpRequest, code: str) -> HttpResponse:
    certificate = get_object_or_404(
        selectors.certificates_revocable_by(request.user), code=code
    )
    if request.method == "POST":
        form = CertificateRevokeForm(request.POST)
        if form.is_valid():
            services.certificate_revoke(
                actor=request.user,
                certificate=certificate,
                reason=form.cleaned_data["reason"],
            )
            messages.success(request, _("The certificate is revoked."))
            return redirect("certificate_verify", code=certificate.code)
    else:
        form = CertificateRevokeForm(initial={"reason": certificate.revoked_reason})
    context = {
        "certificate": selectors.certificate_public(code=certificate.code),
        "form": form,
    }
    return _private(
        TemplateResponse(request, "courses/certificate_revoke.html", context)
    )
