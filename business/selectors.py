"""Reads of the money tools, always scoped to the owner.

Contract for other apps: ``costings_for(user=)``, ``price_suggestion(costing=,
markup=)`` (the seller's product form), ``cash_month(user=, month=)``.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from decimal import Decimal

from django.db.models import Q, Sum
from django.http import Http404

from . import calculators
from .models import CashEntry, Costing


@dataclass(frozen=True)
class Month:
    year: int
    month: int

    @classmethod
    def of(cls, day: datetime.date) -> Month:
        return cls(day.year, day.month)

    @classmethod
    def parse(cls, text: str) -> Month:
        """``2026-11`` → Month; anything else is a 404."""
        try:
            year, month = (int(part) for part in text.split("-"))
            datetime.date(year, month, 1)
        except ValueError as error:
            raise Http404 from error
        if not 2000 <= year <= 2100:
            raise Http404
        return cls(year, month)

    @property
    def first_day(self) -> datetime.date:
        return datetime.date(self.year, self.month, 1)

    @property
    def next(self) -> Month:
        return Month(self.year + self.month // 12, self.month % 12 + 1)

    @property
    def previous(self) -> Month:
        return Month(self.year - (self.month == 1), (self.month - 2) % 12 + 1)

    @property
    def slug(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"


@dataclass(frozen=True)
class BookLine:
    entry: CashEntry
    balance: int


@dataclass(frozen=True)
class CashMonth:
    month: Month
    opening: int
    lines: list[BookLine]
    total_in: int
    total_out: int

    @property
    def profit(self) -> int:
        return self.total_in - self.total_out

    @property
    def closing(self) -> int:
        return self.opening + self.profit


def _signed_sum(queryset) -> int:
    totals = queryset.aggregate(
        money_in=Sum("amount", filter=Q(kind=CashEntry.Kind.IN)),
        money_out=Sum("amount", filter=Q(kind=CashEntry.Kind.OUT)),
    )
    return (totals["money_in"] or 0) - (totals["money_out"] or 0)


def cash_month(*, user, month: Month) -> CashMonth:
    """The month's entries with the running balance (carried over from every
    earlier entry) and the month's money in, out and profit."""
    mine = CashEntry.objects.filter(user=user)
    opening = _signed_sum(mine.filter(date__lt=month.first_day))
    entries = mine.filter(
        date__gte=month.first_day, date__lt=month.next.first_day
    ).order_by("date", "created_at", "pk")
    lines = []
    balance = opening
    total_in = total_out = 0
    for entry in entries:
        balance += entry.signed_amount
        if entry.kind == CashEntry.Kind.IN:
            total_in += entry.amount
        else:
            total_out += entry.amount
        lines.append(BookLine(entry, balance))
    return CashMonth(month, opening, lines, total_in, total_out)


def cash_entry_for_owner(*, user, pk: int) -> CashEntry:
    """The entry if it is ``user``'s; 404 otherwise (never "forbidden")."""
    entry = CashEntry.objects.filter(user=user, pk=pk).first()
    if entry is None:
        raise Http404
    return entry


def costings_for(*, user) -> list[Costing]:
    if not user.is_authenticated:
        return []
    return list(Costing.objects.filter(user=user))


def costing_for_owner(*, user, pk: int) -> Costing:
    costing = Costing.objects.filter(user=user, pk=pk).first()
    if costing is None:
        raise Http404
    return costing


@dataclass(frozen=True)
class PriceSuggestion:
    costing: Costing
    hpp: calculators.HppResult
    break_even: calculators.BepResult | None


def price_suggestion(*, costing: Costing, markup: int | None = None) -> PriceSuggestion:
    """HPP, the price with ``markup`` (the saved one if ``None``), the price per
    channel and, when fixed costs are known, the break-even quantity."""
    result = calculators.hpp(
        material=Decimal(costing.material),
        labour=Decimal(costing.labour),
        overhead=Decimal(costing.overhead),
        units=costing.units,
        markup=Decimal(costing.markup if markup is None else markup),
        marketplace_fee=Decimal(costing.marketplace_fee),
        shipping=Decimal(costing.shipping),
    )
    bep = None
    if costing.fixed_costs:
        bep = calculators.break_even(
            fixed_costs=Decimal(costing.fixed_costs),
            price=result.price_per_unit,
            variable_cost=Decimal(costing.material + costing.labour + costing.overhead)
            / costing.units,
        )
    return PriceSuggestion(costing, result, bep)
