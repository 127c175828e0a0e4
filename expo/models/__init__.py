from .categories import ExpoIndustry, Region
from .pages import (
    AreaKind,
    ExhibitorPage,
    ExhibitorProduct,
    ExpoAreaPage,
    ExpoIndexPage,
    ExpoListingPage,
    ListingType,
    ProductKind,
)
from .requests import NegotiationRequest, RequestKind, RequestStatus

__all__ = [
    "AreaKind",
    "ExhibitorPage",
    "ExhibitorProduct",
    "ExpoAreaPage",
    "ExpoIndexPage",
    "ExpoIndustry",
    "ExpoListingPage",
    "ListingType",
    "NegotiationRequest",
    "ProductKind",
    "Region",
    "RequestKind",
    "RequestStatus",
]
