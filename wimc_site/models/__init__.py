from .editions import (
    ConferenceEdition,
    EditionFigure,
    EditionFormat,
    EditionOrganizer,
    Organizer,
    OrganizerRole,
)
from .imports import ImportJob
from .navigation import MainMenu, MenuItem
from .pages import AboutPage, BasePage, ContentPage, HomePage
from .site_settings import SiteSettings
from .translations import OutdatedTranslation

__all__ = [
    "AboutPage",
    "BasePage",
    "ConferenceEdition",
    "ContentPage",
    "EditionFigure",
    "EditionFormat",
    "EditionOrganizer",
    "HomePage",
    "ImportJob",
    "MainMenu",
    "MenuItem",
    "Organizer",
    "OrganizerRole",
    "OutdatedTranslation",
    "SiteSettings",
]
