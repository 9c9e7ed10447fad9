from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from home.setup import DEMO_SEED_HOOK, SITE_SETUP_HOOK

from . import demo
from .models import Topic
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
