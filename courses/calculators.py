"""Practice calculators: exact Decimal arithmetic on the learner's own numbers."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_CEILING, ROUND_HALF_UP, Decimal

ONE = Decimal("1")
HUNDRED = Decimal("100")


def _rupiah(value: Decimal) -> Decimal:
    return value.quantize(ONE, rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class HppResult:
    total_cost: Decimal
    cost_per_unit: Decimal
    price_per_unit: Decimal
    profit_per_unit: Decimal
    profit_per_batch: Decimal


def hpp(
    *,
    material: Decimal,
    labour: Decimal,
    overhead: Decimal,
    units: int,
    margin: Decimal,
) -> HppResult:
    """HPP per unit and a selling price with ``margin`` percent on top of cost.

    Price = HPP × (1 + margin/100), rounded up to whole rupiah so the margin is
    never smaller than asked.
    """
    if units <= 0:
        raise ValueError("units must be positive")
    total = material + labour + overhead
    cost_per_unit = total / units
    price = (cost_per_unit * (HUNDRED + margin) / HUNDRED).quantize(
        ONE, rounding=ROUND_CEILING
    )
    profit = price - cost_per_unit
    return HppResult(
        total_cost=total,
        cost_per_unit=_rupiah(cost_per_unit),
        price_per_unit=price,
        profit_per_unit=_rupiah(profit),
        profit_per_batch=_rupiah(profit * units),
    )


@dataclass(frozen=True)
class BepResult:
    margin_per_unit: Decimal
    units: int | None
    revenue: Decimal | None

    @property
    def reachable(self) -> bool:
        return self.units is not None


def break_even(
    *, fixed_costs: Decimal, price: Decimal, variable_cost: Decimal
) -> BepResult:
    """Units (rounded up) and revenue needed to cover fixed costs.

    When the price does not cover the variable cost per unit, break-even is
    never reached: ``units`` and ``revenue`` are ``None``.
    """
    margin = price - variable_cost
    if margin <= 0:
        return BepResult(margin_per_unit=margin, units=None, revenue=None)
    units = int((fixed_costs / margin).to_integral_value(rounding=ROUND_CEILING))
    return BepResult(margin_per_unit=margin, units=units, revenue=price * units)


@dataclass(frozen=True)
class CashbookLine:
    description: str
    income: Decimal
    expense: Decimal
    balance: Decimal


@dataclass(frozen=True)
class CashbookResult:
    lines: list[CashbookLine]
    total_income: Decimal
    total_expense: Decimal
    balance: Decimal


def cashbook(
    *, opening: Decimal, entries: list[tuple[str, Decimal, Decimal]]
) -> CashbookResult:
    """Running balance over (description, income, expense) entries."""
    balance = opening
    lines = []
    total_in = Decimal(0)
    total_out = Decimal(0)
    for description, income, expense in entries:
        balance = balance + income - expense
        total_in += income
        total_out += expense
        lines.append(CashbookLine(description, income, expense, balance))
    return CashbookResult(lines, total_in, total_out, balance)
