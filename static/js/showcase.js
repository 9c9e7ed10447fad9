// Progressive enhancement only: "Copy link" appears when the browser can copy,
// and says "Link copied" (to screen readers too) once it has.
document.querySelectorAll("[data-copy-target]").forEach((button) => {
  const input = document.getElementById(button.dataset.copyTarget);
  if (!input || !navigator.clipboard) return;
  const status = document.createElement("span");
  status.className = "copy-status";
  status.setAttribute("role", "status");
  button.after(status);
  button.hidden = false;
  button.addEventListener("click", () => {
    navigator.clipboard.writeText(input.value).then(() => {
      button.dataset.done = "true";
      status.textContent = button.dataset.copiedText || "";
    });
  });
});

// Showcase filters: the panel after the results is closed on a phone;
// "Filter" opens it and moves there. Beside the results (wide screens)
// it starts open.
const filterPanel = document.querySelector("[data-filter-panel]");
if (filterPanel) {
  if (window.matchMedia("(min-width: 64rem)").matches) filterPanel.open = true;
  document.querySelectorAll("[data-filter-jump]").forEach((link) => {
    link.addEventListener("click", (event) => {
      event.preventDefault();
      filterPanel.open = true;
      filterPanel.querySelector("summary").focus();
      filterPanel.scrollIntoView({ block: "start" });
    });
  });
}
