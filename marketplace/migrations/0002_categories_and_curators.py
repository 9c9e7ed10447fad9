from django.contrib.auth.management import create_permissions
from django.db import migrations

CATEGORIES = [
    ("makanan-minuman", "Makanan & Minuman"),
    ("kerajinan", "Kerajinan"),
    ("fashion", "Fashion"),
    ("kecantikan-sabun", "Kecantikan & Sabun"),
    ("jasa", "Jasa"),
    ("lainnya", "Lainnya"),
]

CURATOR_PERMISSIONS = [
    ("wagtailadmin", "access_admin"),
    ("marketplace", "view_brand"),
    ("marketplace", "change_brand"),
    ("marketplace", "view_product"),
    ("marketplace", "change_product"),
    ("marketplace", "add_category"),
    ("marketplace", "change_category"),
    ("marketplace", "delete_category"),
    ("marketplace", "view_category"),
    ("marketplace", "view_sellerapproval"),
    ("marketplace", "add_sellerapproval"),
    ("marketplace", "view_centreshowcasesettings"),
    ("marketplace", "add_centreshowcasesettings"),
    ("marketplace", "change_centreshowcasesettings"),
]


def forwards(apps, schema_editor):
    Category = apps.get_model("marketplace", "Category")
    for position, (slug, name) in enumerate(CATEGORIES):
        Category.objects.get_or_create(
            slug=slug, defaults={"name": name, "sort_order": position}
        )

    # Permissions are normally created after all migrations; make sure ours exist.
    app_config = apps.get_app_config("marketplace")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    curators, _created = Group.objects.get_or_create(name="Curators")
    for app_label, codename in CURATOR_PERMISSIONS:
        permission = Permission.objects.filter(
            content_type__app_label=app_label, codename=codename
        ).first()
        if permission is not None:
            curators.permissions.add(permission)


class Migration(migrations.Migration):
    dependencies = [
        ("marketplace", "0001_showcase"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
