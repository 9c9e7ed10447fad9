"""Every lesson can be heard: "Dengarkan" reads it with the phone's own
Indonesian voice, sentence by sentence, and is hidden without one."""

from __future__ import annotations

import re

from playwright.sync_api import expect

from tests.e2e.conftest import sign_in

LESSON = "/kursus/perencanaan-usaha/dari-keterampilan-ke-usaha/keterampilan-jadi-usaha/"
LISTEN = re.compile("^(Dengarkan|Listen)$")
PAUSE = re.compile("^(Jeda|Pause)$")
CONTINUE = re.compile("^(Lanjutkan|Continue)$")

# The browser's speech synthesis, with the voices a phone reports. Utterances
# are recorded instead of spoken; the test ends each sentence itself.
FAKE_SPEECH = """
(() => {
  const voices = %s;
  window.__spoken = [];
  const synth = {
    getVoices: () => voices,
    speak(utterance) {
      window.__spoken.push({text: utterance.text, lang: utterance.lang});
      window.__utterance = utterance;
    },
    cancel() {}, pause() {}, resume() {},
    addEventListener() {}, removeEventListener() {},
    speaking: false, paused: false, pending: false,
  };
  Object.defineProperty(window, "speechSynthesis", {value: synth, configurable: true});
})();
"""
INDONESIAN = '[{"lang": "id-ID", "name": "Bahasa Indonesia", "voiceURI": "id"}]'
ENGLISH_ONLY = '[{"lang": "en-US", "name": "English", "voiceURI": "en"}]'


def _lesson(phones, voices: str):
    phone = phones("reader")
    phone.context.add_init_script(FAKE_SPEECH % voices)
    phone.open("/")
    sign_in(phone, "lulusan")
    page = phone.open(LESSON)
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    return phone, page


def test_listen_reads_the_lesson_sentence_by_sentence(phones):
    phone, page = _lesson(phones, INDONESIAN)
    listen = page.get_by_role("button", name=LISTEN)
    expect(listen).to_be_visible()
    phone.check("reader-01-lesson-with-listen")

    listen.click()
    spoken = page.evaluate("window.__spoken")
    title = page.get_by_role("heading", level=1).inner_text()
    assert spoken == [{"text": title.strip(), "lang": "id-ID"}]
    # The sentence being read is marked, and the button now pauses.
    expect(page.locator("h1.is-reading")).to_have_count(1)
    pause = page.get_by_role("button", name=PAUSE)
    expect(pause).to_have_attribute("aria-pressed", "true")

    # Sentence by sentence: the summary comes next, then the first paragraph.
    page.evaluate("window.__utterance.onend()")
    page.evaluate("window.__utterance.onend()")
    texts = [item["text"] for item in page.evaluate("window.__spoken")]
    assert texts[1] == page.locator("p.lead").inner_text().strip()
    assert texts[2].startswith("Di balai, Anda sudah belajar membuat sesuatu.")
    assert texts[2].endswith(".") and "Misalnya" not in texts[2]
    expect(page.locator("p.lead.is-reading")).to_have_count(0)
    expect(page.locator(".is-reading")).to_contain_text("Misalnya menjahit tas")
    assert page.evaluate("CSS.highlights.get('read-aloud').size") == 1
    highlighted = page.evaluate("[...CSS.highlights.get('read-aloud')][0].toString()")
    assert highlighted.strip() == texts[2]

    # Pause, then continue from the same sentence.
    pause.click()
    expect(page.get_by_role("button", name=CONTINUE)).to_have_attribute(
        "aria-pressed", "false"
    )
    page.get_by_role("button", name=CONTINUE).click()
    assert page.evaluate("window.__spoken")[-1]["text"] == texts[2]
    # The form and the lesson navigation are not read.
    page.evaluate(
        "() => { for (let i = 0; i < 200 && document.querySelector('.is-reading');"
        " i++) window.__utterance.onend(); }"
    )
    every = " ".join(item["text"] for item in page.evaluate("window.__spoken"))
    assert "Tandai selesai" not in every and "Semua pelajaran" not in every
    expect(page.get_by_role("button", name=LISTEN)).to_be_visible()


def test_listen_is_hidden_without_an_indonesian_voice(phones):
    _phone, page = _lesson(phones, ENGLISH_ONLY)
    expect(page.locator("[data-read-aloud]")).to_be_hidden()
    expect(page.get_by_role("button", name=LISTEN)).to_have_count(0)


# A lesson of the fifth course gets an instructor's recording; the learner is
# enrolled. Playback itself is recorded, not played (no sound in tests).
ADD_AUDIO = """
import json
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from courses import services
from courses.models import CoursePage, LessonPage
lesson = LessonPage.objects.get(slug="catatan-stok-pesanan-utang")
Document = get_document_model()
document = Document.objects.filter(title="Rekaman uji").first()
if document is None:
    document = Document(title="Rekaman uji")
    document.file.save("rekaman.ogg", ContentFile(b"OggS-test"), save=False)
    document.save()
if not any(block.block_type == "audio" for block in lesson.body):
    lesson.body.append(("audio", {"title": "Rekaman instruktur",
                                  "file": document, "transcript": "Teks rekaman."}))
    lesson.save_revision().publish()
user = get_user_model().objects.get(username="lulusan")
course = CoursePage.objects.ancestor_of(lesson).get()
services.enrolment_create(user=user, course=course)
print(json.dumps(lesson.url))
"""
FAKE_PLAY = """
window.__played = 0;
HTMLMediaElement.prototype.play = function () {
  window.__played += 1;
  this.dispatchEvent(new Event("play"));
  return Promise.resolve();
};
HTMLMediaElement.prototype.pause = function () {
  this.dispatchEvent(new Event("pause"));
};
Object.defineProperty(HTMLMediaElement.prototype, "paused", {
  get() { return !this.__playing; }, configurable: true,
});
document.addEventListener("play", (e) => { e.target.__playing = true; }, true);
document.addEventListener("pause", (e) => { e.target.__playing = false; }, true);
"""


def test_listen_plays_the_instructors_recording_where_there_is_one(phones, site):
    url = site.query(ADD_AUDIO)
    phone = phones("listener")
    # No Indonesian voice on this phone: the recording needs none.
    phone.context.add_init_script(FAKE_SPEECH % ENGLISH_ONLY)
    phone.context.add_init_script(FAKE_PLAY)
    phone.open("/")
    sign_in(phone, "lulusan")
    page = phone.open(url)
    listen = page.get_by_role("button", name=LISTEN)
    expect(listen).to_be_visible()
    listen.click()
    assert page.evaluate("window.__played") == 1
    assert page.evaluate("window.__spoken") == []
    expect(page.get_by_role("button", name=PAUSE)).to_have_attribute(
        "aria-pressed", "true"
    )
    page.get_by_role("button", name=PAUSE).click()
    expect(page.get_by_role("button", name=CONTINUE)).to_be_visible()
