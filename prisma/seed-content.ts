/** The demo newsroom, taken from the kind of page our readers see (shared/seed-page.txt). */
export const SECTIONS = [
  { name: "Stuttgart", slug: "stuttgart" },
  { name: "Gesundheit", slug: "gesundheit" },
  { name: "Region", slug: "region" },
];

export const ARTICLES = [
  {
    section: "stuttgart",
    slug: "sechs-jahre-erfolgreiche-arbeit-fuer-integration",
    title: "Sechs Jahre erfolgreiche Arbeit für Integration",
    byline: "Redaktion Stuttgart",
    teaser:
      "Unter dem Titel „Sechs Jahre CLIP - Der Beitrag der Kommunen für die europäische Integrationspolitik“ wurde vom 26. bis 27. November im Stuttgarter Rathaus die CLIP-Abschlusskonferenz abgehalten.",
    daysAgo: 2,
    body: `Unter dem Titel „Sechs Jahre CLIP - Der Beitrag der Kommunen für die europäische Integrationspolitik“ wurde vom 26. bis 27. November im Stuttgarter Rathaus die CLIP-Abschlusskonferenz abgehalten.

Das Netzwerk läuft in der jetzigen Form aus und soll in Zukunft regionale, nationale und europäische Ebenen vereinen und das Thema Integration im Rahmen eines „Europäischen Bündnisses für Integration“ voranbringen.

Um dies künftig zu etablieren gibt es bereits eine Absichtserklärung von Oberbürgermeister Dr. Wolfgang Schuster. Die Stadt Stuttgart leitet die Geschäftsführung des Netzwerks.

Darüber und über die bisherige Arbeit und Ergebnisse diskutierten die Mitglieder von CLIP, die europäischen Partner, Experten der Integrationsarbeit sowie Migrantenorganisationen.

## Hochrangige Vertreter

Gekommen waren unter anderem Diane Schmitt, die Leiterin der Generaldirektion Immigration und Integration der Europäischen Kommission, Maria Böhmer, die Beauftragte der Bundesregierung für Integration, Flüchtlinge und Migration sowie Herwig van Staa, Präsident des Kongresses der Gemeinden und Regionen Europas, und Robert Anderson von der Europäischen Stiftung Eurofound zur Verbesserung der Lebens- und Arbeitsbedingungen.

Das CLIP-Netzwerk wurde 2006 auf Initiative der Stadt Stuttgart zusammen mit dem Kongress der Gemeinden und Regionen des Europarats (KGRE) und der Europäischen Stiftung für die Verbesserung der Lebens- und Arbeitsbedingungen gegründet, um den Informations- und Erfahrungsaustausch zu erfolgreichen Integrationsstrategien auf europäischer Ebene zusammenzutragen und voranzubringen.

## 36 Städte aus 22 Ländern

CLIP arbeitet mit 36 großen und mittleren Städten aus 22 europäischen Ländern und fördert einen gemeinsamen Lernprozess über einen Wissens- und Erfahrungsaustausch zwischen den Mitgliedern.

Bisher wurden vier Forschungsprojekte im Rahmen von Fallstudien realisiert: Wohnen und Integration von Migranten in der EU / Gleichstellung und Diversität in den Bereichen Beschäftigung und Dienstleistungen / Interkulturelle Politik und Intergruppenbeziehungen mit Schwerpunkt Muslime / Unternehmertum von Migranten.

Die Ergebnisse zeigen, dass sich lokale Probleme bei der Integration oft ähneln. Daher bilden die von CLIP gesammelten innovativen Lösungsansätze einen wichtigen Ideenpool für alle beteiligten Städte, um eigene Probleme zu lösen.`,
  },
  {
    section: "gesundheit",
    slug: "die-impfschnecke-in-bw",
    title: "Die Impfschnecke in BW",
    byline: "Leserbeitrag",
    teaser:
      "Wir haben 1777 Pflegeheime mit 96181 Bewohner. Von diesen Bewohner sind bis gestern 5642 geimpft. Bisher sind 7 Tage vergangen.",
    daysAgo: 1,
    body: `Wir haben 1777 Pflegeheime mit 96181 Bewohner. Von diesen Bewohner sind bis gestern 5642 geimpft. Bisher sind 7 Tage vergangen. Das wären 806 am Tag.

Geht man von 50 Bewohner im Schnitt aus, haben die 16 Pflegeheime geschafft. Als dauert es weitere ...`,
  },
];

