"""One definition of public: every public page, list and count agrees with
``Brand.objects.public()`` / ``Product.objects.public()``.

A brand is public once approved (``published_at``), unless suspended or still
waiting for its centre's confirmation; an edit under review keeps the approved
version public. A product is public when it has an approved version, is not
archived and its brand is public.
"""

from __future__ import annotations

import itertools
import re
import uuid
from dataclasses import dataclass

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext, override

from accounts.models import Centre
from marketplace import labels, selectors, services
from marketplace.models import Brand, Inquiry, Product
from tests.factories import UserFactory

from .conftest import make_brand, make_product, publish

pytestmark = pytest.mark.django_db

BrandStatus = Brand.Status


def product_url(product: Product) -> str:
    return reverse(
        "marketplace:product_detail", args=[product.brand.slug, product.slug]
    )


def brand_url(brand: Brand) -> str:
    return reverse("marketplace:brand_detail", args=[brand.slug])


def text(msgid: str) -> str:
    """A message as the (Indonesian) pages show it, whatever its translation."""
    with override("id"):
        return gettext(msgid).replace("'", "&#x27;")


def shows(html: str, text: str) -> bool:
    """``text`` appears as a whole (not as the start of a longer name)."""
    return re.search(rf"(?<![\w-]){re.escape(text)}(?![\w-])", html) is not None


# --- The rule, over every combination of states ---


def test_brand_is_public_agrees_with_the_queryset_for_every_state():
    centre = Centre.objects.create(name="Balai", slug="balai", city="Bogor")
    now = timezone.now()
    combinations = list(
        itertools.product(
            BrandStatus.values,  # status
            (None, now),  # published_at
            (None, centre),  # centre
            (None, now),  # centre_confirmed_at
        )
    )
    for n, (status, published_at, brand_centre, confirmed_at) in enumerate(
        combinations
    ):
        Brand.objects.create(
            owner=UserFactory(),
            name=f"B{n}",
            slug=f"b{n}",
            city="Bogor",
            status=status,
            published_at=published_at,
            centre=brand_centre,
            centre_confirmed_at=confirmed_at,
        )
    public = set(Brand.objects.public().values_list("pk", flat=True))
    brands = list(Brand.objects.order_by("pk"))
    assert len(brands) == len(combinations) == 40
    for brand in brands:
        expected = (
            brand.published_at is not None
            and brand.status != BrandStatus.SUSPENDED
            and (brand.centre_id is None or brand.centre_confirmed_at is not None)
        )
        state = (brand.status, brand.published_at, brand.centre_id)
        assert brand.is_public is expected, state
        assert (brand.pk in public) is expected, state
        assert (brand.hidden_reason == "") is expected, state
    # Sanity: both outcomes occur, and an edit under review stays public.
    assert 0 < len(public) < len(brands)
    assert Brand.objects.public().filter(status=BrandStatus.SUBMITTED).exists()


def test_product_is_public_agrees_with_the_queryset_for_every_state(category):
    centre = Centre.objects.create(name="Balai", slug="balai", city="Bogor")
    now = timezone.now()
    brands = [
        Brand.objects.create(
            owner=UserFactory(),
            name=f"B{n}",
            slug=f"b{n}",
            city="Bogor",
            status=status,
            published_at=published_at,
            centre=brand_centre,
            centre_confirmed_at=confirmed_at,
        )
        for n, (status, published_at, brand_centre, confirmed_at) in enumerate(
            [
                (BrandStatus.DRAFT, None, None, None),
                (BrandStatus.SUBMITTED, None, None, None),
                (BrandStatus.APPROVED, now, None, None),
                (BrandStatus.APPROVED, now, centre, None),
                (BrandStatus.APPROVED, now, centre, now),
                (BrandStatus.SUBMITTED, now, None, None),
                (BrandStatus.CHANGES_REQUESTED, now, centre, now),
                (BrandStatus.SUSPENDED, now, None, None),
            ]
        )
    ]
    product_states = list(
        itertools.product(
            brands,
            Product.Status.values,
            (None, now),  # published_at
            (None, now),  # archived_at
        )
    )
    Product.objects.bulk_create(
        Product(
            brand=brand,
            category=category,
            name=f"P{n}",
            slug=f"p{n}",
            description="d",
            price=1000,
            status=status,
            published_at=published_at,
            archived_at=archived_at,
        )
        for n, (brand, status, published_at, archived_at) in enumerate(product_states)
    )
    public = set(Product.objects.public().values_list("pk", flat=True))
    live = set(Product.objects.live().values_list("pk", flat=True))
    products = list(Product.objects.select_related("brand"))
    assert len(products) == len(product_states) == 8 * 16
    for product in products:
        own = product.published_at is not None and product.archived_at is None
        state = (product.brand.name, product.status, own)
        assert product.is_live is own is (product.pk in live), state
        expected = own and product.brand.is_public
        assert product.is_public is expected, state
        assert (product.pk in public) is expected, state
    assert 0 < len(public) < len(live) < len(products)


