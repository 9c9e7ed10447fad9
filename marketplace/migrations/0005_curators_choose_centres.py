"""Curators may view centres: choosing a centre for its WhatsApp relay uses the
centre chooser, which lists centres only to people with a right on them
(centres.wagtail_hooks). They get no right on cohorts."""

from django.db import migrations

GROUP = "Curators"


def _view_centre(apps):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_type, _ = ContentType.objects.get_or_create(
        app_label="accounts", model="centre"
    )
    permission, _ = Permission.objects.get_or_create(
        content_type=content_type,
        codename="view_centre",
        defaults={"name": "Can view centre"},
    )
    return permission


def grant(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    group, _ = Group.objects.get_or_create(name=GROUP)
    group.permissions.add(_view_centre(apps))


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    for group in Group.objects.filter(name=GROUP):
        group.permissions.remove(_view_centre(apps))


class Migration(migrations.Migration):
    dependencies = [
        ("marketplace", "0004_curate_showcase_permission"),
        ("accounts", "0002_centres_and_cohorts"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
