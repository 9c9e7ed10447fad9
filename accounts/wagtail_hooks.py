"""Centres and cohorts in the Wagtail admin (administrators only)."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from home.services import group_permissions_ensure
from home.setup import DEMO_SEED_HOOK, SITE_SETUP_HOOK

from . import demo
from .models import Centre, Cohort
from .selectors import CENTRE_PEOPLE_PERMISSION, CENTRE_STAFF_GROUP


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


# manage.py site_setup and seed_demo (home/setup.py). The demo enrols learners
# in the demo courses, so it runs after courses (20).
@hooks.register(SITE_SETUP_HOOK, order=10)
def centre_staff_role_ensure(*, home) -> None:
    group_permissions_ensure(
        name=CENTRE_STAFF_GROUP, permissions=[CENTRE_PEOPLE_PERMISSION]
    )


hooks.register(DEMO_SEED_HOOK, demo.seed, order=30)
