import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from wagtail.models import Page

from courses.models import Certificate, CoursePage
from home.imaging import clean_image
from marketplace import selectors, services
from marketplace.forms import PriceField, ProductForm
from marketplace.models import Brand, Product, ProductPhoto, SellerApproval
from tests.factories import UserFactory
from tests.images import png_bytes

from .conftest import make_brand, make_product

pytestmark = pytest.mark.django_db


def _course(*, counts: bool) -> CoursePage:
    from courses.models import Topic

    root = Page.get_first_root_node()
    topic, _created = Topic.objects.get_or_create(name="Usaha", slug="usaha")
    course = CoursePage(
        topic=topic,
        title="Kemasan dan Merek",
        slug=f"kemasan-{int(counts)}",
        summary="Ringkas",
        counts_for_showcase=counts,
    )
    root.add_child(instance=course)
    return course


def test_learner_without_certificate_or_approval_cannot_open_a_brand():
    user = UserFactory()
    _course(counts=True)
    eligibility = selectors.seller_eligibility(user=user)
    assert not eligibility.eligible
    assert [course.title for course in eligibility.courses] == ["Kemasan dan Merek"]
    with pytest.raises(ValidationError):
        services.brand_create(owner=user, name="Toko", city="Kota Medan")
    assert not Brand.objects.exists()


def test_certificate_of_a_showcase_course_makes_a_learner_eligible():
    user = UserFactory()
    other = Certificate.objects.create(
        user=user, course=_course(counts=False), printed_name="R"
    )
    assert not selectors.seller_eligibility(user=user).eligible
    other.delete()
    certificate = Certificate.objects.create(
        user=user, course=_course(counts=True), printed_name="R"
    )
    assert selectors.seller_eligibility(user=user).eligible
    certificate.revoked_at = timezone.now()
    certificate.save()
    assert not selectors.seller_eligibility(user=user).eligible


def test_manual_approval_makes_a_learner_eligible_and_brand_create_is_idempotent():
    user = UserFactory()
    staff = UserFactory()
    services.seller_approval_create(user=user, approved_by=staff)
    services.seller_approval_create(user=user, approved_by=staff)
    assert SellerApproval.objects.filter(user=user).count() == 1
    first = services.brand_create(owner=user, name="Dapur Sari", city="Kab. Bandung")
    again = services.brand_create(owner=user, name="Dapur Sari", city="Kab. Bandung")
    assert first.pk == again.pk
    assert first.slug == "dapur-sari"
    assert first.status == Brand.Status.DRAFT
    assert not first.is_public


@pytest.mark.parametrize("raw", ["25000", "25.000", "Rp 25.000", "rp25.000"])
def test_price_accepts_indonesian_ways_of_writing(raw):
    assert PriceField().clean(raw) == 25000


@pytest.mark.parametrize(
    "raw", ["0", "1.000.000.001", "1e6", "-5", "25,50", "dua puluh", "25.00"]
)
def test_price_refuses_out_of_bounds_and_non_numbers(raw):
    with pytest.raises(ValidationError):
        PriceField().clean(raw)


def test_price_bounds_hold_in_the_model(product):
    product.price = 0
    with pytest.raises(ValidationError):
        product.full_clean()
    product.price = 1_000_000_001
    with pytest.raises(ValidationError):
        product.full_clean()
    product.price = 1_000_000_000
    product.full_clean()


def test_product_form_stores_price_as_whole_rupiah(category):
    form = ProductForm(
        data={
            "name": "Nastar",
            "category": category.pk,
            "description": "Lembut",
            "price": "Rp 85.000",
            "unit": "jar",
            "stock": "made_to_order",
            "lead_time_days": "3",
            "min_order": "1",
        },
        files={"new_photos": SimpleUploadedFile("a.png", png_bytes())},
    )
    assert form.is_valid(), form.errors
    assert form.cleaned_data["price"] == 85000


def test_editing_a_live_product_keeps_the_approved_version_public(
    product, image, seller
):
    services.product_update(
        product=product, data={"name": "Sambal Baru", "price": 99000}
    )
    product.refresh_from_db()
    assert product.status == Product.Status.SUBMITTED
    public = selectors.public_product_get(
        brand_slug=product.brand.slug, product_slug=product.slug
    )
    assert public.name == "Sambal Uji"
    assert public.price == 25000

    reviewer = UserFactory()
    services.product_approve(
        product=product,
        reviewer=reviewer,
        checklist=[key for key, _label in services.PRODUCT_CHECKLIST],
    )
    public = selectors.public_product_get(
        brand_slug=product.brand.slug, product_slug=product.slug
    )
    assert public.name == "Sambal Baru"
    assert public.price_display == "Rp 99.000"


