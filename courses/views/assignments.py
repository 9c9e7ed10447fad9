"""Assignment pages, submissions and review."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST

from .. import selectors, services
from ..forms import (
    AssignmentSubmissionForm,
    SubmissionReviewForm,
)
from ..models import AssignmentPage
from ._common import _learner_gate, _private

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
    """Stream the photo from the private storage (a folder no web server
    serves, or a bucket with no public access): the permission check in the
    view is the only way to it (home.object_storage)."""
    if not submission.photo:
        raise Http404
    try:
        photo = submission.photo.open("rb")
    except FileNotFoundError:
        raise Http404 from None
    response = FileResponse(photo)
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
