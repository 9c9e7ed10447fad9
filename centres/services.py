"""Bulk onboarding of a cohort and its sign-in cards."""

from __future__ import annotations

import csv
import io
import logging
import uuid
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from accounts.models import Cohort, User
from accounts.phone import phone_normalise
from accounts.selectors import cohort_learners, phone_in_use
from accounts.services import learner_create, sign_in_code_issue
from courses.selectors import courses_for_cohort
from courses.services import EnrolmentRefused, enrolment_create
from home.services import SubmissionMismatch, submission_once, submission_result

logger = logging.getLogger("berdaya.centres")

IMPORT_MAX_ROWS = 500
IMPORT_KIND = "cohort_import"
HEADER_ALIASES = {
    "display_name": {"display_name", "display name", "nama panggilan", "panggilan"},
    "legal_name": {
        "legal_name",
        "legal name",
        "nama lengkap",
        "nama sesuai ktp",
        "nama",
    },
    "phone": {"phone", "telepon", "nomor hp", "no hp", "hp", "nomor telepon"},
}


@dataclass
class ImportRow:
    line: int
    display_name: str = ""
    legal_name: str = ""
    phone: str = ""
    errors: list[str] = field(default_factory=list)


@dataclass
class IssuedCard:
    user: User
    code: str


@dataclass
class ImportResult:
    rows: list[ImportRow]
    cards: list[IssuedCard] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    # The same form was sent before: these learners exist, no new ones.
    already_imported: list[User] | None = None

    @property
    def ok(self) -> bool:
        return not self.errors and all(not row.errors for row in self.rows)

    @property
    def error_rows(self) -> list[ImportRow]:
        return [row for row in self.rows if row.errors]


def _delimiter(first_line: str) -> str:
    if "\t" in first_line:
        return "\t"
    if ";" in first_line and "," not in first_line:
        return ";"
    return ","


def cohort_import_parse(*, text: str) -> tuple[list[ImportRow], list[str]]:
    """Rows from CSV or pasted text; validates each row and the whole file."""
    text = text.lstrip("\ufeff").strip()
    if not text:
        return [], [_("The file has no rows.")]
    lines = text.splitlines()
    reader = csv.reader(io.StringIO(text), delimiter=_delimiter(lines[0]))
    records = [[cell.strip() for cell in record] for record in reader]
    header = [cell.lower() for cell in records[0]]
    known = {
        name: index
        for index, cell in enumerate(header)
        for name, aliases in HEADER_ALIASES.items()
        if cell in aliases
    }
    if "display_name" in known or "legal_name" in known:
        columns = [""] * len(header)
        for name, index in known.items():
            columns[index] = name
        body = list(enumerate(records[1:], start=2))
    else:
        columns = ["display_name", "legal_name", "phone"]
        body = list(enumerate(records, start=1))
    rows: list[ImportRow] = []
    for number, record in body:
        if not any(record):
            continue
        values = dict(zip(columns, record, strict=False))
        rows.append(
            ImportRow(
                line=number,
                display_name=values.get("display_name", ""),
                legal_name=values.get("legal_name", ""),
                phone=values.get("phone", ""),
            )
        )
    errors: list[str] = []
    if not rows:
        errors.append(_("The file has no rows."))
    if len(rows) > IMPORT_MAX_ROWS:
        errors.append(
            _("At most %(max)d learners per import.") % {"max": IMPORT_MAX_ROWS}
        )
    seen_phones: dict[str, int] = {}
    for row in rows:
        _row_validate(row, seen_phones)
    return rows, errors


def _row_validate(row: ImportRow, seen_phones: dict[str, int]) -> None:
    if not row.display_name:
        row.errors.append(_("Display name is missing."))
    elif len(row.display_name) > 80:
        row.errors.append(_("Display name is longer than 80 characters."))
    if not row.legal_name:
        row.errors.append(_("Legal name is missing."))
    elif len(row.legal_name) > 150:
        row.errors.append(_("Legal name is longer than 150 characters."))
    if row.phone:
        try:
            row.phone = phone_normalise(row.phone)
        except ValidationError as exc:
            row.errors.extend(exc.messages)
            return
        if row.phone in seen_phones:
            row.errors.append(
                _("The same phone number is already on line %(line)d.")
                % {"line": seen_phones[row.phone]}
            )
        else:
            seen_phones[row.phone] = row.line
            if phone_in_use(phone=row.phone):
                row.errors.append(_("This phone number already has an account."))


def cohort_import(
    *, cohort: Cohort, text: str, token: uuid.UUID | None = None
) -> ImportResult:
    """Create every learner in the file, or none: nothing is saved on any error.

    Each new learner is enrolled in the cohort's courses and gets a one-time
    first-sign-in code (returned, never stored in clear). Once per form
    ``token``: the same form sent again (a double tap, a reload) creates
    nobody and returns ``already_imported``, the learners the first one made.
    """
    try:
        done = submission_result(token=token, kind=IMPORT_KIND)
    except SubmissionMismatch:
        done = {"user_ids": []}
    if done is not None:
        return _already_imported(cohort=cohort, result=done)
    rows, errors = cohort_import_parse(text=text)
    result = ImportResult(rows=rows, errors=errors)
    if not result.ok:
        return result
    courses = list(courses_for_cohort(cohort=cohort))

    def create() -> dict:
        result.cards = []
        for row in rows:
            user = learner_create(
                cohort=cohort,
                display_name=row.display_name,
                legal_name=row.legal_name,
                phone=row.phone,
            )
            for course in courses:
                try:
                    enrolment_create(user=user, course=course)
                except EnrolmentRefused:
                    # Prerequisites first: the learner enrols later, as anyone.
                    continue
            result.cards.append(
                IssuedCard(user=user, code=sign_in_code_issue(user=user))
            )
        return {"cohort_id": cohort.pk, "user_ids": [c.user.pk for c in result.cards]}

    try:
        stored, created = submission_once(token=token, kind=IMPORT_KIND, work=create)
    except SubmissionMismatch:
        stored, created = {"user_ids": []}, False
    if not created:
        return _already_imported(cohort=cohort, result=stored)
    logger.info("Imported %d learners into cohort %s", len(rows), cohort.pk)
    return result


def _already_imported(*, cohort: Cohort, result: dict) -> ImportResult:
    learners = list(
        cohort_learners(cohort=cohort).filter(pk__in=result.get("user_ids", []))
    )
    return ImportResult(rows=[], already_imported=learners)


def cohort_cards_reissue(*, cohort: Cohort, users: list[User]) -> list[IssuedCard]:
    """New codes for lost cards; the old codes stop working."""
    cards = []
    with transaction.atomic():
        for user in users:
            if user.cohort_id != cohort.pk:
                continue
            cards.append(IssuedCard(user=user, code=sign_in_code_issue(user=user)))
    return cards
