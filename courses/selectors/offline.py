"""What "Save for offline" puts on the phone for one course, with its size.

The list is the course page, its live lessons, the phone-size renditions their
templates show (the course cover, the lessons' pictures) and the lessons'
audio narrations. Quizzes and assignments stay online (graded or reviewed on
the server); videos and worksheets are not saved (large, and opened on
purpose). A page's size is an estimate (its text plus the page frame): the
server does not render every page to weigh it. Images and audio are their
real file sizes.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field

from ..models import CoursePage, LessonPage

logger = logging.getLogger(__name__)

# One phone-size rendition per picture, among those the templates' <picture>
# offers (templates/courses/course_page.html and
# templates/blocks/image_with_caption.html): keep them in step. AVIF is what
# Chrome on Android takes; offline, the service worker answers a request for
# another size or format of the same picture with the saved one (sw.js).
COVER_RENDITION = "format-avif|fill-720x405"
LESSON_IMAGE_RENDITION = "format-avif|width-720"
# HTML of a page around its text (header, menus, footer, forms): measured on
# the demo lessons at 6 to 9 KB uncompressed.
PAGE_FRAME_BYTES = 9 * 1024


@dataclass
class OfflineFile:
    url: str
    bytes: int
    kind: str  # "page", "image" or "audio"


@dataclass
class OfflineBundle:
    course: CoursePage
    files: list[OfflineFile] = field(default_factory=list)

    def add(self, url: str, size: int, kind: str) -> None:
        if url and all(item.url != url for item in self.files):
            self.files.append(OfflineFile(url=url, bytes=max(size, 0), kind=kind))

    def bytes_of(self, kind: str) -> int:
        return sum(item.bytes for item in self.files if item.kind == kind)

    @property
    def total_bytes(self) -> int:
        return sum(item.bytes for item in self.files)

    def as_json(self) -> dict:
        return {
            "course": self.course.pk,
            "title": self.course.title,
            "url": self.course.url,
            "files": [
                {"url": item.url, "bytes": item.bytes, "kind": item.kind}
                for item in self.files
            ],
            "total_bytes": self.total_bytes,
            "bytes": {kind: self.bytes_of(kind) for kind in ("page", "image", "audio")},
        }


def _rendition_file(image, spec: str) -> tuple[str, int]:
    """URL and size of ``image``'s rendition (made now if missing)."""
    try:
        rendition = image.get_rendition(spec)
        return rendition.url, rendition.file.size
    except (OSError, ValueError):
        # A missing original: the page shows no picture either.
        logger.warning("offline bundle: no rendition %s of image %s", spec, image.pk)
        return "", 0


def _document_size(document) -> int:
    if document.file_size:
        return document.file_size
    try:
        return document.file.size
    except OSError:
        return 0


def offline_bundle(*, course: CoursePage) -> OfflineBundle:
    """Every file a saved ``course`` needs on the phone, with sizes."""
    bundle = OfflineBundle(course=course)
    bundle.add(course.url, PAGE_FRAME_BYTES + len(course.summary), "page")
    if course.cover_image_id:
        url, size = _rendition_file(course.cover_image, COVER_RENDITION)
        bundle.add(url, size, "image")
    lessons = LessonPage.objects.live().public().descendant_of(course).order_by("path")
    for lesson in lessons:
        text = json.dumps(list(lesson.body.raw_data), ensure_ascii=False)
        bundle.add(lesson.url, PAGE_FRAME_BYTES + len(text.encode()), "page")
        for block in lesson.body:
            if block.block_type == "image" and block.value.get("image"):
                url, size = _rendition_file(
                    block.value["image"], LESSON_IMAGE_RENDITION
                )
                bundle.add(url, size, "image")
            elif block.block_type == "audio" and block.value.get("file"):
                document = block.value["file"]
                bundle.add(document.url, _document_size(document), "audio")
    return bundle
