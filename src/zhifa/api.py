"""The versioned REST API (django-ninja) under /api/v1/: one NinjaAPI, one router per app."""

from ninja import NinjaAPI

api = NinjaAPI(title="zhifa 执法 API", version="1", urls_namespace="api-v1")
