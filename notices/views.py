"""Her notices: the list, marking read, and the channels she chose."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import (
    require_http_methods,
    require_POST,
    require_safe,
)

from . import channels, selectors, services
from .forms import NoticeSettingsForm
from .models import Notice


def _private(response: HttpResponse) -> HttpResponse:
    response["Cache-Control"] = "private, no-store"
    return response


@login_required
@require_safe
def notice_list(request: HttpRequest) -> HttpResponse:
    page = Paginator(selectors.notices_for(request.user), 30).get_page(
        request.GET.get("page")
    )
    return _private(
        render(
            request,
            "notices/list.html",
            {"page_obj": page, "unread": selectors.unread_count(request.user)},
        )
    )


@login_required
@require_POST
def notice_open(request: HttpRequest, pk: int) -> HttpResponse:
    """Mark one of her notices read and go to what it is about."""
    notice = Notice.objects.filter(pk=pk, user=request.user).first()
    if notice is None:
        raise Http404
    services.notice_mark_read(user=request.user, notice_id=notice.pk)
    if notice.url and url_has_allowed_host_and_scheme(
        notice.url, allowed_hosts={request.get_host()}
    ):
        return redirect(notice.url)
    return redirect("notices:list")


@login_required
@require_POST
def notice_read_all(request: HttpRequest) -> HttpResponse:
    services.notice_mark_read(user=request.user)
    messages.success(request, _("All notices are marked as read."))
    return redirect("notices:list")


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def notice_settings(request: HttpRequest) -> HttpResponse:
    user = request.user
    current = channels.settings_for(user)
    form = NoticeSettingsForm(
        request.POST or None,
        user=user,
        initial={
            "sms": current.sms and channels.sms_possible(user),
            "email": current.email and channels.email_possible(user),
        },
    )
    if request.method == "POST" and form.is_valid():
        services.notice_settings_update(
            user=user,
            sms=form.cleaned_data["sms"]
            if channels.sms_possible(user)
            else current.sms,
            email=form.cleaned_data["email"]
            if channels.email_possible(user)
            else current.email,
        )
        messages.success(request, _("Your choice is saved."))
        return redirect("notices:settings")
    return _private(render(request, "notices/settings.html", {"form": form}))
