"""What each kind of notice says: short, plain Indonesian (English msgids).

The same text is the in-app notice, the SMS and the e-mail. It names only the
person's own things (her course, her brand, her product): never another
person's name, phone number or message, because an SMS can be read by anyone
holding the phone.
"""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from .models import Notice

Kind = Notice.Kind

TEXTS = {
    Kind.ASSIGNMENT_ACCEPTED: (
        _("Your work was accepted"),
        _("Your work in %(course)s was accepted. Open Berdaya to read the comment."),
    ),
    Kind.ASSIGNMENT_REVISION: (
        _("Your work needs a small change"),
        _("Your work in %(course)s needs a change. Open Berdaya to read what to fix."),
    ),
    Kind.CERTIFICATE_ISSUED: (
        _("You have a certificate"),
        _(
            "Congratulations! You finished %(course)s and have a certificate. Open "
            "Berdaya to see it."
        ),
    ),
    Kind.BRAND_APPROVED: (
        _("Your brand is approved"),
        _("Your brand %(brand)s is approved. Open Berdaya to see it."),
    ),
    Kind.BRAND_CHANGES: (
        _("Your brand needs a change"),
        _("Your brand %(brand)s needs a change. Open Berdaya to read what to fix."),
    ),
    Kind.PRODUCT_APPROVED: (
        _("Your product is approved"),
        _("Your product %(product)s is approved. Open Berdaya to see it."),
    ),
    Kind.PRODUCT_CHANGES: (
        _("Your product needs a change"),
        _("Your product %(product)s needs a change. Open Berdaya to read what to fix."),
    ),
    Kind.INQUIRY_NEW: (
        _("New question from a buyer"),
        _(
            "There is a new question for the product %(product)s. Open Berdaya to "
            "read it."
        ),
    ),
    Kind.REMINDER: (
        _("We miss you"),
        _("You have not studied for a while. Open Berdaya and continue your lesson."),
    ),
}


def render(kind: str, params: dict[str, str]) -> tuple[str, str]:
    """Title and text of a notice, in the active language."""
    title, text = TEXTS[Kind(kind)]
    safe = {name: str(value)[:60] for name, value in params.items()}
    return str(title)[:160], (str(text) % safe)[:300]
