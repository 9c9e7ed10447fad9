"""Centres and cohorts in the Wagtail admin (administrators only)."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import Centre, Cohort


class CentreViewSet(SnippetViewSet):
    model = Centre
    icon = "home"
    list_display = ["name", "city"]
    search_fields = ["name", "city"]


class CohortViewSet(SnippetViewSet):
    model = Cohort
    icon = "group"
    list_display = ["name", "centre", "start_date", "end_date"]
    list_filter = ["centre"]
    search_fields = ["name"]


class CentreGroup(SnippetViewSetGroup):
    items = (CentreViewSet, CohortViewSet)
    menu_icon = "home"
    menu_label = _("Centres")
    menu_name = "centres"


register_snippet(CentreGroup)
