"""The message log in the Django admin (``/django-admin/home/delivery/``).

Next to django-tasks-db's task list, it answers "did the seller get the mail?":
each e-mail or SMS by its key, how many attempts, when it was sent or when the
worker gave up, and the last error's class. Read-only.
"""

from __future__ import annotations

from django.contrib import admin
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from .models import Delivery


class UndeliveredFilter(admin.SimpleListFilter):
    title = _("delivery")
    parameter_name = "undelivered"

    def lookups(self, request, model_admin):
        return [("1", _("Not delivered"))]

    def queryset(self, request: HttpRequest, queryset: QuerySet) -> QuerySet:
        if self.value() == "1":
            return queryset.filter(sent_at__isnull=True)
        return queryset


@admin.register(Delivery)
class DeliveryAdmin(admin.ModelAdmin):
    list_display = (
        "key",
        "channel",
        "attempts",
        "sent_at",
        "gave_up_at",
        "last_error",
        "created_at",
    )
    list_filter = (UndeliveredFilter, "channel")
    search_fields = ("key",)
    fields = list_display
    readonly_fields = list_display

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj=None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj=None) -> bool:
        return False
