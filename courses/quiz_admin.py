"""The quiz page's editor: a form that tells the page its place in the tree
before it has one, and a panel that warns when the question pool is small."""

from __future__ import annotations

from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import Panel

from . import quizzes


class QuizPageForm(WagtailAdminPageForm):
    """A new quiz has no place in the page tree while the form validates; the
    rules of ``QuizPage.clean()`` that depend on the course read the parent
    the editor chose."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.parent_page is not None and not self.instance.path:
            self.instance.parent_page_for_rules = self.parent_page


class QuizPoolPanel(Panel):
    """A warning, not a refusal: a required quiz whose pool holds fewer than
    three times the questions drawn per attempt lets a learner meet the same
    questions again on her next tries. Shown on the edit page of the saved
    quiz (Wagtail has no non-blocking form warnings)."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "courses/quiz_pool_panel.html"

        def is_shown(self) -> bool:
            return bool(getattr(self.instance, "pool_is_small", False))

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            quiz = self.instance
            context.update(
                {
                    "pool_size": len(quiz.questions),
                    "per_attempt": quiz.questions_per_attempt,
                    "needed": quizzes.POOL_FACTOR * quiz.questions_per_attempt,
                }
            )
            return context
