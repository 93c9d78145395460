/** Turns on the share buttons the browser supports; the email link needs no script. */
export function enhanceShareLinks(): void {
  const native = document.querySelector<HTMLElement>("[data-share-native]");
  const nativeButton = native?.querySelector("button");
  if (native && nativeButton && typeof navigator.share === "function") {
    native.hidden = false;
    nativeButton.addEventListener("click", () => {
      const { url = location.href, title = document.title } = nativeButton.dataset;
      navigator.share({ url, title }).catch(() => {
        // The reader closed the share sheet: nothing to do.
      });
    });
  }

  const copy = document.querySelector<HTMLElement>("[data-share-copy]");
  const copyButton = copy?.querySelector("button");
  const status = copy?.querySelector<HTMLElement>("[role=status]");
  if (copy && copyButton && status && navigator.clipboard) {
    copy.hidden = false;
    copyButton.addEventListener("click", async () => {
      try {
        await navigator.clipboard.writeText(copyButton.dataset["url"] ?? location.href);
        status.textContent = copyButton.dataset["copied"] ?? "";
      } catch {
        status.textContent = copyButton.dataset["failed"] ?? "";
      }
    });
  }
}
