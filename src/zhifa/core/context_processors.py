from django.conf import settings


def site(request):
    """Values every page template may use."""
    return {"site_name": "执法", "public_base_url": settings.PUBLIC_BASE_URL}
