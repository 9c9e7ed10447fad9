"""The "Curriculum review" task: a second person approves every course change."""

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _
from wagtail.models import AbstractGroupApprovalTask


class CourseReviewTask(AbstractGroupApprovalTask):
    """Wagtail's group approval with four eyes: members of the chosen groups
    approve, but never a change they sent for review or wrote themselves (any
    revision since it was sent). Approving publishes it
    (``home.workflows.publish_approved``); reviewers hold no publish right.
    """

    class Meta:
        verbose_name = _("four-eyes review task")
        verbose_name_plural = _("four-eyes review tasks")

    @staticmethod
    def is_own_change(obj, user) -> bool:
        """Did ``user`` send ``obj`` for review, or write part of what would go live?"""
        state = getattr(obj, "current_workflow_state", None)
        if state is None or not user.is_authenticated:
            return False
        if state.requested_by_id == user.pk:
            return True
        sent = state.task_states.order_by("pk").values_list("revision_id", flat=True)
        first_sent = sent.first()
        if first_sent is None:
            return False
        return obj.revisions.filter(pk__gte=first_sent, user=user).exists()

    def get_actions(self, obj, user):
        if self.is_own_change(obj, user):
            return []
        return super().get_actions(obj, user)

    def on_action(self, task_state, user, action_name, **kwargs):
        obj = task_state.workflow_state.content_object
        if action_name == "approve" and self.is_own_change(obj, user):
            raise PermissionDenied
        return super().on_action(task_state, user, action_name, **kwargs)

    def get_task_states_user_can_moderate(self, user, **kwargs):
        states = super().get_task_states_user_can_moderate(user, **kwargs)
        return states.exclude(workflow_state__requested_by=user)

    @classmethod
    def get_description(cls):
        return _(
            "Members of the chosen groups approve; nobody approves a change they "
            "sent or wrote themselves"
        )