# --- A showcase with one brand or product in each state ---


@dataclass
class World:
    brands: dict[str, Brand]
    products: dict[str, Product]
    public_brands: set[str]
    public_products: set[str]


@pytest.fixture
def world(image, category) -> World:
    centre = Centre.objects.create(name="Balai Uji", slug="balai-uji", city="Bogor")
    now = timezone.now()

    def brand(label: str, *, live: bool, **fields) -> Brand:
        made = make_brand(live=live, name=f"Merek {label}", slug=f"m-{label}", **fields)
        made.public_name = made.public_name or made.name  # as if once approved
        made.save()
        return made

    brands = {
        "draft": brand("draft", live=False),
        "submitted": brand("submitted", live=False, status=BrandStatus.SUBMITTED),
        "changes": brand("changes", live=False, status=BrandStatus.CHANGES_REQUESTED),
        "waiting": brand("waiting", live=True, centre=centre),
        "confirmed": brand(
            "confirmed", live=True, centre=centre, centre_confirmed_at=now
        ),
        "plain": brand("plain", live=True),
        "editing": brand("editing", live=True),
        "relive": brand("relive", live=True),
        "suspended": brand("suspended", live=True),
        "suspended2": brand(
            "suspended2", live=True, centre=centre, centre_confirmed_at=now
        ),
    }
    # A live brand whose edit is under review: buyers keep the approved name.
    editing = brands["editing"]
    editing.name = "Merek Baru Belum Disetujui"
    editing.status = BrandStatus.SUBMITTED
    editing.save()
    brands["relive"].status = BrandStatus.CHANGES_REQUESTED
    brands["relive"].save()
    for label in ("suspended", "suspended2"):
        brands[label].status = BrandStatus.SUSPENDED
        brands[label].save()

    products = {}
    for label, owner_brand in brands.items():
        products[label] = make_product(
            brand=owner_brand,
            image=image,
            category=category,
            name=f"Kue {label}",
            slug=f"kue-{label}",
        )

    def product(label: str, **fields) -> Product:
        made = make_product(
            brand=brands["plain"],
            image=image,
            category=category,
            name=f"Kue {label}",
            slug=f"kue-{label}",
            **fields,
        )
        for name in Product.REVIEWED_FIELDS:  # a snapshot that must stay hidden
            setattr(made, f"public_{name}", getattr(made, name))
        made.save()
        return made

    products["p-draft"] = product("p-draft", live=False)
    products["p-submitted"] = product(
        "p-submitted", live=False, status=Product.Status.SUBMITTED
    )
    products["p-archived"] = product("p-archived", archived_at=now)
    products["p-editing"] = product("p-editing")
    products["p-editing"].name = "Kue Baru Belum Disetujui"
    products["p-editing"].status = Product.Status.SUBMITTED
    products["p-editing"].save()
    products["p-soldout"] = product("p-soldout", stock=Product.Stock.SOLD_OUT)

    public_brands = {"confirmed", "plain", "editing", "relive"}
    return World(
        brands=brands,
        products=products,
        public_brands=public_brands,
        public_products=public_brands | {"p-editing", "p-soldout"},
    )


def test_world_matches_the_querysets(world):
    brand_pks = set(Brand.objects.public().values_list("pk", flat=True))
    product_pks = set(Product.objects.public().values_list("pk", flat=True))
    assert brand_pks == {world.brands[label].pk for label in world.public_brands}
    assert product_pks == {world.products[label].pk for label in world.public_products}
    assert set(selectors.brands_public()) == set(Brand.objects.public())
    assert set(selectors.products_public()) == set(Product.objects.public())


