import type { Dictionary } from "./types.ts";

/*
 * Canadian French. French typography puts a no-break space (\u00a0) inside « » and before : ; ? !,
 * so a line never starts with the punctuation; the escapes keep those spaces visible in review.
 */
const list = new Intl.ListFormat("fr-CA", { style: "long", type: "conjunction" });
const plural = new Intl.PluralRules("fr-CA");

export const fr: Dictionary = {
  lang: "fr",
  dateLocale: "fr-CA",
  ogLocale: "fr_CA",
  site: {
    name: "Refuge North",
    tagline: "Le Canada, la Tchétchénie et les personnes qui ont fui la purge de 2017",
    kicker: "Une salle de rédaction indépendante",
    description:
      "Nouvelles, explications et vérifications des faits sur la réinstallation au Canada des personnes LGBT qui ont fui la purge homophobe de 2017 en Tchétchénie, chaque fait étant appuyé par une source.",
  },
  nav: {
    label: "Menu principal",
    home: "À la une",
    archive: "Tous les articles",
    topics: "Thèmes",
    timeline: "Chronologie",
    resources: "Ressources",
    search: "Recherche",
    about: "À propos",
    skipToContent: "Passer au contenu",
  },
  exit: { label: "Quitter ce site", hint: "ou appuyez trois fois sur Échap (Esc)" },
  languages: { label: "Langues", name: "Français", inEnglish: "(en anglais)" },
  translation: {
    note: "Traduit de l’anglais par Refuge North.",
    original: "Lire l’original anglais",
    stale: (date) =>
      `L’original anglais a été mis à jour le ${date}\u00a0; cette traduction n’est peut-être plus à jour.`,
  },
  edition: {
    intro:
      "Refuge North\u00a0: nouvelles et ressources sur la réinstallation au Canada des personnes LGBT qui ont fui la purge de 2017 en Tchétchénie, et sur ce qui a suivi. Voici en français les textes les plus utiles\u00a0: trouver de l’aide, venir au Canada, comprendre ce qui s’est passé.",
    articles: "Articles en français",
    more: "Les autres textes, la chronologie et les sources sont en anglais.",
  },
  kinds: {
    news: "Actualité",
    explainer: "Explication",
    analysis: "Analyse",
    opinion: "Opinion",
    "fact-check": "Vérification des faits",
  },
  claims: {
    verdicts: {
      correct: "Exact",
      "correct-with-caveats": "Exact, avec réserves",
      "partly-correct-misleading": "En partie exact, trompeur",
      misleading: "Trompeur",
      false: "Faux",
      unverified: "Non vérifié",
    },
    heading: "Les verdicts en un coup d’œil",
    verdict: "Verdict",
    claimBy: (claimant, when) => `Affirmé par ${claimant}\u00a0; ${when}.`,
    where: "Lieu de publication\u00a0:",
    allBy: (claimant, when) => `Toutes les affirmations ci-dessous ont été faites par ${claimant}. ${when}.`,
  },
  kindsPlural: {
    news: "Actualités",
    explainer: "Explications",
    analysis: "Analyses",
    opinion: "Opinions",
    "fact-check": "Vérifications des faits",
  },
  article: {
    by: "Par",
    published: "Publié le",
    updated: "Mis à jour le",
    dateline: (place) => `${place.toUpperCase()} \u2014 `,
    topics: "Thèmes",
    corrections: "Corrections",
    correction: "Correction",
    draft: "Brouillon – non publié",
    printedFrom: "Imprimé à partir de",
    printedOn: (date) => `le ${date}`,
  },
  citations: {
    heading: "Sources",
    refLabel: (n, publisher) => `Source ${n}\u00a0: ${publisher}`,
    backTo: (n, label) => (label ? `Retour à la citation ${n}${label}` : `Retour à la citation ${n} dans le texte`),
    archived: "Copie archivée",
    readVia: "Consulté par l’intermédiaire de",
    accessed: "consulté le",
    accessedNote: (date) => `Sources consultées le ${date}, sauf indication d’une autre date.`,
    locator: "Voir",
    skipToSources: "Passer aux sources",
    feedMark: (n) => `[${n}]`,
  },
  related: {
    heading: "Articles connexes",
    moreOn: (topics) => `Autres articles sur ${topics}`,
    sameSources: "S’appuie sur les mêmes sources",
    sameTime: "Publié à la même période",
  },
  home: {
    title: "À la une",
    latest: "Derniers articles",
    empty: "Aucun article n’a encore été publié.",
    lead: "En manchette",
    more: "Autres articles",
    factChecks: "Dernières vérifications des faits",
    allFactChecks: "Toutes les vérifications des faits",
    timeline: {
      heading: "La chronologie",
      body: "Des premières détentions en Tchétchénie en 2017 aux programmes canadiens pour les réfugiés et aux affaires judiciaires qui ont suivi, date par date.",
      link: "Lire la chronologie",
    },
    help: {
      heading: "Besoin d’aide maintenant\u00a0?",
      body: "Si vous êtes une personne LGBT en danger, les organismes présentés ici aident les gens à partir et à se réinstaller en sécurité.",
      resources: "Organismes qui peuvent vous aider",
      explainer: "Comment se rendre au Canada en tant que personne réfugiée",
    },
  },
  archive: {
    title: "Tous les articles",
    description: "Tous les articles de Refuge North, du plus récent au plus ancien.",
    pageTitle: (page, last) => `Tous les articles, page ${page} sur ${last}`,
    pagination: "Pages des archives",
    newer: "Articles plus récents",
    older: "Articles plus anciens",
    pageOf: (page, last) => `Page ${page} sur ${last}`,
    filter: "Afficher",
    allKinds: "Tous les articles",
    empty: "Aucun article de ce type pour l’instant.",
    kindTitle: (kind) => `Tous les articles\u00a0: ${kind}`,
    kindDescription: (kind) => `Tous les articles de Refuge North de ce type (${kind}), du plus récent au plus ancien.`,
  },
  topicsPage: {
    title: "Thèmes",
    intro: "Chaque article de Refuge North appartient à un ou plusieurs thèmes.",
    // French counts 0 and 1 as singular ("0 article", "1 article", "2 articles").
    count: (n) => `${n} ${plural.select(n) === "one" ? "article" : "articles"}`,
  },
  topicPage: {
    title: (topic) => topic,
    label: "Thème",
    empty: "Aucun article sur ce thème pour l’instant.",
    feed: "Fil RSS de ce thème",
    latest: "Derniers articles",
    more: "Autres articles sur ce thème",
  },
  timelinePage: {
    title: "Chronologie",
    description:
      "La purge de 2017 en Tchétchénie, la réponse du Canada et ce qui a suivi, date par date, avec les sources.",
    intro:
      "Les événements clés, des premières détentions en Tchétchénie aux programmes canadiens pour les réfugiés mis en place par la suite. Les dates sont aussi précises que les sources le permettent\u00a0; chaque événement renvoie à ses sources.",
    sources: "Sources",
    coverage: "Notre couverture",
    years: "Aller à une année",
    partOfMonth: {
      // The month arrives with its year, lowercase as French writes it: "Début mars 2017", "Mi-mars 2017".
      "early-month": (month) => `Début ${month}`,
      "mid-month": (month) => `Mi-${month}`,
      "late-month": (month) => `Fin ${month}`,
    },
  },
  resourcesPage: {
    title: "Ressources",
    description:
      "Des organismes qui aident les personnes LGBT à échapper à la persécution ou à se réinstaller au Canada, et comment les joindre en toute sécurité.",
    intro:
      "Des organismes qui aident les personnes LGBT à échapper à la persécution ou à se réinstaller au Canada, tels que nos sources les décrivent. Pour chacun, nous indiquons ce qu’il fait, qui il aide et comment le joindre par son propre site Web. Nous n’indiquons aucun numéro de téléphone ni aucune adresse courriel.",
    explainer:
      "Comment une personne LGBTQ en danger peut venir au Canada aujourd’hui : les voies, qui peut vous recommander et à quoi vous attendre",
    safety: {
      heading: "Si vous courez un risque",
      paragraphs: [
        "Ce site ne dépose aucun témoin (cookie), n’utilise aucun outil d’analyse d’audience ni aucun traceur et n’envoie aucune requête à d’autres sites pendant que vous le lisez. Comme pour tout site Web, le serveur qui diffuse ces pages peut conserver des journaux d’accès standards, comme votre adresse Internet et les pages que vous avez demandées.",
        "Votre propre appareil et votre réseau peuvent aussi révéler les sites que vous avez visités. Pour naviguer de façon plus sûre\u00a0:",
      ],
      tips: [
        "Utilisez une fenêtre de navigation privée (ou «\u00a0incognito\u00a0») et fermez-la quand vous avez terminé\u00a0; elle ne conserve aucun historique sur l’appareil.",
        "Utilisez un appareil et une connexion de confiance\u00a0; un appareil partagé, professionnel ou familial, ou un réseau contrôlé par quelqu’un d’autre, peut enregistrer ce que vous consultez.",
        "Supprimez ce site de votre historique si vous ne pouvez pas utiliser de fenêtre privée.",
        "Le lien «\u00a0Quitter ce site\u00a0», en haut de chaque page, vous mène directement à un moteur de recherche\u00a0; là où JavaScript fonctionne, appuyer trois fois sur Échap (Esc) fait de même, et le bouton Précédent ne vous ramènera pas ici.",
      ],
    },
    categories: {
      evacuation: "Évacuation et aide d’urgence",
      resettlement: "Réinstallation au Canada",
      legal: "Aide juridique",
      advocacy: "Défense des droits et documentation",
      support: "Soutien et communauté",
      government: "Programmes gouvernementaux",
    },
    does: "Ce qu’il fait",
    helps: "Qui il aide",
    area: "Où il intervient",
    languages: "Langues",
    languagesUnknown: "Non précisées dans nos sources.",
    pageLanguage: (language) => `La page vers laquelle nous renvoyons est en ${language}.`,
    reach: "Comment le joindre",
    status: "Situation actuelle",
    checked: "Dernière vérification",
    sources: "Sources de cette fiche",
  },
  sourcesPage: {
    title: "Sources",
    description: "Toutes les sources citées par Refuge North, avec les articles qui les citent.",
    intro:
      "Toutes les sources citées dans nos articles, classées par éditeur. Chacune renvoie à l’original et énumère les articles qui la citent.",
    citedIn: "Citée dans",
    pagination: "Pages des sources",
    previous: "Page précédente",
    next: "Page suivante",
    publishers: "Éditeurs",
    citedAs: { article: "Article", timeline: "Chronologie", resource: "Répertoire" },
  },
  search: {
    title: "Recherche",
    description: "Cherchez dans tous les articles de Refuge North.",
    label: "Rechercher dans le site",
    button: "Rechercher",
    placeholder: "Rechercher dans le site",
    ellipsis: "…",
    pageKinds: { timeline: "Chronologie", resources: "Ressources", sources: "Sources", page: "Page" },
    noScript:
      "La recherche nécessite JavaScript, qui est désactivé dans votre navigateur. Vous pouvez tout de même trouver chaque article\u00a0:",
    browse: "Parcourir plutôt",
    archive: "tous les articles, du plus récent au plus ancien",
    topics: "les articles par thème",
    resultsTemplate: "Résultats pour «\u00a0{query}\u00a0»\u00a0: {count}",
    noneTemplate: "Aucun résultat pour «\u00a0{query}\u00a0».",
    loading: "Recherche en cours…",
    failed: "La recherche n’est pas disponible pour le moment. Parcourez plutôt les archives ou les thèmes.",
  },
  notFound: {
    title: "Page introuvable",
    body: "Il n’y a aucune page à cette adresse. L’adresse a peut-être été mal saisie, ou la page a peut-être été déplacée.",
    home: "Aller aux derniers articles",
    topics: "Parcourir les thèmes",
  },
  redirect: {
    title: "Cet article a changé d’adresse",
    body: "Cet article se trouve maintenant à une nouvelle adresse\u00a0:",
  },
  footer: {
    about: "Refuge North est une salle de rédaction indépendante. Chaque affirmation factuelle renvoie à sa source.",
    privacy:
      "Ce site ne dépose aucun témoin (cookie), n’utilise aucun traceur et ne charge rien à partir d’autres sites.",
    feeds: "Suivre",
    rss: "Fil RSS",
    jsonFeed: "Fil JSON",
    sources: "Toutes les sources que nous citons",
    corrections: "Corrections",
  },
  feeds: {
    site: "Refuge North\u00a0: derniers articles",
    topic: (topic) => `Refuge North\u00a0: ${topic}`,
    corrections: "Refuge North\u00a0: corrections",
  },
  corrections: {
    title: "Corrections",
    description:
      "Toutes les corrections publiées par Refuge North, de la plus récente à la plus ancienne, avec un lien vers l’article corrigé.",
    intro:
      "Toutes les corrections que nous avons publiées, de la plus récente à la plus ancienne. Chacune renvoie à l’article qu’elle corrige, où elle figure également.",
    policy: "Comment nous corrigeons nos erreurs.",
    feed: "Fil RSS des corrections",
    empty: "Nous n’avons encore publié aucune correction.",
    itemTitle: (headline) => `Correction\u00a0: ${headline}`,
    report: "Signaler une erreur",
    reportHint: "dans cet article. Voir aussi",
    allLink: "toutes les corrections",
    contact: "Envoyez vos corrections à\u00a0:",
    noContact:
      "Aucune adresse pour les corrections n’a encore été configurée pour cette copie du site\u00a0; pour l’instant, nous ne pouvons donc pas recevoir de signalements ici.",
  },
  share: {
    heading: "Partager cet article",
    email: "Courriel",
    native: "Partager…",
    copy: "Copier le lien",
    copied: "Lien copié.",
    copyFailed: "Impossible de copier. Copiez plutôt l’adresse à partir de la barre d’adresse de votre navigateur.",
  },
  list: (items) => list.format(items),
  separator: " · ",
};
