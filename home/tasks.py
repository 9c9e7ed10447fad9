"""Background work: queued with the caller's transaction, retried with back-off,
sent at most once.

Production runs django-tasks with django-tasks-db's database backend: a task is
a row, and ``manage.py db_worker`` (a systemd unit, see deploy/) runs it. So
mail and SMS never wait on a mail server or SMS gateway inside a request.
Development runs tasks immediately inside the request (``BERDAYA_TASKS``).

- :func:`enqueue_after_commit`: with the database backend the task row is
  written in the caller's transaction (it exists exactly when the inquiry or
  reply does, and the worker sees it once that commits); with another backend
  the task is queued once the transaction commits.
- :func:`attempt_or_retry`: a failed attempt queues the next one after
  ``RETRY_DELAYS`` (1 min, 5 min, 30 min, 2 h, 6 h), then gives up. Each
  attempt raises :class:`DeliveryFailed`, whose message names the error class
  only (an SMTP error can quote the address), so the task list in the admin
  (``/django-admin/django_tasks_database/dbtaskresult/``) shows failures without
  personal data; :class:`home.models.Delivery` shows each message's state.
- :func:`deliver_once`: a message has a key (``inquiry-new:42``); the first
  attempt that claims it sends it, later attempts and duplicates skip it. A
  claim older than ``CLAIM_TIMEOUT`` (a worker killed mid-send) may be taken
  again.
- Arguments that carry a message (allauth's codes and links) are wiped from
  the task row as soon as it finished (:func:`private_arguments`).
"""

from __future__ import annotations

import hashlib
import hmac
import logging
from collections.abc import Callable
from datetime import timedelta
from typing import Any, TypeVar

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import F, Q
from django.dispatch import receiver
from django.utils import timezone
from django_tasks import TaskResultStatus, task_backends
from django_tasks.base import Task
from django_tasks.signals import task_finished
from django_tasks_db.backend import DatabaseBackend
from django_tasks_db.models import DBTaskResult

from .models import Delivery

logger = logging.getLogger("berdaya.tasks")

T = TypeVar("T")

# Seconds to wait before attempt 2, 3, ...; after the last, the task gives up.
RETRY_DELAYS = (60, 5 * 60, 30 * 60, 2 * 60 * 60, 6 * 60 * 60)
MAX_ATTEMPTS = len(RETRY_DELAYS) + 1
CLAIM_TIMEOUT = timedelta(minutes=10)

_private_tasks: set[str] = set()


class DeliveryFailed(Exception):
    """An attempt failed; the message holds no personal data."""


def private_arguments(task: Task) -> Task:
    """Mark ``task`` as carrying message text: its arguments are wiped from
    the task row once it finished (successful or failed)."""
    _private_tasks.add(task.module_path)
    return task


def queued_in_database(task: Task) -> bool:
    return isinstance(task.get_backend(), DatabaseBackend)


def enqueue_after_commit(task: Task, **kwargs: Any) -> None:
    """Queue ``task`` so that it runs only if the current transaction commits."""
    if queued_in_database(task):
        task.enqueue(**kwargs)
    else:
        transaction.on_commit(lambda: task.enqueue(**kwargs), robust=True)


def enqueue_now(task: Task, **kwargs: Any) -> None:
    """Queue ``task`` at once (for work that is not part of a business write,
    such as allauth's sign-in codes)."""
    task.enqueue(**kwargs)


def attempt_or_retry(
    task: Task,
    *,
    attempt: int,
    kwargs: dict[str, Any],
    work: Callable[[], T],
    key: str = "",
) -> T:
    """Run ``work``; when it fails, queue attempt ``attempt + 1`` of ``task``
    with ``kwargs`` after the back-off delay, or give up after the last one
    (and mark the message ``key`` as given up). Raises
    :class:`DeliveryFailed` on failure, so the attempt shows as failed.
    """
    try:
        return work()
    except Exception as error:
        reason = type(error).__name__
        logger.warning(
            "Task %s attempt %d failed: %s",
            task.name,
            attempt,
            reason,
            exc_info=True,
            extra={"task": task.name, "attempt": attempt},
        )
        backend = task.get_backend()
        if attempt < MAX_ATTEMPTS and backend.supports_defer:
            delay = RETRY_DELAYS[attempt - 1]
            task.using(run_after=timezone.now() + timedelta(seconds=delay)).enqueue(
                **{**kwargs, "attempt": attempt + 1}
            )
            message = f"{reason}; attempt {attempt} of {MAX_ATTEMPTS}, next in {delay}s"
        else:
            logger.error(
                "Task %s gave up after %d attempts: %s",
                task.name,
                attempt,
                reason,
                extra={"task": task.name, "attempt": attempt},
            )
            message = f"{reason}; gave up after attempt {attempt}"
            if key:
                Delivery.objects.filter(key=key, sent_at__isnull=True).update(
                    gave_up_at=timezone.now()
                )
        raise DeliveryFailed(message) from None


