/** On paper, after "Printed from <address>": the day it was printed, in the page's language. */
export function stampPrintDate(): void {
  const slot = document.querySelector<HTMLElement>("[data-print-date]");
  if (!slot) return;
  const stamp = () => {
    const date = new Intl.DateTimeFormat(document.documentElement.lang, { dateStyle: "long" }).format(new Date());
    slot.textContent = (slot.dataset["template"] ?? "{date}").replace("{date}", date);
  };
  stamp();
  addEventListener("beforeprint", stamp);
}
