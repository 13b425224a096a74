import pytest

from .factories import coercion_team


@pytest.fixture
def team(today, body_a):
    return coercion_team(body_a)
