"""Instructors and curriculum reviewers keep no document grant on the root
collection.

``courses/0002`` granted them add, change and choose on documents there: in
Wagtail, "change" covers every document below, deleting it and replacing its
file (a live lesson's worksheet changed at once, without review). Course
documents now live in the "Lembar kerja kursus" collection, where
``manage.py site_setup`` (``courses.services.catalogue``) grants them add and
choose only: each edits or deletes only the documents she uploaded.
"""

from django.db import migrations

GROUPS = ["Instructors", "Curriculum reviewers"]


def forwards(apps, schema_editor):
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    root = Collection.objects.filter(depth=1).first()
    if root is None:
        return
    GroupCollectionPermission.objects.filter(
        collection=root,
        group__name__in=GROUPS,
        permission__content_type__app_label="wagtaildocs",
        permission__content_type__model="document",
    ).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("courses", "0013_course_review_four_eyes"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtaildocs", "0014_alter_document_file_size"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
