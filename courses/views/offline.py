"""Learning without a signal: what to save for a course, and the replay of the
steps a phone queued offline (docs/offline.md)."""

from __future__ import annotations

import json
import uuid

from django.http import HttpRequest, JsonResponse
from django.shortcuts import get_object_or_404
from django.utils.dateparse import parse_datetime
from django.utils.translation import gettext as _
from django.views.decorators.csrf import ensure_csrf_cookie
from django.views.decorators.http import require_GET, require_http_methods

from .. import selectors, services
from ..models import CoursePage, OfflineStep
from ._common import _private


class BadQueue(ValueError):
    """The phone sent something that is not a queue of steps."""


def _json(data: dict, status: int = 200) -> JsonResponse:
    return _private(JsonResponse(data, status=status))


def _signed_out() -> JsonResponse:
    return _json(
        {"error": _("Sign in again: your steps stay on this phone until then.")},
        status=403,
    )


@require_GET
def offline_bundle(request: HttpRequest, course_id: int) -> JsonResponse:
    """The files "Save for offline" stores for a course, with their sizes.
    For the course's enrolled learners only (the lessons are theirs)."""
    if not request.user.is_authenticated:
        return _signed_out()
    course = get_object_or_404(CoursePage.objects.live().public(), pk=course_id)
    if selectors.enrolment_for(user=request.user, course=course) is None:
        return _json(
            {"error": _("Enrol in the course to open its lessons.")}, status=403
        )
    return _json(selectors.offline_bundle(course=course).as_json())


def _steps_parse(body: bytes, user_pk: int) -> tuple[list, list]:
    """Steps of this account, and the ids of steps the phone says another
    account took. Raises ``BadQueue`` (nothing is stored then)."""
    try:
        data = json.loads(body or b"null")
    except (ValueError, UnicodeDecodeError) as error:
        raise BadQueue(_("The queue is not valid JSON.")) from error
    raw_steps = data.get("steps") if isinstance(data, dict) else None
    if not isinstance(raw_steps, list):
        raise BadQueue(_('Send the queue as {"steps": [...]}.'))
    if len(raw_steps) > services.offline.MAX_STEPS:
        raise BadQueue(
            _("Send at most %(count)s steps at a time.")
            % {"count": services.offline.MAX_STEPS}
        )
    steps, others, seen = [], [], set()
    for number, raw in enumerate(raw_steps, start=1):
        step = _step_parse(raw, number)
        if step.client_id in seen:
            raise BadQueue(_("Step %(number)s repeats an id.") % {"number": number})
        seen.add(step.client_id)
        learner = raw.get("learner")
        if learner is not None and learner != user_pk:
            others.append(step.client_id)
        else:
            steps.append(step)
    return steps, others


def _step_parse(raw, number: int) -> services.QueuedStep:
    def bad(what: str) -> BadQueue:
        return BadQueue(
            _("Step %(number)s: %(what)s") % {"number": number, "what": what}
        )

    if not isinstance(raw, dict):
        raise bad(_("not an object."))
    try:
        client_id = uuid.UUID(str(raw.get("id", "")))
    except ValueError as error:
        raise bad(_("the id is not a UUID.")) from error
    kind = raw.get("type")
    if kind not in OfflineStep.Kind.values:
        raise bad(_("the type must be “opened” or “done”."))
    lesson = raw.get("lesson")
    if not isinstance(lesson, int) or isinstance(lesson, bool) or lesson < 1:
        raise bad(_("the lesson must be a page number."))
    at = parse_datetime(raw.get("at") or "") if isinstance(raw.get("at"), str) else None
    if at is None or at.tzinfo is None:
        raise bad(_("the time must be an ISO 8601 time with its time zone."))
    return services.QueuedStep(
        client_id=client_id, kind=kind, lesson_id=lesson, client_at=at
    )


@ensure_csrf_cookie
@require_http_methods(["GET", "POST"])
def offline_sync(request: HttpRequest) -> JsonResponse:
    """POST a phone's queue (JSON, CSRF token in ``X-CSRFToken``): each step
    is applied once. GET gives the phone a CSRF cookie before it sends."""
    if not request.user.is_authenticated:
        return _signed_out()
    if request.method == "GET":
        return _json({"learner": request.user.pk})
    try:
        steps, others = _steps_parse(request.body, request.user.pk)
    except BadQueue as error:
        return _json({"error": str(error)}, status=400)
    results = [
        result.as_json()
        for result in services.offline_steps_apply(user=request.user, steps=steps)
    ]
    results += [
        services.StepResult(client_id, "not_yours").as_json() for client_id in others
    ]
    return _json({"results": results})
