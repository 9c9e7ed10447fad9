import pytest

from courses import services

pytestmark = pytest.mark.django_db


@pytest.fixture
def lesson_client(learner_client, learner, course, lessons):
    services.enrolment_create(user=learner, course=course)
    return learner_client


def prefixed(block_id, **fields):
    prefix = f"c{block_id[:8]}"
    data = {"kalkulator": block_id}
    data.update({f"{prefix}-{name}": value for name, value in fields.items()})
    return data


def test_hpp_calculator_answers_without_javascript(lesson_client, lessons):
    data = prefixed(
        "hpp-1",
        material="Rp 120.000",
        labour="30.000",
        overhead="10000",
        units="40",
        margin="50",
    )
    html = lesson_client.get(lessons[0].url, data).content.decode()
    assert "Rp 160.000" in html
    assert "Rp 4.000" in html
    assert "Rp 6.000" in html


def test_hpp_calculator_explains_bad_input(lesson_client, lessons):
    data = prefixed("hpp-1", material="-5", units="abc", margin="50")
    html = lesson_client.get(lessons[0].url, data).content.decode()
    assert "Angka tidak boleh negatif." in html
    assert "periksa angka yang ditandai" in html
    assert "Rp 4.000" not in html


def test_hpp_calculator_refuses_scientific_notation(lesson_client, lessons):
    data = prefixed("hpp-1", material="1e6", units="10", margin="10")
    html = lesson_client.get(lessons[0].url, data).content.decode()
    assert "Tulis angka saja" in html


def test_break_even_calculator(lesson_client, lessons):
    data = prefixed(
        "bep-1", fixed_costs="100.000", price="15.000", variable_cost="10.000"
    )
    html = lesson_client.get(lessons[0].url, data).content.decode()
    assert "Rp 300.000" in html
    data = prefixed(
        "bep-1", fixed_costs="100.000", price="8.000", variable_cost="10.000"
    )
    html = lesson_client.get(lessons[0].url, data).content.decode()
    assert "Anda tidak akan pernah" in html


def test_cashbook_balance(lesson_client, lessons):
    data = prefixed(
        "kas-1",
        opening="50.000",
        desc_0="Jual kue",
        in_0="120.000",
        desc_1="Tepung",
        out_1="45.000",
    )
    html = lesson_client.get(lessons[0].url, data).content.decode()
    assert "Rp 125.000" in html
    assert "Jual kue" in html


def test_cashbook_needs_at_least_one_line(lesson_client, lessons):
    html = lesson_client.get(
        lessons[0].url, prefixed("kas-1", opening="5000")
    ).content.decode()
    assert "Isi paling sedikit satu baris" in html


def test_fragment_for_javascript_returns_only_the_result(lesson_client, lessons):
    data = prefixed(
        "bep-1", fixed_costs="100.000", price="15.000", variable_cost="10.000"
    )
    response = lesson_client.get(lessons[0].url, data, HTTP_X_BERDAYA_FRAGMENT="bep-1")
    html = response.content.decode()
    assert response.status_code == 200
    assert "<html" not in html
    assert "Rp 300.000" in html


def test_typed_html_is_escaped_in_cashbook(lesson_client, lessons):
    data = prefixed("kas-1", desc_0="<script>alert(1)</script>", in_0="1000")
    html = lesson_client.get(lessons[0].url, data).content.decode()
    assert "<script>alert(1)</script>" not in html
