"""Profile, "Data saya" and card sign-in."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth import authenticate, login, logout
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from . import selectors, services
from .adapter import language_apply
from .forms import AccountDeleteForm, CardCodeForm, DataSaverForm, ProfileForm
from .models import User
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
        "browser_saves_data": selectors.browser_asks_to_save_data(request),
    }
    return _private(render(request, "accounts/profile.html", context))


@login_required
@require_POST
def data_saver(request: HttpRequest) -> HttpResponse:
    """Switch "Hemat kuota" (from "Belajar saya" or the profile), then back to
    the page the form was on."""
    form = DataSaverForm(request.POST)
    form.is_valid()  # a checkbox and the page to go back to: nothing to refuse
    on = form.cleaned_data.get("data_saver", False)
    services.user_data_saver_set(user=request.user, on=on)
    if on:
        messages.success(
            request, _("Saved. Pictures in lessons now wait until you tap them.")
        )
    else:
        messages.success(request, _("Saved. Pictures in lessons show at once."))
    target = form.cleaned_data.get("next", "")
    if not url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        target = reverse("accounts:profile")
    return _private(redirect(target))


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


@never_cache
@require_POST
def session_keepalive(request: HttpRequest) -> HttpResponse:
    """ "Stay signed in": the request itself renews the session (it is saved on
    every request); 204 while signed in, 401 when the session has already ended
    (static/js/session.js then says so instead of pretending)."""
    if not request.user.is_authenticated:
        return HttpResponse(status=401)
    request.session.modified = True
    return HttpResponse(status=204)
