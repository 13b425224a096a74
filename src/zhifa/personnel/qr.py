"""The QR code on every certificate: it opens the public verification page (segno, SVG, no network)."""

import segno
from django.conf import settings
from django.urls import reverse


def verification_url(certificate) -> str:
    return settings.PUBLIC_BASE_URL.rstrip("/") + reverse(
        "portal:certificate", args=[certificate.public_token]
    )


def certificate_qr_svg(certificate, *, scale: int = 4) -> str:
    """An inline SVG QR code of the certificate's public verification URL."""
    return segno.make(verification_url(certificate), error="m").svg_inline(
        scale=scale, dark="#000", light="#fff"
    )
