"""Reviewing every course's practical assignments is a permission; "Curriculum
reviewers" grants it."""

from django.db import migrations

GROUP = "Curriculum reviewers"
CODENAME = "review_submission"
NAME = "Can review practical assignments of every course"


def _permission(apps):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_type, _ = ContentType.objects.get_or_create(
        app_label="courses", model="assignmentsubmission"
    )
    permission, _ = Permission.objects.get_or_create(
        content_type=content_type, codename=CODENAME, defaults={"name": NAME}
    )
    return permission


def grant(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    group, _ = Group.objects.get_or_create(name=GROUP)
    group.permissions.add(_permission(apps))


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    for group in Group.objects.filter(name=GROUP):
        group.permissions.remove(_permission(apps))


class Migration(migrations.Migration):
    dependencies = [
        ("courses", "0004_lesson_text_section_headings"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.AlterModelOptions(
            name="assignmentsubmission",
            options={
                "ordering": ["-submitted_at"],
                "permissions": [(CODENAME, NAME)],
                "verbose_name": "assignment submission",
                "verbose_name_plural": "assignment submissions",
            },
        ),
        migrations.RunPython(grant, revoke),
    ]
