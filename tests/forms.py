"""What every form with an error answers, whichever app it belongs to."""

from __future__ import annotations

import re


def assert_error_summary(html: str, field_id: str, *, before: bool = True) -> None:
    """The page holds the one error summary (components/error_summary.html):
    a focusable box with a heading, before the field, linking to the field;
    the field is marked aria-invalid and described by its error text. A
    calculator's summary comes with its result, after the fields (before=False).
    """
    found = re.search(
        r'<div class="error-summary" data-error-summary tabindex="-1"[^>]*>'
        r"\s*<h2>[^<]+</h2>(.*?)</div>",
        html,
        re.S,
    )
    assert found, "no error summary"
    assert f'href="#{field_id}"' in found.group(1), found.group(1)
    tag = re.search(
        rf'<(?:input|select|textarea)\b[^>]*\bid="{re.escape(field_id)}"[^>]*>', html
    )
    assert tag, f"no field #{field_id}"
    assert 'aria-invalid="true"' in tag.group(0), tag.group(0)
    described = re.search(r'aria-describedby="([^"]*)"', tag.group(0))
    assert described and f"{field_id}_error" in described.group(1).split()
    assert f'id="{field_id}_error"' in html
    if before:
        assert found.start() < tag.start()
