"""What the money tools store about a person: export and erase
(``home.personal_data``). Her cash book and saved costings are hers alone:
exported in full and deleted with the account; nothing is kept."""

from __future__ import annotations

from django.db import transaction

from home.personal_data import PersonalDataExport

from .models import CashEntry, Costing

MODELS = ("business.CashEntry", "business.Costing")
KEPT: dict[str, str] = {}


def export_personal_data(user) -> PersonalDataExport:
    entries = CashEntry.objects.filter(user=user).order_by("date", "created_at", "pk")
    costings = Costing.objects.filter(user=user).order_by("created_at", "pk")
    return PersonalDataExport(
        records={
            "cash_book": [
                {
                    "date": entry.date,
                    "kind": entry.kind,
                    "amount": entry.amount,
                    "category": entry.category,
                    "note": entry.note,
                    "created_at": entry.created_at,
                    "updated_at": entry.updated_at,
                }
                for entry in entries
            ],
            "saved_costings": [
                {
                    "name": costing.name,
                    "materials_and_packaging": costing.material,
                    "labour": costing.labour,
                    "other_costs": costing.overhead,
                    "pieces_per_batch": costing.units,
                    "markup_percent": costing.markup,
                    "marketplace_fee_percent": costing.marketplace_fee,
                    "shipping_per_piece": costing.shipping,
                    "fixed_costs_per_month": costing.fixed_costs,
                    "created_at": costing.created_at,
                }
                for costing in costings
            ],
        }
    )


@transaction.atomic
def erase_personal_data(user) -> None:
    CashEntry.objects.filter(user=user).delete()
    Costing.objects.filter(user=user).delete()
