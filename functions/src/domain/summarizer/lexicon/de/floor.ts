/** German safety floor (see en/floor.ts): broad words that send an unjudged present complaint to for_review. */

import type { ConceptRule } from "../types";

export const DE_FLOOR_TERMS: Readonly<Record<string, readonly string[]>> = {
  FLOOR_SIGN: [
    // round 6, from clinical knowledge: a child's drowsiness or behaviour change, colour, and sensation words
    "schlapp", "teilnahmslos", "apathisch", "schläfrig", "benommen", "will nicht spielen", "will nicht essen", "quengelig", "weinerlich", "reizbar", "marmoriert", "bläulich", "blaue lippen", "blass", "kribbel*", "ameisenlaufen", "pocht", "pochend", "laufende nase",
    "huste*", "husten", "ohnmächtig", "umgekippt", "gestürzt", "hingefallen", "sturz", "anfall", "anfälle", "krampf*", "zuck*", "zitter*",
    "verwirrt", "durcheinander", "schwindel*", "erbrochen", "übergeben", "übel", "übelkeit", "durchfall", "klo", "verstopf*", "blut*",
    "juck*", "ausschlag", "flecken", "blaue flecken", "gelb*", "blass", "schweiß*", "schüttelfrost", "herzrasen", "herzstolpern", "verschwommen",
    "flimmer*", "doppelt", "trüb*", "eiter", "riecht", "entzünd*", "infekt*", "kribbel*", "erschöpft", "schlafe nicht", "durst",
    "geschwollen", "schwillt", "schlucken", "verschluck*", "aus der nase", "vorne aus der nase", "brennt", "brennen", "schmerz*", "weh", "tut weh", "wegtreten", "weggetreten", "läuft aus", "kommt raus",
  ],
  /** When a complaint began or how often it comes: it is present and has a course. */
  FLOOR_ONSET: ["seit", "gestern", "heute nacht", "heute morgen", "heute früh", "heute abend", "vorhin", "den ganzen tag", "die ganze nacht", "(zwei|drei|vier|fünf|ein paar|mehreren|#) (tagen|stunden|wochen)", "stündlich", "(#|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn) ?mal"],
  FLOOR_BODY: ["knöchel", "fuß", "füße", "zeh", "zehen", "handgelenk*", "ellbogen", "ellenbogen", "schulter*", "finger", "hand", "hände", "arm", "arme", "bein", "beine", "wade*", "oberschenkel", "leiste", "lippe*", "zunge", "kiefer", "nagel", "nägel", "niere*", "leber", "lunge*", "magen", "bauch", "narbe", "naht", "nähte", "wunde", "katheter", "drainage", "nase", "urin", "pipi", "beutel", "wunde", "haut", "brust", "kopf", "bein*", "fuß", "füße", "auge*", "sicht", "bauch", "zucker", "blutzucker", "blutdruck", "gewicht", "wasser", "knie", "rücken", "hüfte*", "nacken", "hals", "ohr", "ohren", "nase", "zahnfleisch", "zähne", "zahn", "gelenk*", "muskel*", "hand", "hände", "arm", "arme", "herz"],
  FLOOR_CHANGE: ["anders", "komisch", "seltsam", "dunkl*", "rot*", "trüb*", "mehr", "wieder", "zurück", "gestiegen", "gefallen", "immer noch", "schaumig", "weniger", "schnell"],
  FLOOR_MED: ["@MED", "saft", "sirup", "tropfen", "salbe", "spray", "tablette*", "medikament*", "dosis", "insulin", "spritze*", "pen"],
  FLOOR_MED_EVENT: ["abgesetzt", "aufgehört", "vergessen", "verpasst", "ausgelassen", "nicht genommen", "nicht gegeben", "keine mehr", "ausgegangen", "alle", "leer", "doppelt", "zu viel*", "abgelaufen", "verloren", "gewechselt"],
  FLOOR_READING: ["zucker", "blutzucker", "blutdruck", "druck", "gewicht", "gewogen", "waage", "temperatur", "fieberthermometer", "puls", "sauerstoff", "sättigung", "gerät", "zeigt*", "gemessen", "ergebnis*", "wert", "werte", "spiegel", "labor*", "blutbild"],
  FLOOR_DISTRESS: ["hoffnungslos", "panik*", "verzweifelt", "ich kann nicht mehr", "halte es nicht aus", "wein*", "besser ohne mich", "ohne mich", "eine last", "zur last", "verschwinden", "ich störe nur", "im weg", "mit jemand anderem", "nicht aufwachen", "mir was antun", "sinnlos", "für alle einfacher", "für alle leichter", "einfacher für alle", "nicht mehr da", "das problem", "nur noch eine last", "es satt", "es leid", "grau", "niedergeschlagen", "mutlos", "antriebslos", "lustlos", "keine kraft mehr", "zu nichts mehr lust"],
  FLOOR_CONTACT: ["sprechen mit", "reden mit", "mich anruft", "mich zurückruft", "zurückrufen", "anrufen", "will sprechen", "möchte sprechen", "will reden", "ans telefon"],
  /** Words a patient uses to bring up a problem of their own (an admission, a mistake, "one more thing"): the framing, not the symptom. */
  FLOOR_DISCLOSE: ["ehrlich gesagt", "um ehrlich zu sein", "ich muss gestehen", "ich gebe zu", "unter uns", "ein fehler", "einen fehler", "mist gebaut", "vertan", "ein anderes problem", "noch ein problem", "ist was passiert", "beichten"],
  /** Units of a body measure (weight, volume in or out, saturation, temperature): a number with one is a reading. */
  FLOOR_UNIT: ["kilo", "kilos", "kg", "liter", "litern", "ml", "milliliter", "prozent", "grad"],
  FLOOR_NUMERAL: ["ein", "eine", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwölf", "dreizehn", "vierzehn", "fünfzehn", "sechzehn", "siebzehn", "achtzehn", "neunzehn", "zwanzig", "dreißig", "vierzig", "fünfzig", "sechzig", "siebzig", "achtzig", "neunzig", "hundert", "komma", "halb", "halbe"],
  /** What a measured value is compared with: its earlier value, its target or the patient's best. */
  FLOOR_BASELINE: ["(statt|anstatt)", "im vergleich zu", "verglichen mit", "(und|aber) (vorher|davor|letztes mal|beim letzten mal|im krankenhaus|bei der entlassung) (war|waren|warn|hatte|wog)", "(sollte|sollen|soll) ~2 (sein|liegen)", "(auf dem zettel|im plan|im heft) (steht|stehen)", "mein bestwert (ist|war)", "normal (ist|sind|wären)"],
  /** What names a body measure or a test result, so two numbers compared are a trend in the patient's body. */
  FLOOR_MEASURED: ["@FLOOR_UNIT", "gewogen", "wiegt", "wog", "gewicht", "waage", "wert", "werte", "*wert", "*werte", "spiegel", "ergebnis*", "kreatinin*", "blutwerte", "blutabnahme", "gemessen", "zentimeter", "cm", "sättigung", "zucker", "blutzucker", "blutdruck"],
  /** Words that open a new topic ("one more thing"): what follows is a concern the patient saved up. */
  FLOOR_NEW_TOPIC: ["noch was", "noch etwas", "was anderes", "etwas anderes", "übrigens", "noch eine sache", "wo ich sie gerade habe"],
};

export const DE_FLOOR_RULES: readonly ConceptRule[] = [
  {
    id: "de.floor.symptom", concept: "possible_red_flag", category: "red_flag_symptom", severity: "high", floor: true,
    when: ["@PAIN", "@SWELL", "@NUMB", "@WEAK", "@FEVER", "@BREATHLESS", "@DISCHARGE", "@FLOOR_SIGN"],
    examples: { match: ["er ist so schlapp und will nicht spielen", "ich huste jede nacht", "mir ist morgens schwindelig"], noMatch: ["wir waren am sonntag auf dem markt"] },
  },
  {
    id: "de.floor.body_change", concept: "possible_red_flag", category: "red_flag_symptom", severity: "high", floor: true,
    when: ["@FLOOR_BODY ~4 @FLOOR_CHANGE", "@FLOOR_CHANGE ~3 @FLOOR_BODY"],
    examples: { match: ["der urin ist dunkler als sonst"], noMatch: ["das auto ist anders"] },
  },
  {
    id: "de.floor.medication", concept: "possible_medication_problem", category: "medication_problem", severity: "high", floor: true, persists: true,
    when: ["@FLOOR_MED_EVENT ~4 @FLOOR_MED", "@FLOOR_MED ~4 @FLOOR_MED_EVENT", "vergessen ~3 (zu geben|zu nehmen|zu spritzen|geben|nehmen|spritzen)", "(verfallsdatum|haltbarkeit) ~3 (abgelaufen|vorbei|überschritten)"],
    examples: { match: ["ich habe die tabletten am wochenende vergessen", "die salbe habe ich abgesetzt"], noMatch: ["die apotheke war voll"] },
  },
  {
    // a medicine started by another prescriber: written by someone else for the patient, so any experiencer
    id: "de.floor.new_prescription", concept: "possible_medication_problem", category: "medication_problem", severity: "high", floor: true,
    experiencer: "any", persists: true,
    when: ["(verschrieben|aufgeschrieben|verordnet)"],
    examples: { match: ["der notarzt hat mir tabletten aufgeschrieben"], noMatch: ["ich habe einen brief geschrieben"] },
  },
  {
    id: "de.floor.reading", concept: "possible_red_flag", category: "red_flag_symptom", severity: "high", floor: true,
    when: ["@FLOOR_READING ~6 #"],
    examples: { match: ["das gerät zeigte heute 170"], noMatch: ["ich bin 3 kilometer gelaufen"] },
  },
  {
    id: "de.floor.distress", concept: "possible_distress", category: "emotional_distress", severity: "high", floor: true,
    questionMeansHypothetical: false, conditionalIsReal: true,
    when: ["(gott|herrgott|herrgott) ~3 (mich holt|mich holen|zu sich)", "(will|möchte) nicht mehr (leben|aufwachen)", "@FLOOR_DISTRESS"],
    examples: { match: ["ich bete dass der herrgott mich holt", "manchmal denke ich sie wären besser ohne mich", "ich kann nicht mehr, ich bin am ende"], noMatch: ["das wetter war schön"] },
  },
  {
    id: "de.floor.contact", concept: "possible_contact_request", category: "doctor_request", severity: "moderate", floor: true,
    questionMeansHypothetical: false,
    when: ["@WANT ~4 @FLOOR_CONTACT ~3 @CARE_PERSON", "@CARE_PERSON ~4 (@FLOOR_CONTACT|@CONTACT_VERB)", "@WANT ~2 (persönlich|direkt|selbst) ~3 (sprechen|reden)", "soll mich zurückrufen"],
    examples: { match: ["die ärztin soll mich heute zurückrufen"], noMatch: ["ich habe mit der nachbarin gesprochen"] },
  },
  {
    // the broadest floor: a body part said with when it began or how often (a present complaint with a course);
    // a medicine with a time is routine (started, picked up), so medicines stay with the event rule above
    id: "de.floor.mention", concept: "possible_red_flag", category: "red_flag_symptom", severity: "high", floor: true,
    when: ["@FLOOR_BODY"],
    with: ["@FLOOR_ONSET"],
    examples: { match: ["der Bauch grummelt seit Samstag", "der Nacken ist seit drei Tagen komisch"], noMatch: ["dem Bauch geht es gut"] },
  },
  {
    // the patient announces a problem of their own: whatever words follow, a person should read it
    id: "de.floor.disclosure", concept: "possible_red_flag", category: "red_flag_symptom", severity: "high", floor: true,
    when: ["@FLOOR_DISCLOSE", "(ich muss|ich sollte|ich wollte) (ihnen|dir|euch) ~2 (sagen|erzählen|beichten)"],
    examples: { match: ["ehrlich gesagt habe ich am dienstag zwei tabletten genommen", "ich muss ihnen noch was erzählen, die spritze war kaputt"], noMatch: ["der garten war schön"] },
  },
  {
    // a number with a unit of a body measure is a reading whatever the measure is called
    id: "de.floor.measure", concept: "possible_red_flag", category: "red_flag_symptom", severity: "high", floor: true,
    when: ["(#|@FLOOR_NUMERAL) @FLOOR_UNIT", "(#|@FLOOR_NUMERAL) (#|@FLOOR_NUMERAL) @FLOOR_UNIT", "(#|@FLOOR_NUMERAL) (#|@FLOOR_NUMERAL) (#|@FLOOR_NUMERAL) @FLOOR_UNIT"], with: ["@FLOOR_ONSET"],
    examples: { match: ["gestern waren es 3 liter", "seit montag habe ich zwei kilo verloren"], noMatch: ["ich bin 3 straßen gelaufen", "die flasche hat zwei liter"] },
  },
  {
    // a measure or result that has moved from its earlier value, target or best (see en.floor.trend)
    id: "de.floor.trend", concept: "possible_red_flag", category: "red_flag_symptom", severity: "high", floor: true, pastIsBaseline: true,
    when: ["(#|@FLOOR_NUMERAL) [einhalb] ~6 @FLOOR_BASELINE ~2 (#|@FLOOR_NUMERAL)", "(war|waren|warn|wog|hatte) (#|@FLOOR_NUMERAL) [einhalb] ~8 (jetzt|heute|heut|nun|nur noch) ~3 (#|@FLOOR_NUMERAL)"], with: ["@FLOOR_MEASURED"],
    examples: { match: ["der Kreatininwert ist 2,2 und bei der Entlassung war er 1,1", "sie wog achtzehn Kilo und jetzt zeigt die Waage sechzehn", "der Zucker war 5,1 und jetzt nach dem Essen 14"], noMatch: ["ich nehme jetzt 2 Tabletten statt 3", "die Ärztin hat das Ramipril von 10 auf 5 runtergesetzt", "wir waren 4 Leute statt 6 wie letztes Jahr"] },
  },
  {
    // a new topic the patient opens in a statement is often the concern they called about
    id: "de.floor.new_topic", concept: "possible_red_flag", category: "red_flag_symptom", severity: "high", floor: true,
    when: ["@FLOOR_NEW_TOPIC"], with: ["(@FLOOR_BODY|@FLOOR_MED|@FLOOR_ONSET|@FLOOR_SIGN)"], window: 20,
    examples: { match: ["noch was, der knöchel ist seit montag ganz blau"], noMatch: ["der garten war schön"] },
  },
];
