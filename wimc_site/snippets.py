"""Admin listings shared by the content apps."""

from wagtail.snippets.views.snippets import SnippetViewSet


class CategoryViewSet(SnippetViewSet):
    """The admin list of a TranslatableCategory: name, slug and order, searchable, in every language."""

    icon = "tag"
    add_to_admin_menu = True
    list_display = ["name", "slug", "sort_order", "locale"]
    ordering = ["sort_order", "name"]
    search_fields = ["name"]
