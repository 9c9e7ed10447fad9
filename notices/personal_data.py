"""What notices stores about a person: export and erase (``home.personal_data``).

Her notices (what they said, when, and whether SMS or e-mail went out) and her
channel choice are exported and deleted. The delivery log rows
(``home.Delivery``) hold no text and no address, only a keyed hash.
"""

from __future__ import annotations

from django.db import transaction

from home.personal_data import PersonalDataExport

from .models import Notice, NoticeSettings

MODELS = ("notices.Notice", "notices.NoticeSettings")
KEPT: dict[str, str] = {}


def export_personal_data(user) -> PersonalDataExport:
    chosen = NoticeSettings.objects.filter(user=user).first()
    return PersonalDataExport(
        records={
            "notice_settings": (
                {"sms": chosen.sms, "email": chosen.email} if chosen else None
            ),
            "notices": [
                {
                    "kind": notice.kind,
                    "title": notice.title,
                    "text": notice.text,
                    "url": notice.url,
                    "created_at": notice.created_at,
                    "read_at": notice.read_at,
                    "sms": notice.sms_state,
                    "sms_sent_at": notice.sms_sent_at,
                    "email": notice.email_state,
                    "email_sent_at": notice.email_sent_at,
                }
                for notice in Notice.objects.filter(user=user).order_by("created_at")
            ],
        }
    )


def erase_personal_data(user) -> None:
    with transaction.atomic():
        Notice.objects.filter(user=user).delete()
        NoticeSettings.objects.filter(user=user).delete()
