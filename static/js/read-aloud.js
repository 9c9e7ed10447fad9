/* "Dengarkan": the lesson read aloud by the phone's own Indonesian voice
   (speech synthesis), sentence by sentence, the sentence being read
   highlighted. Where the lesson holds a recorded audio, the button plays it
   instead. Hidden where neither is possible. No library, no download. */
(function () {
    "use strict";
    var box = document.querySelector("[data-read-aloud]");
    var source = document.querySelector("[data-read-source]");
    if (!box || !source) { return; }
    var toggle = box.querySelector("[data-read-toggle]");
    var stop = box.querySelector("[data-read-stop]");
    var label = toggle.querySelector("span");
    var words = {
        listen: box.getAttribute("data-listen"),
        pause: box.getAttribute("data-pause"),
        resume: box.getAttribute("data-resume")
    };
    var SKIP = "form, nav, audio, video, .meta, .practice, [data-read-aloud], [data-read-skip]";
    var READ = "h1, h2, h3, p, li, dt, dd, figcaption";

    function setLabel(text, pressed) {
        label.textContent = text;
        toggle.setAttribute("aria-pressed", pressed ? "true" : "false");
    }

    // A recorded voice of the instructor comes first.
    var audio = source.querySelector("audio");
    if (audio) {
        box.hidden = false;
        toggle.addEventListener("click", function () {
            audio.scrollIntoView({block: "center"});
            if (audio.paused) { audio.play(); } else { audio.pause(); }
        });
        audio.addEventListener("play", function () { setLabel(words.pause, true); });
        audio.addEventListener("pause", function () { setLabel(words.resume, false); });
        return;
    }

    var synth = window.speechSynthesis;
    if (!synth || typeof window.SpeechSynthesisUtterance !== "function") { return; }
    var voice = null;
    var items = null;
    var index = 0;
    var turn = 0;  // speech ended by cancel() must not move on
    var state = "idle";
    var canMark = window.CSS && CSS.highlights && typeof window.Highlight === "function";

    function findVoice() {
        var voices = synth.getVoices() || [];
        for (var i = 0; i < voices.length; i += 1) {
            if (/^(id|in)([-_]|$)/i.test(voices[i].lang || "")) { return voices[i]; }
        }
        return null;
    }

    function showIfVoice() {
        voice = findVoice();
        if (voice) { box.hidden = false; }
    }

    function sentences(text) {
        var found = [];
        var boundary = /[.!?\u2026]+["\u201d')]*\s+/g;
        var start = 0;
        var match;
        while ((match = boundary.exec(text)) !== null) {
            found.push([start, match.index + match[0].length]);
            start = match.index + match[0].length;
        }
        if (start < text.length) { found.push([start, text.length]); }
        return found.filter(function (part) { return text.slice(part[0], part[1]).trim(); });
    }

    function collect() {
        var list = [];
        var nodes = source.querySelectorAll(READ);
        for (var i = 0; i < nodes.length; i += 1) {
            var el = nodes[i];
            if (el.closest(SKIP)) { continue; }
            // A list item holding a paragraph is read once, through the paragraph.
            if (el.querySelector(READ)) { continue; }
            var text = el.textContent;
            sentences(text).forEach(function (part) {
                list.push({el: el, start: part[0], end: part[1], text: text.slice(part[0], part[1]).trim()});
            });
        }
        return list;
    }

    function rangeOf(item) {
        var walker = document.createTreeWalker(item.el, NodeFilter.SHOW_TEXT);
        var range = document.createRange();
        var seen = 0;
        var node;
        var started = false;
        while ((node = walker.nextNode()) !== null) {
            var length = node.nodeValue.length;
            if (!started && item.start <= seen + length) {
                range.setStart(node, item.start - seen);
                started = true;
            }
            if (started && item.end <= seen + length) {
                range.setEnd(node, item.end - seen);
                return range;
            }
            seen += length;
        }
        return null;
    }

    function unmark() {
        var old = source.querySelector(".is-reading");
        if (old) { old.classList.remove("is-reading"); }
        if (canMark) { CSS.highlights.delete("read-aloud"); }
    }

    function mark(item) {
        unmark();
        item.el.classList.add("is-reading");
        if (canMark) {
            var range = rangeOf(item);
            if (range) { CSS.highlights.set("read-aloud", new Highlight(range)); }
        }
        var rect = item.el.getBoundingClientRect();
        if (rect.top < 0 || rect.bottom > window.innerHeight) {
            item.el.scrollIntoView({block: "center"});
        }
    }

    function finish() {
        turn += 1;
        synth.cancel();
        unmark();
        index = 0;
        state = "idle";
        stop.hidden = true;
        setLabel(words.listen, false);
    }

    function speak() {
        var item = items[index];
        var mine = turn += 1;
        var utterance = new SpeechSynthesisUtterance(item.text);
        utterance.lang = "id-ID";
        try { utterance.voice = voice; } catch (error) { /* the language is enough */ }
        utterance.rate = 0.9;
        utterance.onend = function () {
            if (mine !== turn) { return; }
            index += 1;
            if (index < items.length) { speak(); } else { finish(); }
        };
        utterance.onerror = utterance.onend;
        mark(item);
        synth.speak(utterance);
    }

    toggle.addEventListener("click", function () {
        if (state === "reading") {
            // Pausing is cancelling and remembering the sentence: pause() is
            // unreliable on Android, and "continue" re-reads the sentence.
            turn += 1;
            synth.cancel();
            state = "paused";
            setLabel(words.resume, false);
            return;
        }
        if (!items) { items = collect(); }
        if (!items.length) { return; }
        synth.cancel();
        state = "reading";
        stop.hidden = false;
        setLabel(words.pause, true);
        speak();
    });
    stop.addEventListener("click", finish);
    window.addEventListener("pagehide", function () { turn += 1; synth.cancel(); });

    showIfVoice();
    if (!voice) {
        if (synth.addEventListener) {
            synth.addEventListener("voiceschanged", showIfVoice);
        } else {
            synth.onvoiceschanged = showIfVoice;
        }
    }
}());
