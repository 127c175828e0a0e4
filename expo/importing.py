"""Exhibitors to and from CSV, through the shared import core (`wimc_site.importing`).

One row per exhibitor. The `area` column names the exhibition area (its slug) the exhibitor goes
under; a re-import that names another area moves it there. Products are written one per line as
"name | description"; on re-import a product keeps its photo (attached in the admin) as long as its
name stays the same. Logos come in an optional zip, matched by file name.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator, validate_email
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from expo.models import ExhibitorPage, ExhibitorProduct, ExpoAreaPage, ExpoIndexPage, ExpoIndustry, Region
from expo.permissions import EXPO_COLLECTION
from wimc_site.importing import (
    ImportFileError,
    PageImport,
    parse_choice,
    parse_text,
    parse_years,
    plan_image,
    split_at_bar,
)
from wimc_site.models import ConferenceEdition
from wimc_site.permissions import get_or_create_child_collection

COLUMNS = [
    "exhibitor_key",
    "name",
    "chinese_name",
    "area",
    "industry",
    "region",
    "pitch",
    "profile",
    "website",
    "video",
    "contact_email",
    "editions",
    "products",
    "logo",
]
REQUIRED_COLUMNS = ["exhibitor_key", "name", "area"]
# Column -> model field, for the plain text columns, with their length limits.
TEXT_FIELDS = {
    "name": ("title", 255),
    "chinese_name": ("chinese_name", 200),
    "pitch": ("pitch", 200),
    "profile": ("profile", 10000),
}
MULTILINE = {"profile"}
URL_FIELDS = {"website": "website", "video": "video_url"}
MAX_PRODUCTS = 50
PRODUCT_NAME_LENGTH = 200
PRODUCT_DESCRIPTION_LENGTH = 2000


def parse_url(plan, column, value):
    url = value.strip()
    if not url:
        return ""
    try:
        URLValidator(schemes=["http", "https"])(url)
    except ValidationError:
        plan.error(column, _('"%(url)s" is not a web address') % {"url": url[:80]})
        return url
    if len(url) > 500:
        plan.error(column, _("longer than %(limit)s characters") % {"limit": 500})
    return url


def parse_email(plan, column, value):
    email = value.strip()
    if email:
        try:
            validate_email(email)
        except ValidationError:
            plan.error(column, _('"%(email)s" is not an e-mail address') % {"email": email[:80]})
    return email


def parse_region(plan, column, value):
    """A region by its slug ("jiangsu") or English name ("Jiangsu"); empty for none."""
    word = value.strip().lower()
    if not word:
        return ""
    for slug, label in Region.choices:
        if word in (slug, str(label).lower()):
            return slug
    plan.error(
        column,
        _('unknown region "%(value)s"; use a province such as jiangsu, or abroad') % {"value": value[:40]},
    )
    return ""


def parse_products(plan, column, value):
    """(name, description) pairs from lines written "name | description"."""
    products = []
    for line in filter(None, (line.strip() for line in value.splitlines())):
        name, description = split_at_bar(line)
        name, description = " ".join(name.split()), description.strip()
        if not name:
            plan.error(column, _("a product line needs a name before the |"))
        elif len(name) > PRODUCT_NAME_LENGTH or len(description) > PRODUCT_DESCRIPTION_LENGTH:
            plan.error(column, _("a product's name or description is too long"))
        else:
            products.append((name, description))
    if len(products) > MAX_PRODUCTS:
        plan.error(column, _("at most %(n)s products per exhibitor") % {"n": MAX_PRODUCTS})
    names = [name for name, _description in products]
    if len(set(names)) != len(names):
        plan.error(column, _("two products have the same name"))
    return products


class ExhibitorImport(PageImport):
    columns = COLUMNS
    required_columns = REQUIRED_COLUMNS
    key_column = "exhibitor_key"
    noun = gettext_lazy("exhibitors")
    image_column = "logo"
    page_model = ExhibitorPage
    key_field = "exhibitor_key"

    def __init__(self, index, images=None):
        super().__init__(index, images=images)
        areas = ExpoAreaPage.objects.child_of(index).order_by("path")
        self.areas = {area.slug: area for area in areas}
        self.areas_by_path = {area.path: area for area in areas}
        self.industries = {i.slug: i for i in ExpoIndustry.objects.filter(locale_id=index.locale_id)}
        self.editions = {e.year: e for e in ConferenceEdition.objects.filter(locale_id=index.locale_id)}

    def area_of(self, page):
        return self.areas_by_path.get(page.path[: -ExhibitorPage.steplen])

    def prefetch(self, pages):
        return pages.select_related("industry").prefetch_related("products", "editions")

    def parse_row(self, plan, record, header):
        values = plan.values
        for column, (model_field, limit) in TEXT_FIELDS.items():
            if column in header:
                values[model_field] = parse_text(
                    plan,
                    column,
                    record[column],
                    limit,
                    multiline=column in MULTILINE,
                    required=column == "name",
                )
        area = parse_choice(plan, "area", record["area"], self.areas, noun=_("area"))
        if area is not None:
            values["area"] = area.pk
        if "industry" in header:
            industry = None
            if record["industry"].strip():
                industry = parse_choice(
                    plan, "industry", record["industry"], self.industries, noun=_("industry")
                )
            values["industry_id"] = industry.pk if industry else None
        if "region" in header:
            values["region"] = parse_region(plan, "region", record["region"])
        for column, model_field in URL_FIELDS.items():
            if column in header:
                values[model_field] = parse_url(plan, column, record[column])
        if "contact_email" in header:
            values["contact_email"] = parse_email(plan, "contact_email", record["contact_email"])
        if "editions" in header:
            values["editions"] = parse_years(plan, "editions", record["editions"], self.editions)
        if "products" in header:
            values["products"] = parse_products(plan, "products", record["products"])
        if "logo" in header:
            existing = plan.existing
            values["logo_filename"] = plan_image(
                plan,
                "logo",
                record["logo"],
                self.images,
                current_filename=existing.logo_filename if existing else "",
                has_image=bool(existing and existing.logo_id),
            )

    def current_values(self, page):
        area = self.area_of(page)
        return {
            **{model_field: getattr(page, model_field) for model_field, _limit in TEXT_FIELDS.values()},
            "area": area.pk if area else None,
            "industry_id": page.industry_id,
            "region": page.region,
            "website": page.website,
            "video_url": page.video_url,
            "contact_email": page.contact_email,
            "editions": sorted(e.pk for e in page.editions.all()),
            "products": [(p.name, p.description) for p in page.products.all()],
            "logo_filename": page.logo_filename,
        }

    def get_parent(self, row):
        return ExpoAreaPage.objects.get(pk=row.values["area"])

    def assign(self, page, row):
        values = dict(row.values)
        values.pop("area", None)
        editions = values.pop("editions", None)
        products = values.pop("products", None)
        for name, value in values.items():
            setattr(page, name, value)
        if editions is not None:
            page.editions = list(ConferenceEdition.objects.filter(pk__in=editions))
        if products is not None:
            # Products are matched by name so that their photos, attached in the admin, stay.
            kept = {product.name: product for product in page.products.all()} if page.pk else {}
            page.products = [
                self._product(kept.get(name), name, description, order)
                for order, (name, description) in enumerate(products)
            ]
        if row.image_member:
            collection = get_or_create_child_collection(EXPO_COLLECTION)
            page.logo = self.images.save(row.image_member, f"Logo: {page.title}", collection=collection)

    @staticmethod
    def _product(product, name, description, order):
        product = product or ExhibitorProduct(name=name)
        product.description = description
        product.sort_order = order
        return product

    def export_objects(self):
        return (
            ExhibitorPage.objects.descendant_of(self.index)
            .filter(locale_id=self.index.locale_id)
            .select_related("industry")
            .prefetch_related("products", "editions")
            .defer_streamfields()
            .order_by("path")
        )

    def export_row(self, page):
        area = self.area_of(page)
        return [
            page.exhibitor_key,
            page.title,
            page.chinese_name,
            area.slug if area else "",
            page.industry.slug if page.industry else "",
            page.region,
            page.pitch,
            page.profile,
            page.website,
            page.video_url,
            page.contact_email,
            ";".join(str(e.year) for e in sorted(page.editions.all(), key=lambda e: e.year)),
            "\n".join(
                f"{p.name} | {p.description}" if p.description else p.name for p in page.products.all()
            ),
            page.logo_filename,
        ]


def get_default_index():
    """The expo index of the default language, which imports and exports work on."""
    index = ExpoIndexPage.objects.filter(locale__language_code=settings.LANGUAGE_CODE).first()
    if index is None:
        raise ImportFileError(_("There is no Cloud Expo page yet: create one under the home page first."))
    if not ExpoAreaPage.objects.child_of(index).exists():
        raise ImportFileError(_("The Cloud Expo has no exhibition areas yet: add them under it first."))
    return index


def plan_import(data, index=None, images=None):
    return ExhibitorImport(index or get_default_index(), images=images).plan(data)


def apply_import(plan, index=None, images=None, user=None):
    return ExhibitorImport(index or get_default_index(), images=images).apply(plan, user=user)


def export_csv(index=None):
    return ExhibitorImport(index or get_default_index()).export_csv()
