"""Profile, "Data saya", card sign-in and the centre staff pages."""

from __future__ import annotations

import csv

from django.contrib import messages
from django.contrib.auth import authenticate, login, logout
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from . import selectors, services
from .adapter import language_apply
from .forms import AccountDeleteForm, CardCodeForm, CohortImportForm, ProfileForm
from .models import User
from .pdf import sign_in_cards_pdf
from .phone import phone_display


def _private(response: HttpResponse) -> HttpResponse:
    response["Cache-Control"] = "private, no-store"
    return response


# --- the learner's own account -------------------------------------------------


@login_required
@require_http_methods(["GET", "POST"])
def profile(request: HttpRequest) -> HttpResponse:
    user: User = request.user
    form = ProfileForm(request.POST or None, instance=user)
    if request.method == "POST" and form.is_valid():
        services.user_profile_update(
            user=user,
            display_name=form.cleaned_data["display_name"],
            legal_name=form.cleaned_data["legal_name"],
            preferred_language=form.cleaned_data["preferred_language"],
        )
        messages.success(request, _("Your profile is saved."))
        response = redirect("accounts:profile")
        language_apply(response, user)
        return _private(response)
    context = {
        "form": form,
        "phone": phone_display(user.phone) if user.phone else "",
        "has_password": user.has_usable_password(),
        "is_centre_staff": selectors.staff_centre_for(user) is not None,
    }
    return _private(render(request, "accounts/profile.html", context))


@login_required
@require_GET
def my_data(request: HttpRequest) -> HttpResponse:
    form = AccountDeleteForm(user=request.user)
    return _private(render(request, "accounts/my_data.html", {"form": form}))


@login_required
@require_GET
def my_data_download(request: HttpRequest) -> HttpResponse:
    payload = services.user_data_export(user=request.user)
    response = HttpResponse(payload, content_type="application/zip")
    stamp = timezone.localdate().isoformat()
    response["Content-Disposition"] = f'attachment; filename="data-saya-{stamp}.zip"'
    return _private(response)


@login_required
@require_POST
def account_delete(request: HttpRequest) -> HttpResponse:
    form = AccountDeleteForm(request.POST, user=request.user)
    if not form.is_valid():
        return _private(
            render(request, "accounts/my_data.html", {"form": form}, status=400)
        )
    user = request.user
    logout(request)
    services.user_delete(user=user)
    messages.success(request, _("Your account is deleted."))
    return redirect("/")


@never_cache
@require_http_methods(["GET", "POST"])
def card_sign_in(request: HttpRequest) -> HttpResponse:
    """First sign-in with the one-time code printed on a card from the centre."""
    form = CardCodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        user = authenticate(request, card_code=form.cleaned_data["code"])
        if user is not None:
            login(request, user, backend="accounts.backends.SignInCodeBackend")
            messages.success(
                request, _("Welcome! Choose a password so you can sign in again.")
            )
            target = (
                reverse("account_set_password")
                if not user.has_usable_password()
                else "/"
            )
            response = redirect(target)
            language_apply(response, user)
            return response
        form.add_error(
            "code",
            _("This code does not work. Check it, or ask your centre for a new card."),
        )
    return render(request, "accounts/card_sign_in.html", {"form": form})


# --- centre staff --------------------------------------------------------------------


@login_required
@require_GET
def staff_home(request: HttpRequest) -> HttpResponse:
    cohorts = selectors.cohort_list_for_staff(user=request.user)
    centre = selectors.staff_centre_for(request.user)
    return _private(
        render(
            request,
            "accounts/staff_home.html",
            {"cohorts": cohorts, "centre": centre},
        )
    )


@login_required
@require_GET
def cohort_detail(request: HttpRequest, pk: int) -> HttpResponse:
    cohort = selectors.cohort_for_staff(user=request.user, pk=pk)
    dashboard = selectors.cohort_dashboard(cohort=cohort)
    return _private(
        render(request, "accounts/cohort_detail.html", {"dashboard": dashboard})
    )


@login_required
@require_GET
def cohort_learners(request: HttpRequest, pk: int) -> HttpResponse:
    cohort = selectors.cohort_for_staff(user=request.user, pk=pk)
    learners = [
        {
            "user": learner,
            "phone": phone_display(learner.phone) if learner.phone else "",
        }
        for learner in selectors.cohort_learners(cohort=cohort)
    ]
    return _private(
        render(
            request,
            "accounts/cohort_learners.html",
            {"cohort": cohort, "learners": learners},
        )
    )


@login_required
@require_GET
def cohort_export(request: HttpRequest, pk: int) -> HttpResponse:
    cohort = selectors.cohort_for_staff(user=request.user, pk=pk)
    dashboard = selectors.cohort_dashboard(cohort=cohort)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = (
        f'attachment; filename="angkatan-{cohort.pk}-kemajuan.csv"'
    )
    response.write("\ufeff")  # Excel opens UTF-8 correctly
    writer = csv.writer(response)
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
    cohort = selectors.cohort_for_staff(user=request.user, pk=pk)
    form = CohortImportForm(request.POST or None, request.FILES or None)
    result = None
    if request.method == "POST" and form.is_valid():
        result = services.cohort_import(cohort=cohort, text=form.cleaned_data["text"])
        if result.ok:
            return _private(
                render(
                    request,
                    "accounts/cards_issued.html",
                    {"cohort": cohort, "cards": result.cards},
                )
            )
    return _private(
        render(
            request,
            "accounts/cohort_import.html",
            {"cohort": cohort, "form": form, "result": result},
            status=400 if result is not None else 200,
        )
    )


@login_required
@require_POST
def cohort_cards_reissue(request: HttpRequest, pk: int) -> HttpResponse:
    """New codes for the chosen learners (lost cards); old codes stop working."""
    cohort = selectors.cohort_for_staff(user=request.user, pk=pk)
    ids = [value for value in request.POST.getlist("learner") if value.isdigit()]
    learners = list(selectors.cohort_learners(cohort=cohort).filter(pk__in=ids))
    if not learners:
        learners = list(
            selectors.cohort_learners(cohort=cohort).filter(last_login__isnull=True)
        )
    cards = services.cohort_cards_reissue(cohort=cohort, users=learners)
    return _private(
        render(
            request, "accounts/cards_issued.html", {"cohort": cohort, "cards": cards}
        )
    )


@login_required
@require_POST
def cohort_cards_pdf(request: HttpRequest, pk: int) -> HttpResponse:
    """The PDF of cards just issued. Codes come back from the staff's own page
    and are checked against their hashes: nothing is stored in clear."""
    cohort = selectors.cohort_for_staff(user=request.user, pk=pk)
    pairs = []
    for value in request.POST.getlist("card")[:500]:
        learner_id, _sep, code = value.partition(":")
        if learner_id.isdigit() and code:
            pairs.append((int(learner_id), code))
    learners = {
        learner.pk: learner
        for learner in selectors.cohort_learners(cohort=cohort).filter(
            pk__in=[learner_id for learner_id, _code in pairs]
        )
    }
    cards = [
        services.IssuedCard(user=learners[learner_id], code=code)
        for learner_id, code in pairs
        if learner_id in learners
        and services.sign_in_code_matches(user=learners[learner_id], code=code)
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
