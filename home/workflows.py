"""What finishing a workflow does (``WAGTAIL_FINISH_WORKFLOW_ACTION``).

Imported by Wagtail while its models load: nothing here may import models.
"""

from __future__ import annotations


def publish_approved(workflow_state, user=None) -> None:
    """Publish what the workflow's last task approved.

    Wagtail's default publishes as the approver and so needs the approver to
    hold the page's publish permission. Here approval itself is the right to
    publish: the task decides who may approve (``courses.CourseReviewTask``:
    a reviewer, never for her own change), and reviewers hold no publish
    permission, so nothing goes live without a second person's review.
    """
    workflow_state.content_object.get_latest_revision().publish(
        user=user, skip_permission_checks=True
    )
