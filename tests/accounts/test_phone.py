import pytest
from django.core.exceptions import ValidationError

from accounts.phone import phone_display, phone_mask, phone_normalise


@pytest.mark.parametrize(
    "raw",
    [
        "081234567890",
        "+62 812 3456 7890",
        "6281234567890",
        "0812-3456-7890",
        " 62 812 3456 7890 ",
    ],
)
def test_indonesian_numbers_written_any_way_are_the_same_person(raw):
    assert phone_normalise(raw) == "+6281234567890"


@pytest.mark.parametrize("raw", ["", "12", "abc", "0812", "+1 202 555"])
def test_invalid_numbers_are_refused_with_a_clear_message(raw):
    with pytest.raises(ValidationError) as exc:
        phone_normalise(raw)
    assert "0812" in exc.value.messages[0]


def test_masked_number_hides_the_middle():
    masked = phone_mask("+6281234567890")
    assert masked.startswith("+62812") and masked.endswith("90")
    assert "3456" not in masked


def test_display_uses_the_national_format():
    assert phone_display("+6281234567890").startswith("0812")
