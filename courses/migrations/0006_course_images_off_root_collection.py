"""No group keeps an image grant on the root collection.

A grant on the root covers every collection below it, showcase photos included.
``courses/0002`` granted instructors and reviewers add/change/choose there (on
the custom image model, which Wagtail never checks), and Wagtail's own
"Editors" and "Moderators" groups start with image grants there. Course images
now have their own collection, granted by ``manage.py site_setup``
(``courses.services.catalogue``); showcase photos stay out of their sight.
Document grants on the root collection are kept (worksheets).
"""

from django.db import migrations

IMAGE_MODELS = [("home", "berdayaimage"), ("wagtailimages", "image")]


def forwards(apps, schema_editor):
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    root = Collection.objects.filter(depth=1).first()
    if root is None:
        return
    for app_label, model in IMAGE_MODELS:
        GroupCollectionPermission.objects.filter(
            collection=root,
            permission__content_type__app_label=app_label,
            permission__content_type__model=model,
        ).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("courses", "0005_review_submission_permission"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailimages", "0027_image_description"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
