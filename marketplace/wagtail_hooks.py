"""Curation in the Wagtail admin: review queues, categories, centre settings."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.admin.ui.tables import Column, DateColumn, StatusFlagColumn
from wagtail.admin.views.generic import CreateView, InspectView
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from home.setup import DEMO_SEED_HOOK, SITE_SETUP_HOOK

from . import demo, selectors, services
from .forms import ReviewForm
from .models import Brand, Category, CentreShowcaseSettings, Product, SellerApproval
from .services._common import CURATE_SHOWCASE, showcase_site_setup, user_may_curate


class CurationPermissionPolicy(ModelPermissionPolicy):
    """Brands and products in the admin are the curators' review queues: one
    permission, "marketplace.curate_showcase", lets a user list and review
    them. Nobody adds or deletes them there (sellers do, on the site)."""

    actions = frozenset({"view", "change"})

    def __init__(self, model):
        super().__init__(model, auth_model=Brand)

    def _get_permission_codename(self, action):
        return CURATE_SHOWCASE.split(".", 1)[1]

    def user_has_permission(self, user, action):
        return action in self.actions and user_may_curate(user)

    def users_with_any_permission(self, actions):
        if not self.actions.intersection(actions):
            return get_user_model().objects.none()
        return super().users_with_any_permission(actions)


register_permission_policy(Brand, CurationPermissionPolicy(Brand))
register_permission_policy(Product, CurationPermissionPolicy(Product))


class ReviewView(InspectView):
    """The reviewer sees the edited and the public version side by side, ticks
    the quality checklist and approves or requests changes with a message."""

    kind = "product"
    template_name = "marketplace/admin/review.html"
    page_title = gettext_lazy("Review")
    permission_required = "change"
    any_permission_required = None
    fields = ["name"]
    form = None

    def get_object(self, queryset=None):
        obj = super().get_object(queryset)
        if self.kind == "product":
            return Product.objects.select_related("brand", "category").get(pk=obj.pk)
        return obj

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        obj = self.object
        context.update(
            {
                "kind": self.kind,
                "form": self.form or ReviewForm(kind=self.kind),
                "logs": obj.review_logs.select_related("reviewer")[:10],
            }
        )
        if self.kind == "product":
            context["draft_photos"] = obj.photos.filter(in_draft=True).select_related(
                "image"
            )
            context["public_photos"] = (
                obj.photos.filter(in_public=True)
                .select_related("image")
                .order_by("public_position")
            )
        return context

    def post(self, request, *args, **kwargs):
        form = ReviewForm(request.POST, kind=self.kind)
        if form.is_valid():
            data = form.cleaned_data
            approve = data["decision"] == "approve"
            suspend = data["decision"] == "suspend"
            try:
                if suspend:
                    services.brand_suspend(
                        brand=self.object,
                        reviewer=request.user,
                        message=data["message"],
                    )
                elif self.kind == "brand":
                    if approve:
                        services.brand_approve(
                            brand=self.object,
                            reviewer=request.user,
                            checklist=data["checklist"],
                            message=data["message"],
                        )
                    else:
                        services.brand_request_changes(
                            brand=self.object,
                            reviewer=request.user,
                            message=data["message"],
                            checklist=data["checklist"],
                        )
                elif approve:
                    services.product_approve(
                        product=self.object,
                        reviewer=request.user,
                        checklist=data["checklist"],
                        message=data["message"],
                    )
                else:
                    services.product_request_changes(
                        product=self.object,
                        reviewer=request.user,
                        message=data["message"],
                        checklist=data["checklist"],
                    )
            except ValidationError as error:
                form.add_error(None, error)
            else:
                if suspend:
                    done = _("The brand is suspended and hidden from the showcase.")
                elif approve:
                    done = _("Approved.")
                else:
                    done = _("The seller was asked for changes.")
                messages.success(request, done)
                return redirect(self.index_url_name)
        self.form = form
        return self.get(request, *args, **kwargs)


class BrandReviewView(ReviewView):
    kind = "brand"


class ReviewViewSet(ModelViewSet):
    """The review queue: the edit link opens the review, nothing else edits."""

    edit_view_class = ReviewView
    copy_view_enabled = False
    add_to_admin_menu = False
    search_backend_name = None
    search_fields = ["name"]

    def get_common_view_kwargs(self, **kwargs):
        # Brands and products are created by sellers only: no "Add" button.
        return {
            **super().get_common_view_kwargs(**kwargs),
            "add_url_name": None,
            "delete_url_name": None,
        }

    def get_urlpatterns(self):
        return [
            pattern
            for pattern in super().get_urlpatterns()
            if pattern.name not in ("add", "delete")
        ]

    def get_edit_view_kwargs(self, **kwargs):
        return {"template_name": ReviewView.template_name, **kwargs}

    def get_form_fields(self):
        return ["status"]

    def get_queryset(self, request):
        return self.model.objects.order_by("-submitted_at")


class BrandReviewViewSet(ReviewViewSet):
    model = Brand
    edit_view_class = BrandReviewView
    icon = "tag"
    menu_label = gettext_lazy("Brands")
    list_filter = ["status", "centre"]
    list_display = [
        "name",
        StatusFlagColumn(
            "is_public",
            label=gettext_lazy("Public"),
            true_label=gettext_lazy("Live"),
            false_label=gettext_lazy("Not public"),
        ),
        Column("get_status_display", label=gettext_lazy("Status")),
        "city",
        "centre",
        DateColumn("submitted_at", label=gettext_lazy("Submitted")),
    ]

    def get_queryset(self, request):
        return Brand.objects.select_related("centre").order_by("-submitted_at")


class ProductReviewViewSet(ReviewViewSet):
    model = Product
    icon = "pick"
    menu_label = gettext_lazy("Products")
    list_filter = ["status", "brand__centre", "category"]
    list_display = [
        "name",
        "brand",
        Column("get_status_display", label=gettext_lazy("Status")),
        StatusFlagColumn(
            "is_live",
            label=gettext_lazy("Public version"),
            true_label=gettext_lazy("Live"),
            false_label=gettext_lazy("Not public"),
        ),
        DateColumn("submitted_at", label=gettext_lazy("Submitted")),
    ]

    def get_queryset(self, request):
        return Product.objects.select_related("brand", "category").order_by(
            "-submitted_at"
        )


class SellerApprovalForm(WagtailAdminModelForm):
    """Who may sell: the person is chosen once; the approver is the signed-in
    curator (recorded by the view), never the person herself."""

    class Meta:
        model = SellerApproval
        fields = ["user", "note"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["user"].disabled = True

    def clean_user(self):
        user = self.cleaned_data["user"]
        if not self.instance.pk and self.for_user is not None:
            services.seller_approval_check(user=user, approved_by=self.for_user)
        return user


class SellerApprovalCreateView(CreateView):
    def save_instance(self):
        self.form.instance.approved_by = self.request.user
        return super().save_instance()


class SellerApprovalViewSet(ModelViewSet):
    model = SellerApproval
    icon = "user"
    menu_label = gettext_lazy("Seller approvals")
    edit_handler = ObjectList(
        [FieldPanel("user"), FieldPanel("note")], base_form_class=SellerApprovalForm
    )
    add_view_class = SellerApprovalCreateView
    list_display = ["user", "note", "approved_by", DateColumn("created_at")]
    copy_view_enabled = False


class CentreShowcaseSettingsViewSet(ModelViewSet):
    model = CentreShowcaseSettings
    icon = "cog"
    menu_label = gettext_lazy("Centre WhatsApp relay")
    form_fields = ["centre", "whatsapp_relay", "relay_enabled"]
    list_display = ["centre", "whatsapp_relay", "relay_enabled"]
    copy_view_enabled = False


class ShowcaseGroup(ModelViewSetGroup):
    menu_label = gettext_lazy("Showcase")
    menu_icon = "site"
    menu_order = 250
    items = (
        BrandReviewViewSet("brand_review"),
        ProductReviewViewSet("product_review"),
        SellerApprovalViewSet("seller_approval"),
        CentreShowcaseSettingsViewSet("centre_showcase_settings"),
    )


class CategoryViewSet(SnippetViewSet):
    model = Category
    icon = "list-ul"
    menu_label = gettext_lazy("Product categories")
    list_display = ["name", "slug", "sort_order"]
    add_to_admin_menu = False


@hooks.register("register_admin_viewset")
def register_showcase_viewsets():
    return ShowcaseGroup()


register_snippet(CategoryViewSet)


# manage.py site_setup and seed_demo (home/setup.py): after courses (20) and
# centres (30), whose people and certificates the demo sellers need.
@hooks.register(SITE_SETUP_HOOK, order=40)
def showcase_setup_step(*, home) -> None:
    showcase_site_setup()


hooks.register(DEMO_SEED_HOOK, demo.seed, order=40)


# --- what the home page and the menus show from the showcase (home.selectors) ---


@hooks.register("berdaya_impact_numbers")
def impact_numbers() -> dict[str, int]:
    return selectors.showcase_counts()


@hooks.register("berdaya_home_featured")
def home_featured(request) -> dict:
    return {"featured_products": selectors.featured_products(limit=4)}


@hooks.register("berdaya_site_navigation")
def site_navigation(request, root) -> dict:
    return {"menu_shop_url": reverse("marketplace:showcase")}
