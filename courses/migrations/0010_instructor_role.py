"""The instructor role is a permission, "courses.teach_course"; "Instructors"
grants it. Only people holding it are offered as a course's instructors, and
only they review the assignments of the courses they are listed on."""

import modelcluster.fields
from django.conf import settings
from django.db import migrations

import courses.models.pages

GROUP = "Instructors"
CODENAME = "teach_course"
NAME = "Can teach the courses they are listed on"


def _permission(apps):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_type, _ = ContentType.objects.get_or_create(
        app_label="courses", model="coursepage"
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
        ("courses", "0009_quiz_attempt_policy_and_lesson_visits"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AlterModelOptions(
            name="coursepage",
            options={
                "permissions": [(CODENAME, NAME)],
                "verbose_name": "course",
                "verbose_name_plural": "courses",
            },
        ),
        migrations.AlterField(
            model_name="coursepage",
            name="instructors",
            field=modelcluster.fields.ParentalManyToManyField(
                blank=True,
                help_text="Only people with the instructor role are offered.",
                limit_choices_to=courses.models.pages.instructor_choices,
                related_name="taught_courses",
                to=settings.AUTH_USER_MODEL,
                verbose_name="instructors",
            ),
        ),
        migrations.RunPython(grant, revoke),
    ]
