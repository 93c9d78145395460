/**
 * Where readers send corrections: one build setting, CORRECTIONS_CONTACT (see README),
 * either an https:// page (a form) or an e-mail address. Unset, every "Report an error"
 * link goes to the About page's corrections section: the site never makes up an address.
 */
export interface CorrectionsContact {
  /** True when an address is configured; false when links fall back to the About page. */
  configured: boolean;
  /** The link for a report about one article (an e-mail gets its headline as subject). */
  hrefFor(articleTitle?: string): string;
  /** The address as readers see it ("corrections@example.org", "example.org/corrections"). */
  display: string;
}

const EMAIL = /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/;

export function parseCorrectionsContact(value: string | undefined, fallbackPath: string): CorrectionsContact {
  const setting = value?.trim() ?? "";
  if (!setting) return { configured: false, hrefFor: () => fallbackPath, display: "" };
  const address = setting.replace(/^mailto:/i, "");
  if (EMAIL.test(address)) {
    return {
      configured: true,
      hrefFor: (title) => `mailto:${address}${title ? `?subject=${encodeURIComponent(`Correction: ${title}`)}` : ""}`,
      display: address,
    };
  }
  let url: URL | undefined;
  try {
    url = new URL(setting);
  } catch {
    url = undefined;
  }
  if (url?.protocol === "https:") {
    return { configured: true, hrefFor: () => url.href, display: `${url.host}${url.pathname.replace(/\/$/, "")}` };
  }
  throw new Error(
    `CORRECTIONS_CONTACT: "${setting}" is neither an https:// address nor an e-mail address. Fix: set it to the corrections form's https:// address or the corrections e-mail address, or leave it unset`,
  );
}
