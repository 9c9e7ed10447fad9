"""Folded search text on products; on PostgreSQL a pg_trgm GIN index on it.

The extension and the index are created only on PostgreSQL (a no-op on
SQLite, whose search scans the short column).
"""

from django.db import migrations, models

from marketplace.search import product_search_text

TRGM_INDEX = "marketplace_product_search_trgm"


def fill_search_text(apps, schema_editor):
    Product = apps.get_model("marketplace", "Product")
    batch = []
    for product in Product.objects.select_related("brand").iterator(chunk_size=500):
        product.search_text = product_search_text(
            name=product.public_name,
            brand_name=product.brand.public_name,
            description=product.public_description,
        )
        batch.append(product)
        if len(batch) >= 500:
            Product.objects.bulk_update(batch, ["search_text"])
            batch = []
    if batch:
        Product.objects.bulk_update(batch, ["search_text"])


def trigram_index_create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    schema_editor.execute(
        f"CREATE INDEX IF NOT EXISTS {TRGM_INDEX} ON marketplace_product "
        "USING gin (search_text gin_trgm_ops)"
    )


def trigram_index_drop(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(f"DROP INDEX IF EXISTS {TRGM_INDEX}")


class Migration(migrations.Migration):
    dependencies = [
        ("marketplace", "0006_inquiry_refusals"),
    ]

    operations = [
        migrations.AddField(
            model_name="product",
            name="search_text",
            field=models.TextField(blank=True, default="", editable=False),
        ),
        migrations.RunPython(fill_search_text, migrations.RunPython.noop),
        migrations.RunPython(trigram_index_create, trigram_index_drop),
    ]
