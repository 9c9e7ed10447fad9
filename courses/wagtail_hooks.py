from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from home.setup import DEMO_SEED_HOOK, SITE_SETUP_HOOK

from . import demo, selectors
from .models import CourseIndexPage, Topic
from .services.catalogue import course_site_setup


class TopicViewSet(SnippetViewSet):
    model = Topic
    icon = "tag"
    menu_label = _("Topics")
    list_display = ["name", "slug", "sort_order"]
    add_to_admin_menu = False


register_snippet(TopicViewSet)


# manage.py site_setup and seed_demo (home/setup.py): after accounts (10).
hooks.register(SITE_SETUP_HOOK, course_site_setup, order=20)
hooks.register(DEMO_SEED_HOOK, demo.seed, order=20)


# --- what the home page and the menus show from learning (see home.selectors) ---


@hooks.register("berdaya_impact_numbers")
def impact_numbers() -> dict[str, int]:
    return {"certificates": selectors.certificates_valid_count()}


@hooks.register("berdaya_home_featured")
def home_featured(request) -> dict:
    courses = list(selectors.public_courses()[:4])
    return {
        "featured_courses": selectors.course_cards(courses=courses, user=request.user)
    }


@hooks.register("berdaya_site_navigation")
def site_navigation(request, root) -> dict:
    if root is None:
        return {"menu_courses_url": None}
    catalogue = CourseIndexPage.objects.child_of(root).live().public().first()
    return {"menu_courses_url": catalogue.get_url(request) if catalogue else None}
