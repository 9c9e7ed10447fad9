"""Curating brands and products is a permission; "Curators" grants it."""

from django.db import migrations

GROUP = "Curators"
CODENAME = "curate_showcase"
NAME = "Can curate brands and products"


def _permission(apps):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_type, _ = ContentType.objects.get_or_create(
        app_label="marketplace", model="brand"
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
        ("marketplace", "0003_reply_sent_flag"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.AlterModelOptions(
            name="brand",
            options={
                "ordering": ["name"],
                "permissions": [(CODENAME, NAME)],
                "verbose_name": "brand",
                "verbose_name_plural": "brands",
            },
        ),
        migrations.RunPython(grant, revoke),
    ]