def test_product_and_brand_pages_open_only_when_public(client, world):
    for label, product in world.products.items():
        expected = 200 if label in world.public_products else 404
        assert client.get(product_url(product)).status_code == expected, label
    for label, brand in world.brands.items():
        expected = 200 if label in world.public_brands else 404
        assert client.get(brand_url(brand)).status_code == expected, label


def test_showcase_and_search_list_exactly_the_public_products(client, world):
    showcase = client.get(reverse("marketplace:showcase")).content.decode()
    search = client.get(reverse("marketplace:showcase"), {"q": "Kue"})
    assert search.status_code == 200
    search_html = search.content.decode()
    for label in world.products:
        expected = label in world.public_products
        assert shows(showcase, f"Kue {label}") is expected, label
        assert shows(search_html, f"Kue {label}") is expected, label
    # The brand filter offers only public brands.
    for label in world.brands:
        assert shows(showcase, f"Merek {label}") is (label in world.public_brands)
    assert selectors.search_product_ids("Kue") and set(
        selectors.search_product_ids("Kue")
    ) == {world.products[label].pk for label in world.public_products}


def test_a_brand_under_review_shows_its_approved_version(client, world):
    brand = world.brands["editing"]
    html = client.get(brand_url(brand)).content.decode()
    assert shows(html, "Merek editing")
    assert "Belum Disetujui" not in html
    assert shows(html, "Kue editing")
    product_html = client.get(product_url(world.products["p-editing"])).content
    assert b"Kue p-editing" in product_html
    assert b"Belum Disetujui" not in product_html


def test_brand_page_lists_only_its_public_products(client, world):
    html = client.get(brand_url(world.brands["plain"])).content.decode()
    for label in ("plain", "p-editing", "p-soldout"):
        assert shows(html, f"Kue {label}"), label
    for label in ("p-draft", "p-submitted", "p-archived"):
        assert not shows(html, f"Kue {label}"), label


def test_sitemap_lists_exactly_the_public_pages(client, world):
    xml = client.get("/sitemap.xml").content.decode()
    for label, product in world.products.items():
        listed = f"{product_url(product)}</loc>" in xml
        assert listed is (label in world.public_products), label
    for label, brand in world.brands.items():
        listed = f"{brand_url(brand)}</loc>" in xml
        assert listed is (label in world.public_brands), label


def test_home_page_counts_and_features_only_public_items(client, site_root, world):
    assert selectors.showcase_counts() == {
        "brands": len(world.public_brands),
        "products": len(world.public_products),
    }
    featured = {p.pk for p in selectors.featured_products(limit=50)}
    assert featured == {world.products[label].pk for label in world.public_products}
    html = client.get("/").content.decode().replace("\n", "").replace(" ", "")
    assert f'data-impact="products">{len(world.public_products)}<' in html


def test_opengraph_and_schema_data_only_on_public_pages(client, world):
    public = client.get(product_url(world.products["plain"])).content.decode()
    assert 'property="og:title"' in public
    assert 'itemtype="https://schema.org/Product"' in public
    hidden = client.get(product_url(world.products["waiting"]))
    assert hidden.status_code == 404
    # Every page has the site's generic Open Graph data; none of the product's.
    assert world.products["waiting"].name not in hidden.content.decode()
    assert b'content="product"' not in hidden.content
    assert b"schema.org" not in hidden.content


def test_inquiries_reach_only_public_products(client, world):
    for n, (label, product) in enumerate(world.products.items()):
        response = client.post(
            reverse(
                "marketplace:product_inquiry", args=[product.brand.slug, product.slug]
            ),
            {
                "token": str(uuid.uuid4()),
                "buyer_name": "Dewi",
                "buyer_email": "dewi@example.com",
                "buyer_phone": "",
                "quantity": "1",
                "message": "Masih ada?",
                "website": "",
            },
            REMOTE_ADDR=f"10.0.0.{n}",
        )
        expected = 302 if label in world.public_products else 404
        assert response.status_code == expected, label
    assert Inquiry.objects.count() == len(world.public_products)
    assert set(Inquiry.objects.values_list("product__slug", flat=True)) == {
        world.products[label].slug for label in world.public_products
    }


