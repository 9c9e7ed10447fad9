"""Quiz pages and attempts."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from .. import quizzes, selectors, services
from ..models import QuizPage
from ._common import _learner_gate, _private


def _wait_display(minutes: int) -> str:
    """10 → "10 minutes", 60 → "1 hour", 1440 → "1 day"."""
    if minutes and minutes % 1440 == 0:
        days = minutes // 1440
        return ngettext("%(count)d day", "%(count)d days", days) % {"count": days}
    if minutes and minutes % 60 == 0:
        hours = minutes // 60
        return ngettext("%(count)d hour", "%(count)d hours", hours) % {"count": hours}
    return ngettext("%(count)d minute", "%(count)d minutes", minutes) % {
        "count": minutes
    }


def _ready_at_display(ready_at) -> str:
    return date_format(timezone.localtime(ready_at), "j F, H:i")


def quiz_page_serve(request: HttpRequest, page: QuizPage, *args, **kwargs):
    course = selectors.course_for_lesson(page)
    gate = _learner_gate(request, page, course)
    if gate is not None:
        return gate
    context = page.get_context(request, *args, **kwargs)
    context["course"] = course
    context["pool_size"] = len(page.questions)
    context["per_attempt"] = min(page.questions_per_attempt, len(page.questions))
    context["waits"] = [
        _wait_display(minutes) for minutes in page.cooldown_step_list if minutes
    ]
    if request.user.is_authenticated and not getattr(request, "is_preview", False):
        attempts = selectors.quiz_attempts_for(user=request.user, quiz=page)
        context.update(
            {
                "attempts": [a for a in attempts if a.is_finished],
                "open_attempt": next((a for a in attempts if not a.is_finished), None),
                "best": selectors.quiz_best_attempt(user=request.user, quiz=page),
                "policy": selectors.quiz_attempt_policy(user=request.user, quiz=page),
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
        time = _ready_at_display(wait.ready_at)
        if wait.reason == "daily_limit":
            message = _(
                "You used all your tries for now. You can try again at %(time)s."
            ) % {"time": time}
        else:
            message = _("You can try again at %(time)s.") % {"time": time}
        messages.info(request, message)
        return redirect(quiz.url)
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
        return redirect(quiz.url)
    except PermissionDenied:
        course = selectors.course_for_lesson(quiz)
        messages.info(request, _("Enrol in the course to open its lessons."))
        return redirect(course.url)
    return redirect("courses:quiz_attempt", attempt_id=attempt.pk)


def _feedback(attempt) -> list[dict]:
    """The result of a finished attempt, with the lessons to read again for
    each wrong answer. No answer keys (``quizzes.feedback_questions``)."""
    feedback = quizzes.feedback_questions(
        attempt.questions, attempt.results, passed=attempt.passed
    )
    named, module_lessons = selectors.quiz_feedback_lessons(
        quiz=attempt.quiz,
        course=attempt.course,
        lesson_ids={item["lesson"] for item in feedback if item["lesson"]},
    )
    for item in feedback:
        lesson = named.get(item["lesson"]) if item["lesson"] else None
        item["lessons"] = [] if item["ok"] else [lesson] if lesson else module_lessons
    return feedback


def _attempt_response(request, attempt, *, status=200, error: str = ""):
    if attempt.is_finished:
        feedback = _feedback(attempt)
        context = {
            "attempt": attempt,
            "quiz": attempt.quiz,
            "course": attempt.course,
            "feedback": feedback,
            "wrong_count": sum(1 for item in feedback if not item["ok"]),
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