type SeedHeldReason = { code: "SUSPECT_WORD" | "BANNED_WORD" | "LINK_LIMIT" | "PREMODERATED_ARTICLE" | "PREMODERATED_SITE" | "NEW_COMMENTER"; detail?: string };
type SeedComment = {
  article: string;
  name: string;
  email: string;
  body: string;
  status: "APPROVED" | "PENDING";
  /** How long ago it was written (the Impfschnecke went out 24 hours ago, the CLIP article 48). */
  hoursAgo: number;
  heldReasons?: SeedHeldReason[];
  /** Open reader reports (CommentReport rows, counted in reportCount). */
  reports?: { reason: string; note?: string }[];
};

/**
 * The demo comments. Several e2e flows decide one of these each, so that no spec depends on another's
 * order: e2e/roles.spec.ts expects "Woher stammen die Zahlen?" still pending (and among the newest, so
 * keep it the newest pending one), e2e/moderation.spec.ts rejects, bulk-approves, approves and reports
 * the others. e2e/reader.spec.ts counts the Impfschnecke's approved comments (2): comments that a spec
 * approves live on the CLIP article.
 */
export const COMMENTS: readonly SeedComment[] = [
  { article: "die-impfschnecke-in-bw", name: "Karin M.", email: "karin@example.org", body: "In unserem Heim in Degerloch wurde letzte Woche geimpft. Es geht also voran.", status: "APPROVED", hoursAgo: 20 },
  { article: "die-impfschnecke-in-bw", name: "Thomas", email: "thomas@example.org", body: "Bei 806 am Tag dauert das noch Monate. Da muss mehr passieren.", status: "APPROVED", hoursAgo: 18 },
  { article: "sechs-jahre-erfolgreiche-arbeit-fuer-integration", name: "Aylin", email: "aylin@example.org", body: "Schön, dass Stuttgart hier vorangeht.", status: "APPROVED", hoursAgo: 40 },
  {
    article: "sechs-jahre-erfolgreiche-arbeit-fuer-integration",
    name: "Klaus R.",
    email: "klaus.r@example.org",
    body: "Konferenzen im Rathaus, Absichtserklärungen, Netzwerke – und in Bad Cannstatt wartet man ein halbes Jahr auf einen Termin beim Amt. Wer sich so etwas ausdenkt, war noch nie auf einer Behörde.",
    status: "APPROVED",
    hoursAgo: 30,
    reports: [{ reason: "OFFENSIVE", note: "Pauschal gegen die Verwaltung, bitte prüfen." }],
  },
  // Pending, oldest first: the oldest waits about 7 hours ("ältester wartet seit 7 Std." on the dashboard).
  {
    article: "sechs-jahre-erfolgreiche-arbeit-fuer-integration",
    name: "Petra Weiß",
    email: "petra.weiss@example.org",
    body: "Ich war bei der Abschlusskonferenz im Rathaus dabei. Die Beispiele aus Amsterdam und Wien fand ich besonders spannend.",
    status: "PENDING",
    hoursAgo: 7,
    heldReasons: [{ code: "NEW_COMMENTER" }],
  },
  {
    article: "sechs-jahre-erfolgreiche-arbeit-fuer-integration",
    name: "Mehmet Y.",
    email: "mehmet.y@example.org",
    body: "Integration passiert vor Ort, in den Vereinen und Schulen. Gut, dass die Kommunen das endlich gemeinsam angehen.",
    status: "PENDING",
    hoursAgo: 6,
    heldReasons: [{ code: "NEW_COMMENTER" }],
  },
  {
    article: "sechs-jahre-erfolgreiche-arbeit-fuer-integration",
    name: "Jonas K.",
    email: "jonas.k@example.org",
    body: "Gibt es die Ergebnisse der vier Fallstudien auch auf Deutsch? Ich finde nur englische Berichte.",
    status: "PENDING",
    hoursAgo: 5,
    heldReasons: [{ code: "NEW_COMMENTER" }],
  },
  {
    article: "sechs-jahre-erfolgreiche-arbeit-fuer-integration",
    name: "Sabine H.",
    email: "sabine.h@example.org",
    body: "Wie geht es mit dem Netzwerk weiter, wenn es in der jetzigen Form ausläuft? Wer bezahlt das Europäische Bündnis?",
    status: "PENDING",
    hoursAgo: 4,
    heldReasons: [{ code: "NEW_COMMENTER" }],
  },
  {
    article: "die-impfschnecke-in-bw",
    name: "Wutbürger71",
    email: "wutbuerger71@example.org",
    body: "Diese Zahlen glaubt doch keiner mehr. Typisch Lügenpresse, die schreibt alles schön.",
    status: "PENDING",
    hoursAgo: 3,
    heldReasons: [{ code: "SUSPECT_WORD", detail: "Lügenpresse" }, { code: "NEW_COMMENTER" }],
  },
  {
    article: "die-impfschnecke-in-bw",
    name: "Gerhard B.",
    email: "gerhard.b@example.org",
    body: "Am Ende läuft das doch auf einen Impfzwang in den Pflegeheimen hinaus. Mehr Infos: https://impf-info.example.org und https://pflege-fakten.example.org",
    status: "PENDING",
    hoursAgo: 2,
    heldReasons: [{ code: "SUSPECT_WORD", detail: "Impfzwang" }, { code: "LINK_LIMIT", detail: "2" }],
  },
  { article: "die-impfschnecke-in-bw", name: "Leser aus Vaihingen", email: "vaihingen@example.org", body: "Woher stammen die Zahlen? Eine Quelle wäre hilfreich.", status: "PENDING", hoursAgo: 1, heldReasons: [{ code: "NEW_COMMENTER" }] },
];