def test_stock_change_applies_at_once_without_review(product):
    services.product_set_sold_out(product=product, sold_out=True)
    product.refresh_from_db()
    assert product.status == Product.Status.APPROVED
    public = selectors.public_product_get(
        brand_slug=product.brand.slug, product_slug=product.slug
    )
    assert public.stock == Product.Stock.SOLD_OUT


def test_approval_needs_the_whole_checklist(product):
    with pytest.raises(ValidationError):
        services.product_approve(
            product=product, reviewer=UserFactory(), checklist=["cover"]
        )


def test_request_changes_needs_a_message(product):
    with pytest.raises(ValidationError):
        services.product_request_changes(
            product=product, reviewer=UserFactory(), message=" "
        )


def test_photos_reorder_remove_and_at_most_eight(product, image):
    cleaned = clean_image(SimpleUploadedFile("b.png", png_bytes()))
    second = services.product_photo_add(product=product, cleaned=cleaned)
    services.product_photo_move(photo=second, to=0)
    order = list(
        ProductPhoto.objects.filter(product=product, in_draft=True).values_list(
            "pk", flat=True
        )
    )
    assert order[0] == second.pk
    # The approved gallery is unchanged until review.
    public = selectors.public_product_get(
        brand_slug=product.brand.slug, product_slug=product.slug
    )
    assert len(public.photos) == 1
    for _n in range(6):
        services.product_photo_add(
            product=product,
            cleaned=clean_image(SimpleUploadedFile("c.png", png_bytes())),
        )
    with pytest.raises(ValidationError):
        services.product_photo_add(
            product=product,
            cleaned=clean_image(SimpleUploadedFile("d.png", png_bytes())),
        )
    services.product_photo_remove(photo=second)
    assert product.photos.filter(in_draft=True).count() == 7


def test_duplicate_makes_a_draft_copy_with_photos(product):
    copy = services.product_duplicate(product=product)
    assert copy.pk != product.pk
    assert copy.status == Product.Status.DRAFT
    assert copy.published_at is None
    assert copy.photos.count() == 1
    assert copy.slug != product.slug


def test_centre_brand_needs_the_centres_confirmation(image, category):
    from django.contrib.auth.models import Group

    from accounts.models import Centre

    centre = Centre.objects.create(name="Balai Uji", slug="balai-uji", city="Bogor")
    owner = UserFactory(centre=centre)
    brand = make_brand(owner=owner, centre=centre)
    make_product(brand=brand, image=image, category=category)
    assert not brand.is_public
    assert selectors.products_public().count() == 0

    outsider = UserFactory()
    with pytest.raises(ValidationError):
        services.brand_centre_confirm(brand=brand, staff=outsider)

    staff = UserFactory(centre=centre)
    staff.groups.add(Group.objects.get(name="Centre staff"))
    services.brand_centre_confirm(brand=brand, staff=staff)
    brand.refresh_from_db()
    assert brand.is_public
    assert selectors.products_public().count() == 1


def test_suspended_brand_hides_all_its_products(product):
    services.brand_suspend(brand=product.brand, reviewer=UserFactory(), message="x")
    assert selectors.products_public().count() == 0


def test_business_plan_prefills_a_new_brand():
    from courses.models import BusinessPlan

    user = UserFactory()
    BusinessPlan.objects.create(
        user=user, business_name="Keripik Rina", value="Renyah tanpa pengawet"
    )
    initial = selectors.business_plan_initial(user=user)
    assert initial["name"] == "Keripik Rina"
    assert "Renyah" in initial["story"]


def test_reply_to_a_phone_only_buyer_goes_by_sms(
    product, django_capture_on_commit_callbacks
):
    from accounts import sms
    from marketplace.models import Inquiry, InquiryReply
    from marketplace.services import inquiry_reply

    sms.outbox.clear()
    inquiry = Inquiry.objects.create(
        product=product,
        brand=product.brand,
        buyer_name="Pembeli",
        buyer_phone="081234567890",
        quantity=1,
        message="Bisa kirim ke Bandung?",
    )
    with django_capture_on_commit_callbacks(execute=True):
        reply = inquiry_reply(
            inquiry=inquiry, message="Bisa, ongkir Rp 15.000.", product_url="http://x/p"
        )
    assert len(sms.outbox) == 1
    assert sms.outbox[0].phone == "081234567890"
    assert "Bisa, ongkir Rp 15.000." in sms.outbox[0].message
    assert "Dapur Uji" in sms.outbox[0].message
    # The seller's own contact is not in the message.
    assert product.brand.owner.email not in sms.outbox[0].message
    assert InquiryReply.objects.get(pk=reply.pk).emailed is True
