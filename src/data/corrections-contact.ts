/** The corrections contact of this build, read once from CORRECTIONS_CONTACT (see README). */
import { parseCorrectionsContact } from "../lib/corrections-contact.ts";
import { paths } from "../lib/urls.ts";

export const correctionsContact = parseCorrectionsContact(process.env["CORRECTIONS_CONTACT"], paths.aboutCorrections());
