"""The sitemap: only what a visitor who is not signed in can open (200)."""

from wagtail.contrib.sitemaps import Sitemap

from courses.models import AssignmentPage, LessonPage, ModulePage, QuizPage
from marketplace.sitemaps import BrandSitemap, ProductSitemap

# Pages that send a visitor who is not signed in to the sign-in page (or to
# their course): search engines must not be told to index them.
MEMBERS_ONLY_PAGE_TYPES = (ModulePage, LessonPage, QuizPage, AssignmentPage)


class PublicPageSitemap(Sitemap):
    """The Wagtail page tree of the site, live and public, without the
    members-only pages. Their URLs use the Site's host and port, which
    ``site_setup`` keeps equal to ``SITE_BASE_URL``."""

    def items(self):
        return super().items().not_type(*MEMBERS_ONLY_PAGE_TYPES)


SITEMAPS = {
    "pages": PublicPageSitemap,
    "brands": BrandSitemap,
    "products": ProductSitemap,
}
