"""What learners read after signing in or choosing a password, and the
Indonesian of library strings we override (locale_overrides/)."""

from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.messages import get_messages
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

from accounts.models import User
from accounts.services import sign_in_code_issue
from home.management.commands.makemessages import Command as MakeMessages

PASSWORD = "pw-secret-123"


def _messages(response) -> list[str]:
    return [str(m) for m in get_messages(response.wsgi_request)]


@pytest.fixture
def card_learner(db):
    user = User.objects.create_user(username="peserta8", display_name="Bu Rosa")
    user.set_unusable_password()
    user.save()
    return user


def test_card_learner_goes_to_her_courses_after_choosing_a_password(
    client, card_learner
):
    code = sign_in_code_issue(user=card_learner)
    client.post(reverse("accounts:card_sign_in"), {"code": code})
    response = client.post(
        reverse("account_set_password"),
        {"password1": "rosa-jahit-2026", "password2": "rosa-jahit-2026"},
    )
    assert response.status_code == 302
    assert response["Location"] == reverse("courses:dashboard")
    [*_, welcome] = _messages(response)
    assert "Bu Rosa" in welcome
    with translation.override("id"):
        assert gettext("Password successfully set.") not in welcome
    card_learner.refresh_from_db()
    assert card_learner.has_usable_password()


def test_changing_a_password_still_returns_to_the_change_page(client, db):
    user = User.objects.create_user(
        username="sari", display_name="Sari", password=PASSWORD
    )
    client.force_login(user)
    response = client.post(
        reverse("account_change_password"),
        {
            "oldpassword": PASSWORD,
            "password1": "baru-sekali-9",
            "password2": "baru-sekali-9",
        },
    )
    assert response.status_code == 302
    assert response["Location"] == reverse("account_change_password")


def test_sign_in_greets_by_the_chosen_name_not_the_username(client, db):
    User.objects.create_user(
        username="peserta8", display_name="Bu Rosa", password=PASSWORD
    )
    response = client.post(
        reverse("account_login"), {"login": "peserta8", "password": PASSWORD}
    )
    assert response.status_code == 302
    [greeting] = _messages(response)
    assert "Bu Rosa" in greeting
    assert "peserta8" not in greeting


@pytest.mark.parametrize(
    ("msgid", "expected"),
    [
        ("Set Password", "Simpan kata sandi"),
        ("Password successfully set.", "Kata sandi tersimpan."),
        ("Email", "E-mail"),
        ("Enter a whole number.", "Masukkan angka bulat, tanpa koma."),
        ("Approve with comment", "Setujui dengan komentar"),
        ("%(label)s and Publish", "%(label)s lalu terbitkan"),
        ("Password Reset Email", "Atur ulang kata sandi"),
        (
            "You must type the same password each time.",
            "Ketik kata sandi yang sama di kedua kotak.",
        ),
        (
            "Enter a valid email address.",
            "Isi alamat e-mail yang benar, misalnya nama@contoh.id.",
        ),
        ("Submit for moderation", "Kirim untuk diperiksa"),
        (
            "The password reset token was invalid.",
            "Tautan untuk membuat kata sandi baru sudah tidak berlaku. "
            "Minta tautan baru.",
        ),
    ],
)
def test_library_strings_read_as_plain_indonesian(msgid, expected):
    with translation.override("id"):
        assert gettext(msgid) == expected


def test_the_wagtail_approve_button_is_all_indonesian():
    with translation.override("id"):
        label = gettext("%(label)s and Publish") % {
            "label": gettext("Approve with comment")
        }
    assert label == "Setujui dengan komentar lalu terbitkan"


def test_makemessages_never_writes_project_strings_into_the_overrides():
    """The project's own strings go to locale/; locale_overrides stays hand-kept."""
    command = MakeMessages()
    command.locale_paths = [str(p) for p in settings.LOCALE_PATHS]
    command.default_locale_path = command.locale_paths[0]
    command.ignore_patterns = [".venv/*", "tests/*", "node_modules/*"]
    command.symlinks = False
    command.verbosity = 0
    command.domain = "django"
    command.extensions = {".py", ".html", ".txt"}
    root = Path(settings.BASE_DIR)
    files = command.find_files(str(root / "accounts"))
    assert files
    assert {Path(f.locale_dir).name for f in files} == {"locale"}
    assert Path(command.default_locale_path) == root / "locale"


def test_makemessages_never_reads_node_modules_or_the_venv(tmp_path):
    """Strings of installed packages stay out of our catalogue, even when the
    command is run without --ignore (or with --no-default-ignore)."""
    for folder in ("shop", "node_modules/some-package", ".venv/lib/site"):
        (tmp_path / folder).mkdir(parents=True)
        (tmp_path / folder / "strings.py").write_text('_("Sell")\n')
        (tmp_path / folder / "page.html").write_text("{% translate 'Buy' %}\n")
    command = MakeMessages()
    command.locale_paths = [str(p) for p in settings.LOCALE_PATHS]
    command.default_locale_path = command.locale_paths[0]
    command.ignore_patterns = []
    command.symlinks = False
    command.verbosity = 0
    command.domain = "django"
    command.extensions = {".py", ".html"}
    files = command.find_files(str(tmp_path))
    assert sorted(Path(f.path).relative_to(tmp_path).as_posix() for f in files) == [
        "shop/page.html",
        "shop/strings.py",
    ]
