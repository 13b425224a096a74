"""Bad input through the API: a clear Chinese message, status 422, and nothing saved."""

import pytest

from zhifa.personnel.models import Person
from zhifa.personnel.tests.factories import PersonFactory, make_resident_id, wrong_check_digit

pytestmark = pytest.mark.django_db


def _register(client, body, id_number: str):
    data = {"organisation_id": body.pk, "name": "张三", "id_number": id_number, "staff_type": "civil_servant"}
    return client.post("/api/v1/persons", data, content_type="application/json")


def test_it_refuses_a_duplicate_id_number_with_a_chinese_message(client, head_a, body_a):
    existing = PersonFactory(organisation=body_a)
    client.force_login(head_a)
    response = _register(client, body_a, existing.id_number)
    assert response.status_code == 422
    assert "已存在" in response.json()["message"]
    assert Person.objects.count() == 1


def test_it_refuses_a_wrong_check_digit_naming_the_standard(client, head_a, body_a):
    client.force_login(head_a)
    response = _register(client, body_a, wrong_check_digit(make_resident_id(7)))
    assert response.status_code == 422
    assert "GB 11643" in response.json()["message"]
    assert Person.objects.count() == 0


def test_it_registers_a_valid_person_and_derives_gender_and_birth_date(client, head_a, body_a):
    client.force_login(head_a)
    response = _register(client, body_a, make_resident_id(7))
    assert response.status_code == 201, response.content
    assert response.json()["gender"] in ("男", "女") and response.json()["birth_date"]
