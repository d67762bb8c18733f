/**
 * Word lists the entity finder needs beside the stop words. Kept short on
 * purpose: each entry is a capitalised word that news copy puts next to names
 * without being part of one, or that is capitalised without naming anything.
 * Lower case, both languages in one set: a German title before an English
 * name (or the reverse) is just as little part of it.
 */

/** Titles and roles written before a name: "President Frank-Walter Steinmeier" names Steinmeier. */
export const entityTitles: ReadonlySet<string> = new Set(
  `mr mrs ms dr prof sir dame president minister chancellor secretary governor mayor senator coach king queen
  prince princess pope ceo chairman chairwoman spokesman spokeswoman spokesperson commissioner ambassador
  herr frau bundespräsident bundespräsidentin bundeskanzler bundeskanzlerin kanzler kanzlerin ministerpräsident
  ministerpräsidentin bundesminister bundesministerin ministerin präsident präsidentin sprecher sprecherin
  trainer trainerin bürgermeister bürgermeisterin`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Words that make a title longer ("Federal President", "Foreign Minister"):
 * dropped only when a title follows, so "General Motors" keeps its first word.
 */
export const titleModifiers: ReadonlySet<string> = new Set(
  `vice prime deputy foreign finance interior economy health defence defense justice federal state chief general
  head former acting interim team club union party`
    .split(/\s+/)
    .filter(Boolean),
);

/** Days and months: capitalised in English and German, but a date, not an entity. */
export const calendarWords: ReadonlySet<string> = new Set(
  `monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
  september october november december montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag januar
  jänner februar märz juni juli oktober dezember`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Lower-case words that may sit inside a name between two capitalised ones:
 * "Bank of England", "Ursula von der Leyen", "Port of Rotterdam".
 */
export const nameConnectors: ReadonlySet<string> = new Set(['of', 'von', 'van', 'der', 'den', 'de', 'du', 'la', 'le', 'al', 'bin', 'da', 'dos', 'del', 'zu']);

/**
 * Last words of names that many unrelated names share ("Bank of England",
 * "European Union", "Lufthansa Airlines"): a full name gives its last word as
 * an alias only when that word is not one of these.
 */
export const nameHeads: ReadonlySet<string> = new Set(
  `states nations union council bank party court republic kingdom ministry agency commission office committee
  association federation group company airlines airline airport university institute museum league cup festival
  parliament government city county river valley sea ocean lake mountains island islands canal street square
  station news times post service services police force forces army navy department authority fund foundation
  open games championship championships prize award awards house hall centre center park bridge port
  partei verband gericht ministerium bund stadt kreis universität`
    .split(/\s+/)
    .filter(Boolean),
);
