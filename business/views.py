"""The cash book and saved costings: only their owner ever sees them."""

from __future__ import annotations

import io

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_http_methods, require_POST

from home.csv_export import SafeCsvWriter

from . import pdf, selectors, services
from .forms import CashEntryForm, CostingForm, PracticeCashbookForm
from .selectors import Month

PRIVATE = "private, no-store"


def _private(response: HttpResponse) -> HttpResponse:
    response["Cache-Control"] = PRIVATE
    return response


def _month_url(month: Month) -> str:
    return reverse("business:cashbook_month", kwargs={"month": month.slug})


def _safe_next(request: HttpRequest, fallback: str) -> str:
    target = request.POST.get("next", "")
    if target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return fallback


@login_required
@require_http_methods(["GET", "POST"])
def cashbook(request: HttpRequest, month: str | None = None) -> HttpResponse:
    today = timezone.localdate()
    shown = Month.parse(month) if month else Month.of(today)
    if request.method == "POST":
        form = CashEntryForm(request.POST)
        if form.is_valid():
            entry = services.cash_entry_create(
                user=request.user,
                data=form.entry_data(),
                token=form.cleaned_data.get("token"),
            )
            messages.success(request, _("Saved in your cash book."))
            return redirect(_month_url(Month.of(entry.date)) + "#buku-kas-catatan")
    else:
        form = CashEntryForm()
    book = selectors.cash_month(user=request.user, month=shown)
    context = {
        "form": form,
        "book": book,
        "month_label": date_format(shown.first_day, "F Y"),
        "previous_url": _month_url(shown.previous),
        "next_url": _month_url(shown.next) if shown.next.first_day <= today else "",
        "lines": list(reversed(book.lines)),
    }
    return _private(TemplateResponse(request, "business/cashbook.html", context))


@login_required
@require_http_methods(["GET", "POST"])
def entry_edit(request: HttpRequest, pk: int) -> HttpResponse:
    entry = selectors.cash_entry_for_owner(user=request.user, pk=pk)
    if request.method == "POST":
        form = CashEntryForm(request.POST, instance=entry)
        if form.is_valid():
            services.cash_entry_update(
                entry=selectors.cash_entry_for_owner(user=request.user, pk=pk),
                data=form.entry_data(),
            )
            messages.success(request, _("Entry changed."))
            return redirect(_month_url(Month.of(form.cleaned_data["date"])))
    else:
        form = CashEntryForm(instance=entry)
    return _private(
        TemplateResponse(
            request, "business/entry_form.html", {"form": form, "entry": entry}
        )
    )


@login_required
@require_http_methods(["GET", "POST"])
def entry_delete(request: HttpRequest, pk: int) -> HttpResponse:
    entry = selectors.cash_entry_for_owner(user=request.user, pk=pk)
    if request.method == "POST":
        month = Month.of(entry.date)
        services.cash_entry_delete(entry=entry)
        messages.success(request, _("Entry deleted."))
        return redirect(_month_url(month))
    return _private(
        TemplateResponse(request, "business/entry_delete.html", {"entry": entry})
    )


@login_required
def cashbook_csv(request: HttpRequest, month: str) -> HttpResponse:
    book = selectors.cash_month(user=request.user, month=Month.parse(month))
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="buku-kas-{month}.csv"'
    response.write("\ufeff")  # so spreadsheets on phones read it as UTF-8
    writer = SafeCsvWriter(response)
    writer.writerow(
        [_("Date"), _("In or out"), _("Category"), _("Note"), _("Amount"), _("Balance")]
    )
    for line in book.lines:
        entry = line.entry
        writer.writerow(
            [
                entry.date.isoformat(),
                entry.get_kind_display(),
                entry.get_category_display(),
                entry.note,
                entry.signed_amount,
                line.balance,
            ]
        )
    return _private(response)


@login_required
def cashbook_pdf(request: HttpRequest, month: str) -> HttpResponse:
    book = selectors.cash_month(user=request.user, month=Month.parse(month))
    data = pdf.month_pdf(book=book, owner_name=request.user.public_name)
    return _private(
        FileResponse(
            io.BytesIO(data),
            as_attachment=True,
            filename=f"buku-kas-{month}.pdf",
            content_type="application/pdf",
        )
    )


@login_required
@require_POST
def practice_save(request: HttpRequest) -> HttpResponse:
    """The lines of a lesson's cash-book exercise, into the real book."""
    form = PracticeCashbookForm(request.POST)
    back = _safe_next(request, reverse("business:cashbook"))
    if not form.is_valid():
        messages.error(
            request,
            _("These lines could not be saved. Check the numbers and calculate again."),
        )
        return redirect(back)
    rows = form.entries()
    if not rows:
        messages.error(request, _("Write at least one line: money in or money out."))
        return redirect(back)
    entries, created = services.cash_entries_create_batch(
        user=request.user,
        date=form.cleaned_data["date"],
        rows=rows,
        token=form.cleaned_data.get("token"),
    )
    if created:
        messages.success(
            request,
            ngettext(
                "%(count)s entry saved in your cash book.",
                "%(count)s entries saved in your cash book.",
                len(entries),
            )
            % {"count": len(entries)},
        )
    else:
        messages.info(request, _("These lines are already in your cash book."))
    return redirect(_month_url(Month.of(form.cleaned_data["date"])))


@login_required
def costings(request: HttpRequest) -> HttpResponse:
    items = [
        selectors.price_suggestion(costing=costing)
        for costing in selectors.costings_for(user=request.user)
    ]
    return _private(
        TemplateResponse(request, "business/costings.html", {"suggestions": items})
    )


@login_required
@require_POST
def costing_save(request: HttpRequest) -> HttpResponse:
    form = CostingForm(request.POST)
    if form.is_valid():
        services.costing_create(
            user=request.user,
            data=form.costing_data(),
            token=form.cleaned_data.get("token"),
        )
        messages.success(request, _("Costing saved. You can use it for a product."))
        return redirect("business:costings")
    if set(form.errors) - {"name", "fixed_costs"}:
        # The calculator's own numbers were changed or lost: calculate again.
        messages.error(
            request,
            _("This costing could not be saved. Check the numbers and try again."),
        )
        return redirect(_safe_next(request, reverse("business:costings")))
    return _private(
        TemplateResponse(request, "business/costing_form.html", {"form": form})
    )


@login_required
@require_POST
def costing_delete(request: HttpRequest, pk: int) -> HttpResponse:
    costing = selectors.costing_for_owner(user=request.user, pk=pk)
    services.costing_delete(costing=costing)
    messages.success(request, _("Costing deleted."))
    return redirect("business:costings")