def recipient_digest(recipient: str) -> str:
    """A keyed hash of a phone number or address: lets us count messages per
    recipient (SMS caps) without storing the recipient."""
    return hmac.new(
        settings.SECRET_KEY.encode(), recipient.strip().lower().encode(), hashlib.sha256
    ).hexdigest()[:32]


def deliveries_recent(*, digest: str, channel: str, since: timedelta) -> int:
    """Messages sent or being sent to one recipient lately (database count,
    so it holds while the cache is down)."""
    return Delivery.objects.filter(
        recipient_digest=digest,
        channel=channel,
        created_at__gte=timezone.now() - since,
    ).count()


def _delivery_get(*, key: str, channel: str, digest: str) -> Delivery:
    delivery = Delivery.objects.filter(key=key).first()
    if delivery is not None:
        return delivery
    try:
        with transaction.atomic():
            return Delivery.objects.create(
                key=key, channel=channel, recipient_digest=digest
            )
    except IntegrityError:
        return Delivery.objects.get(key=key)


def deliver_once(
    *, key: str, channel: str, send: Callable[[], None], digest: str = ""
) -> bool:
    """Send the message ``key`` unless it was sent (or is being sent) already.

    True when this call sent it. An exception from ``send`` releases the
    claim and propagates (the caller retries).
    """
    delivery = _delivery_get(key=key, channel=channel, digest=digest)
    now = timezone.now()
    claimed = (
        Delivery.objects.filter(pk=delivery.pk, sent_at__isnull=True)
        .filter(Q(claimed_at__isnull=True) | Q(claimed_at__lt=now - CLAIM_TIMEOUT))
        .update(claimed_at=now, attempts=F("attempts") + 1, gave_up_at=None)
    )
    if not claimed:
        logger.info("Message %s already sent or being sent; skipped", key)
        return False
    try:
        send()
    except Exception as error:
        Delivery.objects.filter(pk=delivery.pk).update(
            claimed_at=None, last_error=type(error).__name__[:200]
        )
        raise
    Delivery.objects.filter(pk=delivery.pk).update(
        sent_at=timezone.now(), claimed_at=None, last_error=""
    )
    return True


def task_backlog() -> dict[str, Any]:
    """Queue health for ``/healthz``: tasks ready to run that waited longer
    than ``TASK_BACKLOG_AGE``, and tasks that failed in the last day."""
    if not isinstance(task_backends["default"], DatabaseBackend):
        return {"status": "ok", "backend": "immediate"}
    now = timezone.now()
    ready = DBTaskResult.objects.ready()
    waiting = ready.filter(
        enqueued_at__lt=now - timedelta(seconds=settings.TASK_BACKLOG_AGE)
    ).count()
    failed = DBTaskResult.objects.failed().filter(
        finished_at__gte=now - timedelta(days=1)
    )
    gave_up = Delivery.objects.filter(gave_up_at__gte=now - timedelta(days=1))
    return {
        "status": "degraded" if waiting > settings.TASK_BACKLOG_LIMIT else "ok",
        "backend": "database",
        "ready": ready.count(),
        "waiting_too_long": waiting,
        "failed_last_day": failed.count(),
        "undelivered_last_day": gave_up.count(),
    }


@receiver(task_finished)
def _arguments_wipe(sender, task_result, **kwargs) -> None:
    """A finished task of a private kind keeps no message text in its row."""
    if task_result.task.module_path not in _private_tasks:
        return
    if task_result.status not in (TaskResultStatus.SUCCESSFUL, TaskResultStatus.FAILED):
        return
    if queued_in_database(task_result.task):
        DBTaskResult.objects.filter(id=task_result.id).update(
            args_kwargs={"args": [], "kwargs": {"wiped": True}}
        )
