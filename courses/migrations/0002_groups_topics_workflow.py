"""Groups, topics and the course review workflow a fresh install needs."""

from django.db import migrations

INSTRUCTORS = "Instructors"
REVIEWERS = "Curriculum reviewers"

TOPICS = [
    ("perencanaan-usaha", "Perencanaan Usaha"),
    ("keuangan", "Keuangan"),
    ("kemasan-merek", "Kemasan & Merek"),
    ("pemasaran-online", "Pemasaran Online"),
    ("keterampilan", "Keterampilan"),
]


def _permission(apps, app_label, model, codename, name):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
    permission, _ = Permission.objects.get_or_create(
        content_type=content_type, codename=codename, defaults={"name": name}
    )
    return permission


def forwards(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Topic = apps.get_model("courses", "Topic")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    Task = apps.get_model("wagtailcore", "Task")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    ContentType = apps.get_model("contenttypes", "ContentType")

    for order, (slug, name) in enumerate(TOPICS):
        Topic.objects.update_or_create(
            slug=slug, defaults={"name": name, "sort_order": order}
        )

    access_admin = _permission(
        apps, "wagtailadmin", "admin", "access_admin", "Can access Wagtail admin"
    )
    instructors, _ = Group.objects.get_or_create(name=INSTRUCTORS)
    reviewers, _ = Group.objects.get_or_create(name=REVIEWERS)
    for group in (instructors, reviewers):
        group.permissions.add(access_admin)
    reviewers.permissions.add(
        _permission(apps, "courses", "topic", "add_topic", "Can add topic"),
        _permission(apps, "courses", "topic", "change_topic", "Can change topic"),
    )

    root_collection = Collection.objects.filter(depth=1).first()
    if root_collection is not None:
        for app_label, model in (("home", "berdayaimage"), ("wagtaildocs", "document")):
            for action in ("add", "change", "choose"):
                permission = _permission(
                    apps, app_label, model, f"{action}_{model}", f"Can {action} {model}"
                )
                for group in (instructors, reviewers):
                    GroupCollectionPermission.objects.get_or_create(
                        group=group, collection=root_collection, permission=permission
                    )

    task_type, _ = ContentType.objects.get_or_create(
        app_label="wagtailcore", model="groupapprovaltask"
    )
    task = GroupApprovalTask.objects.filter(name="Curriculum review").first()
    if task is None:
        task = GroupApprovalTask.objects.create(
            name="Curriculum review", content_type=task_type, active=True
        )
    task.groups.add(reviewers)
    workflow, _ = Workflow.objects.get_or_create(
        name="Course review", defaults={"active": True}
    )
    WorkflowTask.objects.get_or_create(
        workflow=workflow, task=Task.objects.get(pk=task.pk), defaults={"sort_order": 0}
    )


class Migration(migrations.Migration):
    dependencies = [
        ("courses", "0001_initial"),
        ("home", "0001_initial"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailcore", "0098_apitoken"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
