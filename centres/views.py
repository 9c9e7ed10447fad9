"""Centre staff pages: cohorts, progress, import and sign-in cards.

Every read is scoped by ``accounts.selectors.staff_centre_for``: another centre's
cohort, learner list, export, import or cards is a 404.
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from accounts import selectors as account_selectors
from accounts.phone import phone_display
from accounts.services import sign_in_code_matches
from home.csv_export import SafeCsvWriter
from notices.services import NoticeRefused, reminders_send

from . import selectors, services
from .forms import CohortImportForm
from .pdf import sign_in_cards_pdf


def _private(response: HttpResponse) -> HttpResponse:
    response["Cache-Control"] = "private, no-store"
    return response


@login_required
@require_GET
def staff_home(request: HttpRequest) -> HttpResponse:
    cohorts = account_selectors.cohort_list_for_staff(user=request.user)
    centre = account_selectors.staff_centre_for(request.user)
    return _private(
        render(
            request,
            "centres/staff_home.html",
            {"cohorts": cohorts, "centre": centre},
        )
    )


@login_required
@require_GET
def cohort_detail(request: HttpRequest, pk: int) -> HttpResponse:
    cohort = account_selectors.cohort_for_staff(user=request.user, pk=pk)
    dashboard = selectors.cohort_dashboard(cohort=cohort)
    matrix = selectors.matrix_page(
        dashboard,
        query=request.GET.get("q", ""),
        status=request.GET.get("status", ""),
        page=request.GET.get("page", 1),
    )
    return _private(
        render(
            request,
            "centres/cohort_detail.html",
            {"dashboard": dashboard, "matrix": matrix, "counts": dashboard.counts},
        )
    )


@login_required
@require_POST
def cohort_remind(request: HttpRequest, pk: int) -> HttpResponse:
    """Remind the cohort's inactive learners (in-app, and SMS or e-mail as each
    chose), at most once a day per cohort. Scoped like every staff page."""
    cohort = account_selectors.cohort_for_staff(user=request.user, pk=pk)
    dashboard = selectors.cohort_dashboard(cohort=cohort)
    # Not active for 7 days, and those who never signed in at all.
    learners = [row.learner for row in dashboard.rows if row.inactive]
    if not learners:
        messages.info(request, _("Nobody to remind: everyone was active this week."))
        return redirect("centres:cohort_detail", pk=cohort.pk)
    try:
        made = reminders_send(
            cohort_id=cohort.pk,
            learners=learners,
            url=reverse("courses:dashboard"),
        )
    except NoticeRefused as refused:
        messages.error(request, refused.message)
    else:
        messages.success(
            request,
            _("Reminder sent to %(count)s learners.") % {"count": made},
        )
    return redirect("centres:cohort_detail", pk=cohort.pk)


@login_required
@require_GET
def cohort_learners(request: HttpRequest, pk: int) -> HttpResponse:
    cohort = account_selectors.cohort_for_staff(user=request.user, pk=pk)
    learners = [
        {
            "user": learner,
            "phone": phone_display(learner.phone) if learner.phone else "",
        }
        for learner in account_selectors.cohort_learners(cohort=cohort)
    ]
    return _private(
        render(
            request,
            "centres/cohort_learners.html",
            {"cohort": cohort, "learners": learners},
        )
    )


@login_required
@require_GET
def cohort_export(request: HttpRequest, pk: int) -> HttpResponse:
    cohort = account_selectors.cohort_for_staff(user=request.user, pk=pk)
    dashboard = selectors.cohort_dashboard(cohort=cohort)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = (
        f'attachment; filename="angkatan-{cohort.pk}-kemajuan.csv"'
    )
    response.write("\ufeff")  # Excel opens UTF-8 correctly
    writer = SafeCsvWriter(response)
    header = [_("Display name"), _("Legal name"), _("Last active")]
    for course in dashboard.courses:
        header += [
            f"{course.title} · %",
            f"{course.title} · {_('Quiz')}",
            f"{course.title} · {_('Certificate')}",
        ]
    writer.writerow(header)
    for row in dashboard.rows:
        line = [
            row.learner.display_name,
            row.learner.legal_name,
            row.last_active.date().isoformat() if row.last_active else "",
        ]
        for cell in row.cells:
            line += [
                cell.percent if cell.enrolled else "",
                "" if cell.score is None else cell.score,
                cell.certificate.code if cell.certificate else "",
            ]
        writer.writerow(line)
    return _private(response)


@login_required
@require_http_methods(["GET", "POST"])
def cohort_import(request: HttpRequest, pk: int) -> HttpResponse:
    cohort = account_selectors.cohort_for_staff(user=request.user, pk=pk)
    form = CohortImportForm(request.POST or None, request.FILES or None)
    result = None
    if request.method == "POST" and form.is_valid():
        result = services.cohort_import(
            cohort=cohort,
            text=form.cleaned_data["text"],
            token=form.cleaned_data.get("token"),
        )
        if result.already_imported is not None:
            return _private(
                render(
                    request,
                    "centres/import_repeated.html",
                    {"cohort": cohort, "learners": result.already_imported},
                )
            )
        if result.ok:
            return _private(
                render(
                    request,
                    "centres/cards_issued.html",
                    {"cohort": cohort, "cards": result.cards},
                )
            )
        # The rows came from the file or the pasted text: that field is
        # marked, and the summary links to it (the rows are listed above).
        form.add_error(
            "file" if form.cleaned_data.get("file") else "rows",
            _("Nobody was added. Fix the rows listed above and send again."),
        )
    return _private(
        render(
            request,
            "centres/cohort_import.html",
            {"cohort": cohort, "form": form, "result": result},
            status=400 if result is not None else 200,
        )
    )


@login_required
@require_POST
def cohort_cards_reissue(request: HttpRequest, pk: int) -> HttpResponse:
    """New codes for the chosen learners (lost cards); old codes stop working."""
    cohort = account_selectors.cohort_for_staff(user=request.user, pk=pk)
    ids = [value for value in request.POST.getlist("learner") if value.isdigit()]
    learners = list(account_selectors.cohort_learners(cohort=cohort).filter(pk__in=ids))
    if not learners:
        learners = list(
            account_selectors.cohort_learners(cohort=cohort).filter(
                last_login__isnull=True
            )
        )
    cards = services.cohort_cards_reissue(cohort=cohort, users=learners)
    return _private(
        render(request, "centres/cards_issued.html", {"cohort": cohort, "cards": cards})
    )


@login_required
@require_POST
def cohort_cards_pdf(request: HttpRequest, pk: int) -> HttpResponse:
    """The PDF of cards just issued. Codes come back from the staff's own page
    and are checked against their hashes: nothing is stored in clear."""
    cohort = account_selectors.cohort_for_staff(user=request.user, pk=pk)
    pairs = []
    for value in request.POST.getlist("card")[:500]:
        learner_id, _sep, code = value.partition(":")
        if learner_id.isdigit() and code:
            pairs.append((int(learner_id), code))
    learners = {
        learner.pk: learner
        for learner in account_selectors.cohort_learners(cohort=cohort).filter(
            pk__in=[learner_id for learner_id, _code in pairs]
        )
    }
    cards = [
        services.IssuedCard(user=learners[learner_id], code=code)
        for learner_id, code in pairs
        if learner_id in learners
        and sign_in_code_matches(user=learners[learner_id], code=code)
    ]
    sign_in_url = request.build_absolute_uri(reverse("accounts:card_sign_in"))
    payload = sign_in_cards_pdf(
        cards=cards, sign_in_url=sign_in_url, site=sign_in_url.split("//", 1)[-1]
    )
    response = HttpResponse(payload, content_type="application/pdf")
    response["Content-Disposition"] = (
        f'attachment; filename="kartu-masuk-angkatan-{cohort.pk}.pdf"'
    )
    return _private(response)
