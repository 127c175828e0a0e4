from .forum import (
    ForumOrganization,
    ForumPage,
    ForumPageForm,
    ForumPageQuerySet,
    ForumSpeaker,
    ForumStatus,
    status_at,
)
from .index import ForumIndexPage
from .modules import ForumKind, ForumModule, ForumRole

__all__ = [
    "ForumIndexPage",
    "ForumKind",
    "ForumModule",
    "ForumOrganization",
    "ForumPage",
    "ForumPageForm",
    "ForumPageQuerySet",
    "ForumRole",
    "ForumSpeaker",
    "ForumStatus",
    "status_at",
]
