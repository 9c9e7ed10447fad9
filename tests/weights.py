"""Page weight as a phone downloads it: the HTML as sent (counted whole,
uncompressed) plus each stylesheet and script as whitenoise serves it,
pre-compressed (gzip counted; browsers that accept brotli get less)."""

import gzip
import re

from django.contrib.staticfiles import finders

ASSET = re.compile(r'(?:href|src)="/static/([^"]+\.(?:css|js))"')


def asset_bytes_on_wire(name: str) -> int:
    with open(finders.find(name), "rb") as f:
        return len(gzip.compress(f.read(), compresslevel=9))


def page_bytes_on_wire(response) -> int:
    html = response.content.decode()
    return len(response.content) + sum(
        asset_bytes_on_wire(name) for name in set(ASSET.findall(html))
    )