def test_inquiry_service_refuses_a_product_buyers_cannot_see(world):
    for label in ("waiting", "suspended", "p-archived", "p-draft"):
        with pytest.raises(ValidationError):
            services.inquiry_create(
                product=world.products[label],
                token=uuid.uuid4(),
                buyer_name="Dewi",
                buyer_phone="",
                buyer_email="dewi@example.com",
                quantity=1,
                message="Masih ada?",
            )
    assert not Inquiry.objects.exists()


def test_labels_point_only_at_public_pages(client, world):
    for label, product in world.products.items():
        target = labels.label_target(product=product)
        if label in world.public_products:
            assert target == product_url(product)
            assert client.get(target).status_code == 200
        else:
            assert target is None, label
    for label, brand in world.brands.items():
        offered = set(selectors.label_products(user=brand.owner))
        assert offered == {
            p for p in Product.objects.public() if p.brand_id == brand.pk
        }, label


def test_label_page_says_clearly_what_is_not_public_yet(client, world):
    client.force_login(world.brands["waiting"].owner)
    html = client.get(reverse("marketplace:label_sheet")).content.decode()
    assert 'id="brand-not-public"' in html
    assert (
        text(
            "Your brand is approved, but your centre still has to confirm it. "
            "Labels can be printed once buyers can see it."
        )
        in html
    )
    assert 'name="product"' not in html  # nothing to print
    assert 'id="waiting-products"' in html and "Kue waiting" in html
    response = client.post(
        reverse("marketplace:label_sheet"),
        {"product": world.products["waiting"].pk, "count": "1"},
    )
    assert response["Content-Type"].startswith("text/html")  # no PDF

    client.force_login(world.brands["suspended"].owner)
    html = client.get(reverse("marketplace:label_sheet")).content.decode()
    assert (
        text(
            "Your brand is suspended, so buyers cannot see its pages. "
            "Labels cannot be printed now."
        )
        in html
    )

    client.force_login(world.brands["draft"].owner)
    html = client.get(reverse("marketplace:label_sheet")).content.decode()
    assert (
        text(
            "Your brand is not public yet: it must be approved first. "
            "Labels can be printed once buyers can see it."
        )
        in html
    )

    client.force_login(world.brands["plain"].owner)
    html = client.get(reverse("marketplace:label_sheet")).content.decode()
    assert 'id="brand-not-public"' not in html
    options = re.findall(r'<option value="\d+"[^>]*>([^<]+)</option>', html)
    assert sorted(options) == ["Kue p-editing", "Kue p-soldout", "Kue plain"]
    waiting = html.split('id="waiting-products"')[1].split("</ul>")[0]
    for label in ("p-draft", "p-submitted"):
        assert f"Kue {label}" in waiting
    assert "Kue p-archived" not in waiting  # archived: the seller chose to hide it


def test_seller_dashboard_marks_live_only_what_buyers_see(client, world):
    live = f'<span class="badge">{text("Live")}</span>'
    client.force_login(world.brands["waiting"].owner)
    html = client.get(reverse("marketplace:dashboard")).content.decode()
    assert brand_url(world.brands["waiting"]) not in html  # no public page yet
    assert (
        text("Approved. Your centre still has to confirm before buyers see your brand.")
        in html
    )
    assert live not in html
    client.force_login(world.brands["editing"].owner)
    html = client.get(reverse("marketplace:dashboard")).content.decode()
    assert brand_url(world.brands["editing"]) in html
    assert live in html


# --- The staff funnel ---


def _inquire(product: Product) -> Inquiry:
    """An inquiry stored as if it arrived while the product was public."""
    return Inquiry.objects.create(
        product=product,
        brand=product.brand,
        buyer_name="Dewi",
        buyer_email="dewi@example.com",
        message="Masih ada?",
    )


def test_funnel_counts_exactly_what_a_buyer_can_see(world):
    for label in ("plain", "editing", "waiting", "suspended", "draft"):
        _inquire(world.products[label])
    owners = {label: brand.owner_id for label, brand in world.brands.items()}
    outsider = UserFactory()
    funnel = selectors.showcase_funnel(
        user_ids=[*owners.values(), outsider.pk, 999_999]
    )
    assert funnel["brand"] == {owners[label] for label in world.public_brands}
    # Every public brand of the world has a public product of its own.
    assert funnel["product"] == {owners[label] for label in world.public_brands}
    assert funnel["inquiry"] == {owners["plain"], owners["editing"]}
    assert (
        set(selectors.brands_public().values_list("owner_id", flat=True))
        == (funnel["brand"])
    )


