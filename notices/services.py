"""Notify a person: the one entry point higher apps call (``notify``).

``notify`` is called where the event happens, inside the caller's
transaction. The notice row is written in that transaction (it exists exactly
when the event does) and the SMS/e-mail tasks are queued for after the commit
(``home.tasks``): a rolled-back event notifies nobody. The ``key`` names the
event (``assignment-reviewed:42``): the same event notified twice makes one
notice and sends each message once.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

from django.core.cache import cache
from django.db import IntegrityError, transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from accounts.models import User
from home.cache import user_value_forget
from home.tasks import queued_in_database

from . import channels, selectors, texts
from .models import Notice, NoticeSettings
from .tasks import notice_deliver

logger = logging.getLogger("berdaya.notices")

# A cohort's inactive learners get at most one reminder per day.
REMINDER_KEY = "reminder:{cohort}:{learner}:{day}"


class NoticeRefused(Exception):
    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


def _enqueue(notice: Notice, channel: str, *, run_after=None) -> None:
    task = notice_deliver.using(run_after=run_after) if run_after else notice_deliver

    def go() -> None:
        task.enqueue(notice_id=notice.pk, channel=channel)

    if queued_in_database(notice_deliver):
        go()
    else:
        transaction.on_commit(go, robust=True)


def notify(
    *,
    user: User,
    kind: str,
    key: str,
    url: str = "",
    params: dict[str, str] | None = None,
    email: bool = True,
) -> Notice | None:
    """Make the notice for one event (once per ``key``) and queue its SMS and
    e-mail on the channels she chose. ``email=False`` when the caller's app
    sends its own e-mail for this event (the seller's question e-mail).

    Returns the new notice, or None when the event was notified already.
    """
    if user is None or not user.is_active:
        return None
    with translation.override(user.preferred_language or "id"):
        title, text = texts.render(kind, params or {})
    try:
        with transaction.atomic():
            notice = Notice.objects.create(
                user=user, kind=kind, key=key[:120], title=title, text=text, url=url
            )
    except IntegrityError:
        return None
    _forget_unread(user.pk)
    chosen = channels.channels_for(user)
    if not email:
        chosen.discard(channels.EMAIL)
    updates = {}
    if channels.SMS in chosen:
        until = channels.quiet_until(channels.now())
        if until is not None and notice_deliver.get_backend().supports_defer:
            updates["sms_state"] = Notice.State.DEFERRED
            _enqueue(notice, channels.SMS, run_after=until)
        elif until is not None:
            updates["sms_state"] = Notice.State.DEFERRED
        else:
            updates["sms_state"] = Notice.State.QUEUED
            _enqueue(notice, channels.SMS)
    if channels.EMAIL in chosen:
        updates["email_state"] = Notice.State.QUEUED
        _enqueue(notice, channels.EMAIL)
    if updates:
        Notice.objects.filter(pk=notice.pk).update(**updates)
        for name, value in updates.items():
            setattr(notice, name, value)
    return notice


def notice_mark_read(*, user: User, notice_id: int | None = None) -> int:
    """Mark one of her notices (or all of them) read; answers how many."""
    notices = Notice.objects.filter(user=user, read_at__isnull=True)
    if notice_id is not None:
        notices = notices.filter(pk=notice_id)
    marked = notices.update(read_at=timezone.now())
    _forget_unread(user.pk)
    user_value_forget(user, selectors.unread_cache_key(user.pk))
    return marked


def _forget_unread(user_id: int) -> None:
    """The bell's cached count is stale: now, and again once the change is
    committed (a page rendered in between cannot keep the old number)."""
    key = selectors.unread_cache_key(user_id)
    cache.delete(key)
    transaction.on_commit(lambda: cache.delete(key), robust=True)


def notice_settings_update(*, user: User, sms: bool, email: bool) -> NoticeSettings:
    chosen, _created = NoticeSettings.objects.update_or_create(
        user=user, defaults={"sms": sms, "email": email}
    )
    return chosen


def reminders_send(*, cohort_id: int, learners: Iterable[User], url: str = "") -> int:
    """Remind inactive learners of a cohort (at most once a day each). The
    caller (centre staff pages) decides who is inactive and checks the staff
    member's permission. Answers how many reminders were made; refuses when
    the cohort was reminded today already."""
    day = timezone.localdate(channels.now(), channels.WIB).isoformat()
    prefix = f"reminder:{cohort_id}:"
    if Notice.objects.filter(
        key__startswith=prefix, key__endswith=f":{day}", kind=Notice.Kind.REMINDER
    ).exists():
        raise NoticeRefused(
            _("This cohort was reminded today already. Try again tomorrow.")
        )
    made = 0
    with transaction.atomic():
        for learner in learners:
            key = REMINDER_KEY.format(cohort=cohort_id, learner=learner.pk, day=day)
            if notify(user=learner, kind=Notice.Kind.REMINDER, key=key, url=url):
                made += 1
    return made
