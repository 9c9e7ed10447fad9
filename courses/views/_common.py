"""Helpers shared by the course views."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.utils.translation import gettext as _

from .. import selectors
from ..models import CoursePage

PRIVATE = "private, no-store"


def _private(response: HttpResponse) -> HttpResponse:
    response["Cache-Control"] = PRIVATE
    return response


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
