from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoursesConfig(AppConfig):
    name = "courses"
    verbose_name = _("Courses")

    def ready(self) -> None:
        # Django's place for wiring, run once the models are loaded: pages are
        # served by the app's views without the models importing them, and the
        # app's personal-data pair joins the registry.
        from django.db.models.signals import post_delete, post_save

        from home.page_cache import (
            content_changed_receiver,
            public_data_changed_receiver,
        )
        from home.personal_data import register_module

        from . import models, personal_data, views

        models.CourseIndexPage.serve_view = views.course_index_serve
        models.CoursePage.serve_view = views.course_page_serve
        models.LessonPage.serve_view = views.lesson_page_serve
        models.QuizPage.serve_view = views.quiz_page_serve
        models.AssignmentPage.serve_view = views.assignment_page_serve

        register_module(self.label, personal_data, order=200)

        # Topics show on cached catalogue pages (home.page_cache).
        post_save.connect(content_changed_receiver, sender=models.Topic)
        post_delete.connect(content_changed_receiver, sender=models.Topic)

        # The public verification page (and what it says of a revoked
        # certificate) is kept whole by the page cache: any change drops it.
        post_save.connect(public_data_changed_receiver, sender=models.Certificate)
        post_delete.connect(public_data_changed_receiver, sender=models.Certificate)

        # A learner's cached records (selectors.learner) are dropped by any
        # change to them.
        from .selectors.learner import learner_row_changed

        for model in (
            models.Enrolment,
            models.LessonVisit,
            models.LessonProgress,
            models.QuizAttempt,
            models.AssignmentSubmission,
        ):
            post_save.connect(learner_row_changed, sender=model)
            post_delete.connect(learner_row_changed, sender=model)
