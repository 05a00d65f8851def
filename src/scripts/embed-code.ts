/** Copy buttons for embed codes: the clipboard when allowed, else the text is selected for Ctrl+C. */
document.querySelectorAll<HTMLButtonElement>("button[data-copy]").forEach((btn) => {
  btn.hidden = false;
  btn.addEventListener("click", async () => {
    const area = document.getElementById(btn.dataset.copy ?? "") as HTMLTextAreaElement | null;
    if (!area) return;
    area.select();
    let done = false;
    try {
      await navigator.clipboard.writeText(area.value);
      done = true;
    } catch {
      done = document.execCommand?.("copy") ?? false;
    }
    const label = btn.textContent;
    btn.textContent = done ? (btn.dataset.done ?? "✓") : (btn.dataset.selected ?? "Ctrl+C");
    setTimeout(() => (btn.textContent = label), 2000);
  });
});
