// Forms that lose nothing and hide no error. Progressive enhancement only.
(() => {
  // 1. Error summary: a form that came back with errors gets (or has, from the
  //    server) a summary at its top that takes focus and links to each field.
  const title = document.documentElement.dataset.errorSummaryTitle || "";
  document.querySelectorAll("form").forEach((form) => {
    const invalid = form.querySelectorAll('[aria-invalid="true"]');
    let summary = form.querySelector("[data-error-summary]");
    if (!summary && invalid.length) {
      summary = document.createElement("div");
      summary.className = "error-summary";
      summary.dataset.errorSummary = "";
      const heading = document.createElement("h2");
      heading.textContent = title;
      const list = document.createElement("ul");
      invalid.forEach((field) => {
        const label = form.querySelector(`label[for="${field.id}"]`);
        const message = document.getElementById(`${field.id}_error`);
        const link = document.createElement("a");
        link.href = `#${field.id}`;
        link.textContent = [label && label.textContent.replace("*", "").trim(), message && message.textContent.trim()]
          .filter(Boolean)
          .join(": ");
        const item = document.createElement("li");
        item.append(link);
        list.append(item);
      });
      summary.append(heading, list);
      form.prepend(summary);
    }
    if (summary && !document.querySelector("[data-error-summary][data-focused]")) {
      summary.tabIndex = -1;
      summary.dataset.focused = "";
      summary.focus();
    }
  });
  document.addEventListener("click", (event) => {
    const link = event.target.closest("[data-error-summary] a[href^='#']");
    if (!link) return;
    const field = document.getElementById(link.hash.slice(1));
    if (!field) return;
    event.preventDefault();
    field.scrollIntoView({ block: "center" });
    field.focus();
  });

  // 2. Drafts: long answers (<textarea data-draft="key">) are kept in this
  //    browser while she types, and come back if the page is reloaded or the
  //    session ended before she could send them. A draft older than the work
  //    the server shows as received (data-draft-done, data-draft-sent in Unix
  //    seconds) is dropped.
  let store;
  try {
    store = window.localStorage;
  } catch (error) {
    return;
  }
  const read = (key) => {
    try {
      return JSON.parse(store.getItem(key));
    } catch (error) {
      return null;
    }
  };
  document.querySelectorAll("[data-draft-done]").forEach((done) => {
    const key = `draft:${done.dataset.draftDone}`;
    const draft = read(key);
    if (draft && draft.at <= Number(done.dataset.draftSent) * 1000) store.removeItem(key);
  });
  document.querySelectorAll("textarea[data-draft]").forEach((area) => {
    const key = `draft:${area.dataset.draft}`;
    const draft = read(key);
    if (draft && draft.text && !area.value.trim()) area.value = draft.text;
    area.addEventListener("input", () => {
      if (area.value.trim()) store.setItem(key, JSON.stringify({ text: area.value, at: Date.now() }));
      else store.removeItem(key);
    });
  });
})();
