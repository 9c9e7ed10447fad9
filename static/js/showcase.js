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