export const DEMO_USERS = [
  { email: "admin@newsdesk.local", name: "Anna Admin", password: "newsdesk-admin", roles: ["ADMIN"] },
  { email: "redaktion@newsdesk.local", name: "Erik Redakteur", password: "newsdesk-redaktion", roles: ["EDITOR"] },
  { email: "moderation@newsdesk.local", name: "Mia Moderatorin", password: "newsdesk-moderation", roles: ["MODERATOR"] },
  { email: "anzeigen@newsdesk.local", name: "Adrian Anzeigen", password: "newsdesk-anzeigen", roles: ["AD_MANAGER"] },
] as const;

export const AD_SLOTS = [
  { key: "sidebar-top", name: "Seitenleiste oben", width: 300, height: 250, pricePerDayCents: 500, capacity: 2, position: 1 },
  { key: "sidebar-bottom", name: "Seitenleiste unten", width: 300, height: 250, pricePerDayCents: 500, capacity: 1, position: 2 },
];

export const BOOKINGS = [
  {
    slot: "sidebar-top",
    advertiser: { name: "Abo Stuttgarter Nachrichten", contactName: "Vertrieb", email: "abo@stuttgarter-nachrichten.example" },
    headline: "Tageszeitungen zum Probe lesen",
    text: "Lesen Sie Ihre regionale oder überregionale Tageszeitung völlig gratis zur Probe.",
    targetUrl: "https://www.stuttgarter-nachrichten.de/",
    startOffsetDays: -7,
    days: 365,
  },
];

export const SURF_TIPS = [
  { label: "Verbrecherjagt", url: "https://www.polizei-bw.de/" },
  { label: "Telefonspam", url: "https://www.bundesnetzagentur.de/" },
  { label: "Wohnmobilreisen", url: "https://www.adac.de/reise-freizeit/" },
];
