/**
 * Each page's language, from its address (Astro's i18n routing: English at /, editions
 * at /ru/ and /fr/): its dictionary and its paths, per request, so a component renders
 * the same way in any edition and no page mixes two languages' interface text.
 */
import { defineMiddleware } from "astro:middleware";
import { dictionaryFor, isLang, DEFAULT_LANG } from "./i18n/index.ts";
import { pathsFor } from "./lib/urls.ts";

export const onRequest = defineMiddleware((context, next) => {
  const lang = isLang(context.currentLocale) ? context.currentLocale : DEFAULT_LANG;
  context.locals.lang = lang;
  context.locals.t = dictionaryFor(lang);
  context.locals.paths = pathsFor(lang);
  return next();
});
