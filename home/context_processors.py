from django.http import HttpRequest

from . import selectors


def navigation(request: HttpRequest) -> dict:
    """Links for the header and footer, scoped to the current site."""
    return selectors.site_navigation(request)
