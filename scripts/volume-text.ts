/**
 * Word lists and sentence builders for the volume generator (scripts/seed-volume.ts): German-ish
 * newsroom text for articles, comments, advertisers and surf tips, reproducible from a seeded
 * random source, so that two runs with the same --seed write the same words.
 */

/** A random source in [0, 1): the generator passes a seeded one, never Math.random. */
export type Rng = () => number;

/** mulberry32: tiny and fast; statistical quality is irrelevant here, reproducibility is not. */
export function createRng(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a of a string, so that "--seed demo" and every phase name give their own stream. */
export function hashSeed(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export function pick<T>(rng: Rng, list: readonly T[]): T {
  return list[Math.floor(rng() * list.length)];
}

export function intBetween(rng: Rng, min: number, max: number): number {
  return min + Math.floor(rng() * (max - min + 1));
}

export const FIRST_NAMES = [
  "Anna", "Lena", "Marie", "Sophie", "Laura", "Julia", "Sarah", "Lisa", "Katharina", "Johanna", "Hannah", "Paula",
  "Sabine", "Petra", "Karin", "Monika", "Ursula", "Gabriele", "Birgit", "Heike", "Aylin", "Elif", "Zeynep", "Irina",
  "Thomas", "Michael", "Andreas", "Stefan", "Markus", "Christian", "Tobias", "Jonas", "Lukas", "Felix", "Max", "Paul",
  "Jürgen", "Klaus", "Wolfgang", "Dieter", "Uwe", "Frank", "Bernd", "Ralf", "Emre", "Mehmet", "Luca", "Marco",
] as const;

export const LAST_NAMES = [
  "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann", "Schäfer",
  "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Schwarz", "Zimmermann", "Braun", "Krüger",
  "Hofmann", "Hartmann", "Lange", "Schmitt", "Werner", "Krause", "Maier", "Lehmann", "Huber", "Mayer", "Herrmann",
  "Kaiser", "Fuchs", "Peters", "Lang", "Scholz", "Möller", "Weiß", "Jung", "Hahn", "Vogel", "Keller", "Günther",
  "Frank", "Berger", "Winkler", "Roth", "Beck", "Lorenz", "Baumann", "Franke", "Albrecht", "Schuster", "Böhm",
  "Yılmaz", "Kaya", "Demir", "Rossi", "Nowak", "Kowalski", "Haug", "Bosch", "Kübler", "Rapp", "Häußler", "Eberle",
] as const;

export const PLACES = [
  "Stuttgart", "Bad Cannstatt", "Degerloch", "Vaihingen", "Feuerbach", "Zuffenhausen", "Möhringen", "Untertürkheim",
  "Botnang", "Weilimdorf", "Sillenbuch", "Plieningen", "Esslingen", "Ludwigsburg", "Böblingen", "Sindelfingen",
  "Waiblingen", "Fellbach", "Leonberg", "Kornwestheim", "Filderstadt", "Leinfelden-Echterdingen", "Ostfildern",
  "Backnang", "Schorndorf", "Nürtingen", "Kirchheim unter Teck", "Herrenberg", "Remseck", "Gerlingen", "Ditzingen",
  "Weinstadt", "Winnenden", "Plochingen", "Marbach am Neckar", "Bietigheim-Bissingen", "Göppingen", "Tübingen",
] as const;

const SUBJECTS = [
  "Der Gemeinderat", "Die Stadtverwaltung", "Der Oberbürgermeister", "Die Polizei", "Der Landkreis", "Die Feuerwehr",
  "Die Stadtwerke", "Das Klinikum", "Der Bürgerverein", "Die Handwerkskammer", "Der Elternbeirat",
  "Die Verkehrsbetriebe", "Das Landratsamt", "Der Sportverein", "Die Kirchengemeinde", "Das Jugendhaus",
  "Der Naturschutzbund", "Die Volkshochschule", "Der Bezirksbeirat", "Die Wohnungsbaugesellschaft", "Der Einzelhandel",
  "Die Musikschule", "Das Tierheim", "Der Verkehrsverbund", "Die Stadtbibliothek", "Der Kreistag",
] as const;

const PREDICATES = [
  "beschließt einen neuen Radweg", "plant die Sanierung der Grundschule", "warnt vor Glätte auf den Straßen",
  "eröffnet das Stadtteilfest", "sucht Zeugen nach einem Unfall", "investiert in den Nahverkehr",
  "streicht zwei Buslinien", "stellt den Doppelhaushalt vor", "feiert sein hundertjähriges Bestehen",
  "lädt zur Bürgerversammlung ein", "verschiebt den Baubeginn", "erhält eine Förderung vom Land",
  "kritisiert die Pläne des Landes", "setzt auf mehr Grün in der Innenstadt", "meldet steigende Besucherzahlen",
  "baut neue Wohnungen", "schließt das Hallenbad über den Sommer", "startet ein Pilotprojekt",
  "bittet um Geduld", "zieht eine positive Bilanz", "erhöht die Parkgebühren", "sucht dringend Ehrenamtliche",
  "modernisiert die Stadtbahnhaltestellen", "verlängert die Öffnungszeiten", "pflanzt hundert neue Bäume",
  "stellt ein neues Konzept für den Marktplatz vor", "rechnet mit Verzögerungen", "testet autonome Busse",
  "schafft zusätzliche Kitaplätze", "verabschiedet den langjährigen Leiter",
] as const;

const TOPICS = [
  "Baustelle", "Verkehr", "Wohnungsbau", "Kinderbetreuung", "Nahverkehr", "Kommunalwahl", "Stadtfest", "Klimaschutz",
  "Haushalt", "Gastronomie", "Einzelhandel", "Schulsanierung", "Radverkehr", "Feinstaub", "Weinlese", "Sportstätten",
] as const;

const REACTIONS = [
  "Anwohner klagen über Lärm", "Händler fürchten Umsatzeinbußen", "Eltern sind erleichtert", "Die Kritik wächst",
  "Ein Ende ist in Sicht", "Die Kosten steigen weiter", "Die Stadt zieht Bilanz", "Viele Fragen sind offen",
  "Ein Verein macht mobil", "Der Streit geht weiter", "Jetzt wird es konkret", "Die Entscheidung ist gefallen",
] as const;

const SOURCES = ["die Stadt", "ein Sprecher der Polizei", "das Landratsamt", "der Veranstalter", "die Verwaltung", "der Verein"] as const;
const WEEKDAYS = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"] as const;
const MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"] as const;
const ROLES = [
  "Sprecherin der Stadt", "Leiter des Ordnungsamts", "Vorsitzende des Vereins", "Bezirksvorsteherin", "Stadtrat der Grünen",
  "Fraktionschef der CDU", "Stadträtin der SPD", "Geschäftsführer der Stadtwerke", "Schulleiterin", "Revierleiter",
] as const;
const QUOTES = [
  "Wir sind auf einem guten Weg", "Das ist ein wichtiges Signal für die ganze Region", "Wir nehmen die Sorgen der Anwohner ernst",
  "So kann es nicht weitergehen", "Wir haben lange auf diesen Tag gewartet", "Jetzt sind alle Beteiligten gefordert",
  "Die Zahlen sprechen für sich", "Wir brauchen eine Lösung, die alle mittragen", "Das war eine schwierige Entscheidung",
] as const;
const SUBHEADINGS = ["Kritik aus dem Gemeinderat", "Wie geht es weiter?", "Die Kosten steigen", "Anwohner reagieren", "Blick in die Region", "Ein langer Weg"] as const;

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
const germanNumber = (n: number) => n.toLocaleString("de-DE");

export function personName(rng: Rng): string {
  return `${pick(rng, FIRST_NAMES)} ${pick(rng, LAST_NAMES)}`;
}

export function articleTitle(rng: Rng): string {
  switch (Math.floor(rng() * 3)) {
    case 0:
      return `${pick(rng, PLACES)}: ${pick(rng, SUBJECTS)} ${pick(rng, PREDICATES)}`;
    case 1:
      return `${pick(rng, TOPICS)} in ${pick(rng, PLACES)}: ${pick(rng, REACTIONS)}`;
    default:
      return `${pick(rng, SUBJECTS)} in ${pick(rng, PLACES)} ${pick(rng, PREDICATES)}`;
  }
}

function articleSentence(rng: Rng): string {
  switch (Math.floor(rng() * 9)) {
    case 0:
      return `${pick(rng, SUBJECTS)} ${pick(rng, PREDICATES)}.`;
    case 1:
      return `Das teilte ${pick(rng, SOURCES)} am ${pick(rng, WEEKDAYS)} mit.`;
    case 2:
      return `Nach Angaben der Verwaltung sind rund ${germanNumber(intBetween(rng, 2, 900) * 10)} Menschen in ${pick(rng, PLACES)} betroffen.`;
    case 3:
      return `„${pick(rng, QUOTES)}“, sagte ${personName(rng)}, ${pick(rng, ROLES)}.`;
    case 4:
      return `Die Kosten belaufen sich auf etwa ${germanNumber(intBetween(rng, 5, 950) * 10_000)} Euro.`;
    case 5:
      return `Eine Entscheidung soll im ${pick(rng, MONTHS)} fallen.`;
    case 6:
      return `Auch in ${pick(rng, PLACES)} ${lowerFirst(pick(rng, SUBJECTS))} ${pick(rng, PREDICATES)}.`;
    case 7:
      return `Der Bezirksbeirat ${pick(rng, PLACES)} befasst sich in seiner nächsten Sitzung mit dem Thema.`;
    default:
      return `${pick(rng, REACTIONS)}, heißt es aus ${pick(rng, PLACES)}.`;
  }
}

export function articleTeaser(rng: Rng): string {
  return `${pick(rng, SUBJECTS)} ${pick(rng, PREDICATES)}. ${articleSentence(rng)}`;
}

/** Plain text with blank lines between paragraphs and "## " subheadings: the input format of textToHtml. */
export function articleBody(rng: Rng): string {
  const paragraphs: string[] = [];
  const count = intBetween(rng, 4, 7);
  for (let p = 0; p < count; p++) {
    if (p === 3 && rng() < 0.6) paragraphs.push(`## ${pick(rng, SUBHEADINGS)}`);
    const sentences: string[] = [];
    for (let s = intBetween(rng, 2, 4); s > 0; s--) sentences.push(articleSentence(rng));
    paragraphs.push(sentences.join(" "));
  }
  return paragraphs.join("\n\n");
}

const COMMENT_SENTENCES = [
  "Das sehe ich genauso.", "Endlich passiert da mal was.", "Wer soll das bezahlen?", "Danke für den ausführlichen Bericht.",
  "Das hätte man auch früher haben können.", "Ich bin gespannt, wie das ausgeht.", "Typisch, erst reden, dann nichts tun.",
  "Eine gute Nachricht für die ganze Familie.", "Hat jemand Informationen, wann es losgeht?", "Schade, das war immer ein schöner Ort.",
  "Die Zahlen im Artikel stimmen so nicht ganz.", "Bitte bleiben Sie sachlich.", "Ich wohne direkt daneben und merke davon nichts.",
  "Das Problem ist doch seit Jahren bekannt.", "Mehr Busse wären wichtiger als neue Parkplätze.", "Respekt an alle Ehrenamtlichen!",
  "Genau so etwas braucht die Stadt.", "Warum erfährt man das erst jetzt?", "Vielleicht sollte man die Anwohner mal fragen.",
  "Da kann ich nur den Kopf schütteln.", "Wir waren am Wochenende dort, es war toll.", "Gibt es dazu eine Quelle?",
] as const;

function commentSentence(rng: Rng): string {
  switch (Math.floor(rng() * 6)) {
    case 0:
      return `In ${pick(rng, PLACES)} ist das schon lange ein Problem.`;
    case 1:
      return `Ich wohne seit ${intBetween(rng, 2, 45)} Jahren in ${pick(rng, PLACES)} und habe so etwas noch nie erlebt.`;
    case 2:
      return `${pick(rng, REACTIONS)}, das wundert mich nicht.`;
    default:
      return pick(rng, COMMENT_SENTENCES);
  }
}

/** A pool of comment sentences: building bodies from it costs a few picks per comment, not a grammar run. */
export function commentSentencePool(rng: Rng, size: number): string[] {
  return Array.from({ length: size }, () => commentSentence(rng));
}

export function commenterName(rng: Rng, index: number): { name: string; emailLocal: string } {
  const first = pick(rng, FIRST_NAMES);
  const last = pick(rng, LAST_NAMES);
  switch (index % 4) {
    case 0:
      return { name: `${first} ${last.charAt(0)}.`, emailLocal: `${first}.${last}` };
    case 1:
      return { name: first, emailLocal: `${first}${intBetween(rng, 60, 99)}` };
    case 2:
      return { name: `Leser aus ${pick(rng, PLACES)}`, emailLocal: `${first.charAt(0)}${last}` };
    default:
      return { name: `${first.toLowerCase()}_${intBetween(rng, 1, 99)}`, emailLocal: `${last}.${first}` };
  }
}

export const MAIL_DOMAINS = ["example.de", "example.org", "example.com", "example.net", "mail.example", "web.example"] as const;

/** Lower-case ASCII for e-mail local parts and slugs: umlauts spelled out, everything else a dash. */
export function asciiSlug(text: string): string {
  let s = text.toLowerCase().replace(/[äöüßı]/g, (c) => UMLAUTS[c]);
  // normalize() is slow and needed only for the rare other accents (it runs for a million e-mail addresses).
  if (/[^\x00-\x7f]/.test(s)) s = s.normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
  return s.replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
}

const UMLAUTS: Record<string, string> = { ä: "ae", ö: "oe", ü: "ue", ß: "ss", ı: "i" };

const BUSINESSES = [
  "Autohaus", "Bäckerei", "Weingut", "Möbelhaus", "Zahnarztpraxis", "Fahrschule", "Reisebüro", "Optik", "Gärtnerei",
  "Sanitätshaus", "Metzgerei", "Buchhandlung", "Fitnessstudio", "Immobilien", "Steuerberatung", "Modehaus",
] as const;
const AD_HEADLINES = [
  "Jetzt Probefahrt vereinbaren", "Frische Brezeln jeden Morgen", "Weinprobe am Wochenende", "Sommerschlussverkauf",
  "Neueröffnung in Ihrer Nähe", "Beratung ohne Termin", "Frühbucherrabatt sichern", "Angebot der Woche",
] as const;
const AD_TEXTS = [
  "Besuchen Sie uns vor Ort, wir freuen uns auf Sie.", "Nur solange der Vorrat reicht.",
  "Seit über 50 Jahren Ihr Partner in der Region.", "Jetzt informieren und Termin vereinbaren.",
] as const;

export function advertiser(rng: Rng): { name: string; contactName: string; domain: string; phone: string } {
  const name = `${pick(rng, BUSINESSES)} ${pick(rng, LAST_NAMES)}`;
  return {
    name,
    contactName: personName(rng),
    domain: `${asciiSlug(name)}.example`,
    phone: `0711 ${intBetween(rng, 100000, 9999999)}`,
  };
}

export function adCreative(rng: Rng): { headline: string; text: string } {
  return { headline: pick(rng, AD_HEADLINES), text: pick(rng, AD_TEXTS) };
}

const SURF_TOPICS = [
  "Fahrplanauskunft", "Wetter in der Region", "Veranstaltungskalender", "Müllabfuhr-Termine", "Bibliothek online",
  "Wanderwege im Schurwald", "Weinfeste im Remstal", "Hallenbäder und Öffnungszeiten", "Baustellenkarte", "Flohmärkte",
  "Museumsnacht", "Radtouren am Neckar", "Wochenmärkte", "Kinderkino", "Stadtgeschichte", "Pilzberatung", "Ehrenamtsbörse",
] as const;

export function surfTip(rng: Rng): { label: string; url: string } {
  const label = pick(rng, SURF_TOPICS);
  return { label, url: `https://www.${asciiSlug(label)}.example/${pick(rng, PLACES) === "Stuttgart" ? "stuttgart" : "region"}` };
}
