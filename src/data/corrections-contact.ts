/** The corrections contact of this build, from CORRECTIONS_CONTACT (src/settings.ts, README "Deploy"). */
import { parseCorrectionsContact } from "../lib/corrections-contact.ts";
import { deploySettings } from "../settings.ts";
import { paths } from "../lib/urls.ts";

export const correctionsContact = parseCorrectionsContact(
  deploySettings().correctionsContact,
  paths.aboutCorrections(),
);
