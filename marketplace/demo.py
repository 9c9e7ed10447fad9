"""Demo showcase for ``seed_demo``: graduate brands, approved products with
generated photos, one brand still in review and a few inquiries (idempotent)."""

from __future__ import annotations

import io
import uuid

from django.core.files.uploadedfile import SimpleUploadedFile

from home.demo_images import draw_picture
from home.imaging import clean_image
from home.services import DemoAccount, demo_user_ensure

from . import services
from .demo_content import BRANDS, CATEGORIES, INQUIRIES
from .demo_images import draw_product
from .models import Brand, Category, Product

NAMESPACE = uuid.UUID("6f1c2a52-5c7e-4a57-9d8e-0b6e4f000005")
UNITS = {"botol": Product.Unit.BOTTLE, "toples": Product.Unit.JAR}
IN_REVIEW = "toples-pak-budi"

CURATOR = DemoAccount("kurator", "Bu Maya", "Showcase curator (approves brands)")
SELLER_USERNAMES = ["penjual", "penjual2", "penjual3", "penjual4"]


def _cleaned(label: str, colour: str, size=(960, 720)):
    data = draw_picture(label=label, colour=colour, size=size)
    return clean_image(SimpleUploadedFile("demo.jpg", io.BytesIO(data).getvalue()))


def _photo(item: dict, *, seed: int, size=(960, 720)):
    """A drawn product photo (marketplace/demo_images.py)."""
    data = draw_product(
        shape=item.get("shape", "jar"),
        colour=item["colour"],
        label=item["label"],
        size=size,
        seed=seed,
    )
    return clean_image(SimpleUploadedFile("demo.jpg", data))


def seed(stdout=None) -> dict:
    for position, item in enumerate(CATEGORIES):
        Category.objects.update_or_create(
            slug=item["slug"], defaults={"name": item["name"], "sort_order": position}
        )
    curator = demo_user_ensure(account=CURATOR)
    curator.groups.add(services.curators_group())
    accounts = [CURATOR]

    for username, data in zip(SELLER_USERNAMES, BRANDS, strict=False):
        account = DemoAccount(
            username, data["owner_display_name"], f"Seller ({data['name']})"
        )
        accounts.append(account)
        owner = demo_user_ensure(account=account)
        services.seller_approval_create(
            user=owner, approved_by=curator, note="Demo: lulus pelatihan"
        )
        brand = _brand_ensure(owner=owner, data=data)
        for item in data["products"]:
            product = _product_ensure(brand=brand, item=item)
            if data["slug"] == IN_REVIEW:
                services.product_submit(product=product)
            elif product.status != Product.Status.APPROVED:
                services.product_approve(
                    product=product,
                    reviewer=curator,
                    checklist=[key for key, _label in services.PRODUCT_CHECKLIST],
                )
        if data["slug"] == IN_REVIEW:
            services.brand_submit(brand=brand)
        elif brand.status != Brand.Status.APPROVED:
            services.brand_approve(
                brand=brand,
                reviewer=curator,
                checklist=[key for key, _label in services.BRAND_CHECKLIST],
            )

    for index, row in enumerate(INQUIRIES):
        brand_slug, product_slug, name, phone, email, quantity, message, reply = row
        product = Product.objects.get(brand__slug=brand_slug, slug=product_slug)
        inquiry = services.inquiry_create(
            product=product,
            token=uuid.uuid5(NAMESPACE, f"inquiry-{index}"),
            buyer_name=name,
            buyer_phone=phone,
            buyer_email=email,
            quantity=quantity,
            message=message,
        )
        if reply and not inquiry.replies.exists():
            services.inquiry_reply(inquiry=inquiry, message=reply)
    return {"accounts": accounts}


def _brand_ensure(*, owner, data: dict) -> Brand:
    brand = Brand.objects.filter(slug=data["slug"]).first()
    colour = data["products"][0]["colour"]
    if brand is None:
        brand = services.brand_create(
            owner=owner,
            name=data["name"],
            city=data["city"],
            tagline=data["tagline"],
            story=data["story"],
            logo=_cleaned(data["name"][:12], colour, size=(400, 400)),
            cover=_photo(
                {**data["products"][0], "label": data["name"]},
                seed=3,
                size=(1440, 720),
            ),
        )
        if brand.slug != data["slug"]:
            brand.slug = data["slug"]
            brand.save(update_fields=["slug"])
    return brand


def _product_ensure(*, brand: Brand, item: dict) -> Product:
    product = Product.objects.filter(brand=brand, slug=item["slug"]).first()
    if product is not None:
        return product
    product = services.product_create(
        brand=brand,
        data={
            "name": item["name"],
            "description": item["description"],
            "category": Category.objects.get(slug=item["category"]),
            "price": item["price"],
            "unit": UNITS.get(item["unit"], item["unit"]),
            "stock": item["stock"],
            "lead_time_days": item.get("lead_time_days"),
            "min_order": item["min_order"],
            "net_weight": item["net_weight"],
            "size": item["size"],
            "shelf_life": item["shelf_life"],
            "pirt_number": item["pirt"],
            "halal_number": item["halal"],
        },
        photos=[
            _photo(item, seed=1),
            _photo({**item, "colour": "#6b4f3a"}, seed=2),
        ],
    )
    if product.slug != item["slug"]:
        product.slug = item["slug"]
        product.save(update_fields=["slug"])
    return product
