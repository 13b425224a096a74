"""The certificate holder's photo: uploaded by the body, checked by content, shown on the public page."""

import io

import pytest
from django.test import Client

from zhifa.accounts.tests.factories import actor_of
from zhifa.core.models import AuditEvent
from zhifa.personnel.services import person_photo_set
from zhifa.personnel.tests.factories import CertificateFactory, PersonFactory

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
pytestmark = pytest.mark.django_db


@pytest.fixture
def holder(body_a):
    return PersonFactory(organisation=body_a)


def test_it_stores_the_photo_and_shows_it_on_the_verification_page(head_a, holder):
    cert = CertificateFactory(person=holder, valid=True)
    person_photo_set(by=actor_of(head_a), person=holder, file=io.BytesIO(PNG), filename="照片.png")
    response = Client().get(f"/zhengjian/{cert.public_token}/photo")
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == PNG
    assert AuditEvent.objects.filter(action="person.photo").count() == 1


def test_it_refuses_a_file_that_is_not_an_image(head_a, holder, refused):
    with refused("FILE-TYPE", holder):
        person_photo_set(
            by=actor_of(head_a), person=holder, file=io.BytesIO(b"%PDF-1.4 x"), filename="假照片.jpg"
        )


def test_it_refuses_an_oversize_photo(head_a, holder, refused):
    big = b"\xff\xd8\xff" + b"\x00" * (3 * 1024 * 1024)
    with refused("FILE-SIZE", holder):
        person_photo_set(by=actor_of(head_a), person=holder, file=io.BytesIO(big), filename="大照片.jpg")


def test_it_refuses_a_head_of_another_body(head_b, holder, refused):
    with refused("SCOPE-404", holder):
        person_photo_set(by=actor_of(head_b), person=holder, file=io.BytesIO(PNG), filename="照片.png")


def test_it_uploads_through_the_api_and_the_page(client, head_a, holder):
    client.force_login(head_a)
    response = client.post(f"/api/v1/persons/{holder.pk}/photo", {"photo": io.BytesIO(PNG)})
    assert response.status_code == 200, response.content
    page = client.post(
        f"/workbench/personnel/{holder.pk}/photo/", {"photo": _named(b"not an image", "x.png")}
    )
    assert "FILE-TYPE" in page.content.decode()


def _named(content: bytes, name: str) -> io.BytesIO:
    f = io.BytesIO(content)
    f.name = name
    return f
