"""Four eyes in the "Course review" workflow, and publishing only through it.

The workflow's "Curriculum review" task becomes a CourseReviewTask (nobody
approves a change they sent or wrote) with the same groups; reviews in
progress move to it. The old group approval task stays, inactive, for the
history that points at it. Curriculum reviewers lose the publish permission
on pages: an approval publishes (home.workflows.publish_approved).
"""

from django.db import migrations

WORKFLOW = "Course review"
TASK = "Curriculum review"
REVIEWERS = "Curriculum reviewers"


def forwards(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Group = apps.get_model("auth", "Group")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    Task = apps.get_model("wagtailcore", "Task")
    TaskState = apps.get_model("wagtailcore", "TaskState")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    CourseReviewTask = apps.get_model("courses", "CourseReviewTask")

    task_type, _ = ContentType.objects.get_or_create(
        app_label="courses", model="coursereviewtask"
    )
    for workflow in Workflow.objects.filter(name=WORKFLOW):
        for link in WorkflowTask.objects.filter(workflow=workflow):
            old = GroupApprovalTask.objects.filter(pk=link.task_id).first()
            if old is None:
                continue  # already a four-eyes task, or another kind
            new = CourseReviewTask.objects.create(
                name=old.name, active=True, content_type=task_type
            )
            new.groups.set(old.groups.all())
            link.task = Task.objects.get(pk=new.pk)
            link.save(update_fields=["task"])
            TaskState.objects.filter(task_id=old.pk, status="in_progress").update(
                task_id=new.pk
            )
            if not WorkflowTask.objects.filter(task_id=old.pk).exists():
                Task.objects.filter(pk=old.pk).update(active=False)

    for group in Group.objects.filter(name=REVIEWERS):
        GroupPagePermission.objects.filter(
            group=group,
            permission__content_type__app_label="wagtailcore",
            permission__codename="publish_page",
        ).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("courses", "0012_course_review_task"),
        ("wagtailcore", "0098_apitoken"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
