/**
 * Enhances the "Leave this site" link: with JavaScript, following it (or pressing Escape
 * or Shift three times) blanks the page and replaces it in the history, so Back does not
 * return here. Without JavaScript the link still works as a plain link.
 */
import { exitCounter } from "../lib/exit-shortcut.ts";

export function enhanceExitLink(): void {
  const link = document.querySelector<HTMLAnchorElement>("a[data-exit-link]");
  if (!link) return;
  // The shortcut works only with the script, so only then is it mentioned.
  const hint = link.querySelector<HTMLElement>("[data-exit-hint]");
  if (hint) hint.dataset.ready = "";
  const leave = () => {
    // Hide the page at once: the next site may take a moment to load.
    document.body.hidden = true;
    document.title = "";
    location.replace(link.href);
  };
  link.addEventListener("click", (event) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    leave();
  });
  const counter = exitCounter();
  document.addEventListener("keydown", (event) => {
    if (event.repeat) return;
    if (counter.press(event.key, event.timeStamp)) leave();
  });
}