def test_funnel_product_needs_a_public_product_not_only_a_public_brand(image, category):
    brand = make_brand()
    draft = make_product(brand=brand, image=image, category=category, live=False)
    funnel = selectors.showcase_funnel(user_ids=[brand.owner_id])
    assert funnel == {"brand": {brand.owner_id}, "product": set(), "inquiry": set()}
    publish(draft)
    funnel = selectors.showcase_funnel(user_ids=[brand.owner_id])
    assert funnel["product"] == {brand.owner_id}
    services.product_archive(product=draft, archived=True)
    funnel = selectors.showcase_funnel(user_ids=[brand.owner_id])
    assert funnel["product"] == set()


def test_funnel_runs_a_fixed_number_of_queries(
    image, category, django_assert_num_queries
):
    def seller_with_inquiry() -> int:
        product = make_product(brand=make_brand(), image=image, category=category)
        _inquire(product)
        return product.brand.owner_id

    few = [seller_with_inquiry()]
    with django_assert_num_queries(1):
        funnel = selectors.showcase_funnel(user_ids=few)
    assert funnel["inquiry"] == set(few)
    many = few + [seller_with_inquiry() for _ in range(15)]
    many += [UserFactory().pk for _ in range(10)]
    with django_assert_num_queries(1):
        funnel = selectors.showcase_funnel(user_ids=many)
    assert len(funnel["brand"]) == len(funnel["product"]) == 16
    assert len(funnel["inquiry"]) == 16
    with django_assert_num_queries(0):
        assert selectors.showcase_funnel(user_ids=[]) == {
            "brand": set(),
            "product": set(),
            "inquiry": set(),
        }


# --- Through the real review steps ---


def test_review_steps_decide_what_buyers_see(client, image, category):
    """Curator approval alone is not enough for a centre's graduate; once the
    centre confirms, brand and product are public; an edit under review keeps
    the approved version public; a suspension hides everything at once."""
    centre = Centre.objects.create(name="Balai Uji", slug="balai-uji", city="Bogor")
    owner = UserFactory(centre=centre)
    brand = make_brand(
        owner=owner, live=False, centre=centre, name="Dapur Awal", slug="dapur-awal"
    )
    product = make_product(
        brand=brand, image=image, category=category, live=False, name="Sambal Awal"
    )
    curator = UserFactory()
    services.brand_approve(
        brand=brand,
        reviewer=curator,
        checklist=[key for key, _label in services.BRAND_CHECKLIST],
    )
    services.product_approve(
        product=product,
        reviewer=curator,
        checklist=[key for key, _label in services.PRODUCT_CHECKLIST],
    )
    brand.refresh_from_db()
    product.refresh_from_db()
    assert brand.published_at and product.published_at
    # Approved by the curator, not yet confirmed by the centre: not public.
    assert not brand.is_public and not product.is_public
    assert client.get(brand_url(brand)).status_code == 404
    assert client.get(product_url(product)).status_code == 404
    assert selectors.showcase_funnel(user_ids=[owner.pk])["brand"] == set()

    brand.centre_confirmed_at = timezone.now()  # what brand_centre_confirm stores
    brand.save()
    assert client.get(brand_url(brand)).status_code == 200
    assert client.get(product_url(product)).status_code == 200
    assert selectors.showcase_funnel(user_ids=[owner.pk])["product"] == {owner.pk}

    services.brand_update(brand=brand, data={"name": "Dapur Baru"})
    brand.refresh_from_db()
    assert brand.status == BrandStatus.SUBMITTED
    html = client.get(brand_url(brand)).content.decode()
    assert "Dapur Awal" in html and "Dapur Baru" not in html
    assert selectors.showcase_funnel(user_ids=[owner.pk])["brand"] == {owner.pk}
    assert Product.objects.public().filter(pk=product.pk).exists()

    services.brand_suspend(brand=brand, reviewer=curator, message="Foto wajah")
    assert client.get(brand_url(brand)).status_code == 404
    assert client.get(product_url(product)).status_code == 404
    assert selectors.showcase_counts() == {"brands": 0, "products": 0}
    assert selectors.showcase_funnel(user_ids=[owner.pk]) == {
        "brand": set(),
        "product": set(),
        "inquiry": set(),
    }
