"""Centres and cohorts in the Wagtail admin (administrators only), and the demo."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from accounts.models import Centre, Cohort
from home.setup import DEMO_SEED_HOOK

from . import demo
from .forms import CohortAdminForm


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
    edit_handler = ObjectList(
        [
            FieldPanel("centre"),
            FieldPanel("name"),
            FieldPanel("start_date"),
            FieldPanel("end_date"),
            FieldPanel("courses"),
        ],
        base_form_class=CohortAdminForm,
    )


class CentreGroup(SnippetViewSetGroup):
    items = (CentreViewSet, CohortViewSet)
    menu_icon = "home"
    menu_label = _("Centres")
    menu_name = "centres"


register_snippet(CentreGroup)


# manage.py seed_demo (home/setup.py). The demo enrols learners in the demo
# courses, so it runs after courses (20).
hooks.register(DEMO_SEED_HOOK, demo.seed, order=30)
