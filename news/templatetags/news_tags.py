from django import template

register = template.Library()


@register.filter
def news_json_ld(page, request):
    """The release's schema.org NewsArticle data, escaped for a <script> element."""
    return page.get_json_ld(request)
