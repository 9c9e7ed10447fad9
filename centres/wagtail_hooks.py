"""Centres and cohorts in the Wagtail admin (administrators only), and the demo."""

from functools import update_wrapper

from django.core.cache import cache
from django.core.exceptions import PermissionDenied
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.permissions import policy_registry
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.chooser import SnippetChooserViewSet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from accounts import selectors as account_selectors
from accounts.models import Centre, Cohort
from home.cache import HOOK_USER_CACHE_KEYS, user_values
from home.setup import DEMO_SEED_HOOK

from . import demo
from .forms import CohortAdminForm


class RightsCheckedChooserViewSet(SnippetChooserViewSet):
    """The chooser lists centres (or cohorts) only to people with a right on
    them (add, change, delete or view): Wagtail's snippet choosers are open to
    every admin user, and would show every centre's cohorts to instructors."""

    RIGHTS = frozenset({"add", "change", "delete", "view"})

    def construct_view(self, view_class, **kwargs):
        view = super().construct_view(view_class, **kwargs)
        policy = policy_registry.get_by_type(self.model)

        def rights_checked(request, *args, **kwargs):
            if not policy.user_has_any_permission(request.user, self.RIGHTS):
                raise PermissionDenied
            return view(request, *args, **kwargs)

        return update_wrapper(rights_checked, view)


class CentreViewSet(SnippetViewSet):
    model = Centre
    chooser_viewset_class = RightsCheckedChooserViewSet
    icon = "home"
    list_display = ["name", "city"]
    search_fields = ["name", "city"]


class CohortViewSet(SnippetViewSet):
    model = Cohort
    chooser_viewset_class = RightsCheckedChooserViewSet
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


def _menu_key(user) -> str:
    return f"centres:menu:{user.pk}"


@hooks.register(HOOK_USER_CACHE_KEYS)
def menu_cache_keys(user) -> list[str]:
    return [_menu_key(user)]


@hooks.register("berdaya_user_navigation")
def user_navigation(request) -> dict:
    """Centre staff find their pages (/balai/) in the main menu. Whether she is
    staff is remembered for a few minutes (no permission query on every
    page); the pages themselves check her authority on each request."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {"menu_centre_url": None}
    key = _menu_key(user)
    is_staff = user_values(user, [key]).get(key)
    if is_staff is None:
        is_staff = account_selectors.staff_centre_id_for(user) is not None
        cache.set(key, is_staff, MENU_STAFF_TTL)
    return {"menu_centre_url": reverse("centres:staff_home") if is_staff else None}


MENU_STAFF_TTL = 5 * 60
