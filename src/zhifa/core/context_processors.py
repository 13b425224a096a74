from django.conf import settings


def _place_name(region_code: str) -> str:
    from .region_services import region_name

    return region_name(region_code) if region_code else ""


def site(request):
    """Values every page template may use: the deployment's place name heads the public pages."""
    from zhifa.organisations.selectors import deployment_region

    place = _place_name(deployment_region())
    return {"site_name": place or "执法", "place_name": place, "public_base_url": settings.PUBLIC_BASE_URL}
