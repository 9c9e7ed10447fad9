import pytest
from django.utils import translation

from courses import services
from courses.forms import BepForm, HppForm

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
        markup="50",
    )
    html = lesson_client.get(lessons[0].url, data).content.decode()
    assert "Rp 160.000" in html
    assert "Rp 4.000" in html
    assert "Rp 6.000" in html


def test_hpp_calculator_explains_bad_input(lesson_client, lessons):
    data = prefixed("hpp-1", material="-5", units="abc", markup="50")
    html = lesson_client.get(lessons[0].url, data).content.decode()
    assert "Angka tidak boleh negatif." in html
    assert "periksa angka yang ditandai" in html
    assert "data-hpp=" not in html  # no result computed from bad input


def test_hpp_calculator_refuses_scientific_notation(lesson_client, lessons):
    data = prefixed("hpp-1", material="1e6", units="10", markup="10")
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


# --- issue 17 item 7, issue 16 item 18: labels, channels, marked errors ------


def test_hpp_result_shows_markup_margin_and_price_per_channel(lesson_client, lessons):
    data = prefixed("hpp-1", material="40rb", units="10", markup="30")
    html = lesson_client.get(lessons[0].url, data).content.decode()
    assert 'data-price="5200"' in html
    assert 'data-margin="23.1"' in html
    assert 'data-channel="reseller"' in html
    assert 'data-channel-price="6934"' in html
    # Through a reseller at the direct price: Rp 3.900 received, Rp 100 lost.
    assert 'data-received="3900" data-profit-at-direct="-100"' in html


def test_channel_price_calculator_block(lesson_client, lessons):
    data = prefixed("chan-1", wanted="5.200", marketplace_fee="10")
    html = lesson_client.get(lessons[0].url, data).content.decode()
    assert 'data-channel-price="6934"' in html  # reseller
    assert 'data-channel-price="7429"' in html  # consignment
    assert 'data-channel-price="5778"' in html  # marketplace 10%


def test_break_even_shows_whole_units_rounded_up(lesson_client, lessons):
    data = prefixed("bep-1", fixed_costs="500rb", price="10.000", variable_cost="6.500")
    html = lesson_client.get(lessons[0].url, data).content.decode()
    assert 'data-break-even="143"' in html
    assert "142,86" not in html and "142.86" not in html


def test_labels_count_packaging_once_and_ask_for_variable_cost():
    with translation.override("id"):
        hpp = HppForm()
        assert str(hpp.fields["material"].label) == translation.gettext(
            "Materials and packaging for one batch (Rp)"
        )
        assert str(hpp.fields["overhead"].help_text) == translation.gettext(
            "Gas, electricity, transport. Not packaging: it is already in materials."
        )
        assert str(BepForm().fields["variable_cost"].label) == translation.gettext(
            "Variable cost per piece (Rp)"
        )
    assert "packaging" not in str(HppForm().fields["overhead"].label).lower()


def test_amount_shorthand_is_understood(lesson_client, lessons):
    data = prefixed(
        "hpp-1",
        material="Rp 120.000",
        labour="30rb",
        overhead="10 ribu",
        units="40",
        markup="50",
    )
    html = lesson_client.get(lessons[0].url, data).content.decode()
    assert 'data-hpp="4000"' in html
    assert 'data-price="6000"' in html


def test_a_wrong_value_is_marked_on_its_field(lesson_client, lessons):
    data = prefixed("hpp-1", material="-5", units="abc", markup="30")
    response = lesson_client.get(lessons[0].url, data, HTTP_X_BERDAYA_FRAGMENT="hpp-1")
    html = response.content.decode()
    # The fragment the script uses carries a summary linking each wrong field.
    assert "data-error-summary" in html
    assert 'href="#id_chpp-1-material" data-field-id="id_chpp-1-material"' in html
    assert 'data-field-id="id_chpp-1-units"' in html
    # Without JavaScript, the field itself is marked and its error linked.
    page = lesson_client.get(lessons[0].url, data).content.decode()
    assert 'id="id_chpp-1-material_error"' in page
    material_input = page.split('id="id_chpp-1-material"')[0].rsplit("<input", 1)[1]
    material_input += page.split('id="id_chpp-1-material"')[1].split(">", 1)[0]
    assert 'aria-invalid="true"' in material_input
    assert "id_chpp-1-material_error" in material_input
