/**
 * German context cues and measurement words, in the rule language of ../types.ts. German puts
 * "nicht" after the verb ("die Wunde blutet nicht", "Fieber habe ich keins"), which
 * `postNegationCues` covers within a few words.
 */

import type { ContextVocabulary, MeasurementVocabulary } from "../types";

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  null: 0, eins: 1, ein: 1, eine: 1, zwei: 2, zwo: 2, drei: 3, vier: 4, funf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10,
  elf: 11, zwolf: 12, dreizehn: 13, vierzehn: 14, funfzehn: 15, sechzehn: 16, siebzehn: 17, achtzehn: 18, neunzehn: 19,
  zwanzig: 20, dreissig: 30, dreisig: 30, vierzig: 40, funfzig: 50, sechzig: 60, siebzig: 70, achtzig: 80, neunzig: 90,
  hundert: 100, einhundert: 100, zweihundert: 200,
};

export const DE_GAP_BLOCKERS: readonly string[] = ["nicht", "kein", "keine", "keinen", "keiner", "keines", "keins", "nie", "niemals", "ohne", "weder", "aber", "jedoch", "sondern"];

export const DE_CONTEXT: ContextVocabulary = {
  negationCues: ["nicht", "kein", "keine", "keinen", "keiner", "keines", "keinerlei", "nie", "niemals", "ohne", "weder", "nichts", "net", "ned", "nich", "nix", "koa", "koan", "koane", "kans", "koans", "keene", "keen", "keens"],
  pseudoNegations: ["oder nicht", 
    // eine Bitte als verneinte Frage: "Kann ich nicht einfach mit einer echten Person reden?"
    // also in dialect ("Kann i ned einfach mit ana echten Person reden?")
    "(nicht|net|ned|nich) ~2 (mit|mit'm|mim|mit'n) ~4 (reden|redn|red|sprechen|telefonieren)",
    // "ohne mich" is what passive ideation says ("alle wären ohne mich besser dran"), not a denial
    "ohne (mich|dich|uns)",
    "nicht (nur|sicher|ganz sicher|so sicher|unbedingt)", "ohne zweifel", "(geht|gehen|hört|hören|wird|werden|hilft|helfen|wirkt|wirken|bringt|bringen|lässt|lassen) ~2 nicht (weg|auf|besser|nach)",
    "(hilft|helfen|wirkt|wirken|bringt|bringen) (nicht|nichts|kaum)", "nichts (hilft|wirkt|bringt)", "kann (nicht|kaum) (aufhören|mehr)",
    "(geht es|gehts|geht's) ~1 nicht (gut|so gut)", "nicht (weggehen|weggeht|weg geht|aufhören|aufhört|besser werden|besser wird|nachlassen|nachlässt|stoppen|zu stoppen|mehr aufhört)", "nicht (gut|so gut|wohl)", "weiß nicht (ob|wie|wann|was)", "kein wunder",
  ],
  postNegationCues: ["nicht", "kein", "keine", "keinen", "keins", "keines", "nie", "gar nicht", "überhaupt nicht", "nein", "net", "ned", "nich", "nix", "koa", "koans", "kans", "keene", "keens"],
  postNegationReach: 5,
  listDenialCues: ["nichts", "nichts davon", "nichts dergleichen", "nein", "keins davon", "keines davon", "gar nichts", "auch nicht", "nix"],
  conditionalCues: ["wenn", "falls", "sollte", "sofern", "was ist wenn", "was wenn", "im fall", "für den fall"],
  clauseThen: ["dann", "danach"],
  terminators: ["aber", "jedoch", "sondern", "allerdings", "trotzdem", "außer", "nur dass", "jetzt", "immer noch", "dafür", "weil", "da ich", "denn"],
  listJoiners: ["und", "oder", "noch"],
  disjunctiveJoiners: ["oder"],
  hypotheticalCues: ["angst (vor|dass)", "sorge (dass|vor)", "befürchte", "risiko", "anzeichen", "zeichen von", "symptome von", "vorbeugen", "vermeiden", "ist es normal", "woran erkenne ich", "was mache ich (wenn|falls)", "wann (soll|muss) ich (anrufen|kommen|mir sorgen)", "könnte", "kann (das|es) (passieren|auftreten|kommen)", "irgendwann", "in zukunft", "(darf|kann|soll|muss|dürfte|könnte) (ich|er|sie|man|das kind) ~3 (nehmen|geben|absetzen|weglassen|verdoppeln|einnehmen|spritzen)"],
  accentedNonCues: [],
  hypotheticalExceptions: ["(weiß|wusste|fragen|frage|sehen|nachschauen|erinnern|sicher) ob", "als ob", "selbst wenn", "auch wenn", "wenn ich ehrlich bin", "wenn ich mich nicht irre"],
  reportedInformationCues: ["(beipackzettel|packungsbeilage|zettel|internet|google|broschüre|nachbarin|forum) (sagt|steht|schreibt|meint|warnt)", "(gelesen|habe gelesen) (dass|im|in)", "man hat mir gesagt"],
  historicalCues: ["vor (jahren|monaten|langer zeit|einem jahr)", "im (januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember)", "vor (zwei|drei|vier|fünf|sechs|#) (monaten|jahren)", "letztes jahr", "letzten (sommer|winter|herbst|frühling)", "im letzten (sommer|winter|herbst|frühling)", "vorigen (sommer|winter|herbst|frühling)", "letzten monat", "letzte woche", "vorige woche", "als kind", "früher", "vor der (operation|op)", "in der vergangenheit", "am ersten tag", "die ersten tage"],
  // the event the care follows: past for that event word only ("after the heart attack")
  indexEventCues: ["(nach|seit) (dem|meinem|seinem|ihrem) (infarkt|herzinfarkt|schlaganfall|hirninfarkt|gerinnsel|thrombose|lungenembolie|embolie)", "vor (#|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|zwölf) (tagen|wochen) ~2 (meinen|den|einen|seinen) (infarkt|herzinfarkt|schlaganfall|hirninfarkt|lungenembolie)", "(hatte|hab|habe) ~2 im (januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember) ~1 (den|meinen|einen) (infarkt|herzinfarkt|schlaganfall)"],
  // someone who took the reading for the patient or lent the device: the measurer, not whose reading it is
  measuredForPatientCues: ["(hat|hatte) ~3 (gemessen|nachgemessen|geprüft)", "(hat|hatte) ~3 (ein|einen|so ein|so einen|das|den) ~2 (gerät|messgerät|blutdruckgerät|fieberthermometer|thermometer|oximeter|pulsoxymeter)"],
  // someone who gave the dose: the giver, not whose medicine it is
  givenToSpeakerCues: ["(hat|haben) mir ~3 (nochmal|noch mal|noch eine|doppelt|zweimal|wieder) ~2 (gegeben|gespritzt)"],
  givenToSpokenForCues: ["(hat|haben) (ihm|ihr) ~3 (nochmal|noch mal|noch eine|doppelt|zweimal|wieder) ~2 (gegeben|gespritzt)"],
  careSettingCues: ["im krankenhaus"],
  ongoingCues: ["seit", "immer noch", "noch immer", "weiterhin", "noch"],
  resolutionCues: ["(seitdem|seither) ~2 (ist wieder ruhe|ist ruhe|war nichts mehr|nichts mehr|ist es weg)", "(ist|sind|war) ~2 (weg|vorbei|verschwunden|abgeklungen|besser)", "(ging|geht) ~2 (weg|vorbei)", "wieder weg", "wieder gut", "(viel|deutlich) besser", "nicht wiedergekommen", "nicht mehr gekommen", "nicht wieder aufgetreten", "hat aufgehört", "dauerte (nur|ein paar) (sekunden|minuten)", "danach (war|ist) es (weg|gut|besser)", "von selbst (weg|aufgehört)"],
  eventResolutionCues: ["(war|bin) ~2 (in der apotheke|beim hausarzt)", "(habe|hab) ~2 (sie|es|die tabletten) ~2 (wieder|geholt|bekommen)", "nehme (sie|es) wieder"],
  recencyCues: ["heute", "heute nacht", "gestern", "heute morgen", "heute früh", "heute abend", "letzte nacht", "vorhin", "gerade eben", "vor (einer|zwei|ein paar) stunden", "jetzt"],
  expectedCues: ["(ist|sei|wäre) (ganz|völlig|total)? normal", "(die ärztin|der arzt|der chirurg|die schwester|man) (hat|hatte) ~2 (gesagt|erklärt|vorgewarnt|angekündigt)", "(hat|hatte) (mich|uns) (vorgewarnt|darauf hingewiesen)", "zu erwarten", "erwartet", "macht mir keine sorgen", "wie immer", "wie sonst auch", "normal für mich", "(etwas|ein bisschen|leicht|leichte|bisschen) ~2 (schmerzen|weh|geschwollen|müde|empfindlich|gerötet)",
  ],
  baselineCues: [
    // ein alter, unveränderter Befund: der Normalzustand, kein neues Warnzeichen
    "(ist|war) [schon] seit (jahren|ewigkeiten|langem|jeher) so", "nichts neues", "(ist|das ist) nicht neu", "(schon immer|immer schon) so",
    "kenne ich [schon] seit jahren", "hab ich [schon] seit jahren",
  ],
  thirdPartyNouns: [
    "kumpel", "kumpeline", "mitbewohner", "mitbewohnerin", "mann", "ehemann", "frau", "ehefrau", "partner", "partnerin", "freund", "freundin", "sohn", "tochter", "kind", "kinder", "baby", "mutter", "mama", "vater", "papa", "bruder", "schwester", "tante", "onkel", "cousin", "cousine", "oma", "opa", "großmutter", "großvater", "enkel", "enkelin", "neffe", "nichte", "nachbar", "nachbarin", "kollege", "kollegin", "chef", "chefin", "schwiegermutter", "schwiegervater", "hund", "katze", "familie"],
  thirdPartyDeterminers: ["mein", "meine", "meinem", "meinen", "meiner", "unser", "unsere", "sein", "seine", "ihr", "ihre", "der", "die", "das", "dem", "ein", "eine", "einem"],
  thirdPartyPronouns: ["er", "ihm", "ihn"],
  objectPrepositions: ["mit", "zu", "zum", "zur", "bei", "beim"],
  childNouns: ["sohn", "tochter", "kind", "kinder", "baby"],
  // a caller who says they call for a relative: that relative is the patient
  carerCallCues: ["(ich rufe|ich ruf|rufe|ruf) ~3 (wegen|für|im auftrag) (meiner|meinem|meines|meine|meinen) (mutter|mama|vater|papa|mann|frau|oma|opa|bruder|schwester|sohn|tochter|schwiegermutter|schwiegervater)", "ich bin (die|der|seine|ihre) (tochter|sohn|frau|ehefrau|mann|pflegerin|betreuerin|enkelin|enkel)", "(wie geht es|wie gehts|wie geht's) (ihrer|ihrem|deiner|deinem) (mutter|vater|mann|frau|sohn|tochter|oma|opa)"],
  carerOwnRoleCues: ["ich bin (die|der|seine|ihre) (tochter|sohn|frau|ehefrau|mann|pflegerin|betreuerin|enkelin|enkel)"],
  childCallCues: [
    "(ihr|ihre|ihrem|ihres|dein|deine|das) (baby|babys|neugeborene*|kleine|kleiner|kleinen)",
    "(ihr|ihre|ihrem|ihres|dein|deine) (sohn|tochter|kind|kindes|sohnes) ~4 (geht|isst|trinkt|schläft|atmet|fieber|temperatur|medikament*|dosis|spray|anfall|anfälle|symptome|gesundheit|behandlung|gewicht|operation|windeln|husten)",
    "(kinderklinik|kinderarzt|kinderärztin|kinderdiabetologie|kinderambulanz|kinderkrankenhaus|kinderstation|pädiatrie)",
  ],
  firstPersonCues: ["ich", "mir", "mich", "mein", "meine", "meinem", "meinen", "meiner"],
  treatmentForCues: ["(gegen|für) [das|den|die|sein|seine|ihr|ihre|mein|meine|dieses|diesen]"],
  presentStateCues: ["ich habe", "ich hab", "ich bin", "habe ich", "bin ich", "seit", "jetzt", "gerade", "heute", "gestern", "immer noch", "noch"],
  sanctionedChangeCues: ["@CLINICIAN ~6 (gesagt|angeordnet|empfohlen|verordnet|abgesetzt|umgestellt|reduziert|erhöht|halbiert|gesenkt|runtergesetzt|heruntergesetzt|runtergsetzt|hochgesetzt)", "wie (besprochen|verordnet|angeordnet|geplant)", "(wie|so wie) (er|sie|der arzt|die ärztin|es) ~2 gesagt (hat|hatte)", "vor der (operation|op|darmspiegelung|untersuchung)", "(therapie|kur|behandlung) ~2 (beendet|abgeschlossen|vorbei)"],
  consequenceOpeners: ["(also|deshalb|darum|deswegen)"],
  unsanctionedCues: ["(die hälfte|weniger|mehr) als", "statt", "anstatt", "eigentlich (soll|sollte|muss)", "ohne (zu fragen|rücksprache|bescheid)", "auf eigene faust", "von mir aus", "selbst"],
  medicationContext: ["@MED", "abgesetzt", "genommen", "nehme", "nehmen", "eingenommen", "gespritzt", "spritze", "dosis", "einheiten", "apotheke", "rezept", "verschrieben", "verordnet", "aufgeschrieben"],
  selfContactCues: ["(lass|lassen sie) mich ~2 (anrufen|dort anrufen|da anrufen)", "(ich werde|ich rufe|ich ruf|ich melde mich) ~2 (anrufen|an|selbst|morgen)", "(habe|hab) ~2 (angerufen|telefoniert|gesprochen)", "(soll|muss) ich (anrufen|mich melden)", "(wann|wen|welche nummer) (soll|muss) ich (anrufen)", "(hat|haben) (mir|uns) ~3 gesagt ~3 (anrufen|melden|anzurufen)"],
  contactCues: ["@CARE_PERSON", "@CONTACT_VERB"],
};

export const DE_MEASUREMENTS: MeasurementVocabulary = {
  glucoseContext: ["zucker", "blutzucker", "zuckerwert", "zuckerwerte", "glukose", "messgerät", "sensor", "libre", "mmol", "mg dl"],
  temperatureContext: ["temperatur", "fieber", "grad", "thermometer"],
  bloodPressureContext: ["blutdruck", "druck", "systolisch", "diastolisch", "oberer wert", "unterer wert"],
  pulseContext: ["puls", "herzfrequenz", "herzschlag", "schläge", "herz (schlägt mit|rast mit|ist bei|liegt bei|war bei)", "(uhr|smartwatch|fitnessarmband) ~3 (herz|puls)"],
  oxygenContext: ["pulsoxymeter", "pulsoximeter", "oxymeter", "oximeter", "sauerstoffmessgerät", "sauerstoff", "sättigung", "sauerstoffsättigung", "sättigungswert", "(ding|gerät|clip|klammer) am finger", "fingerclip"],
  // COPD and its names: the oxygen target is 88-92% (see thresholds.ts)
  lowerOxygenTargetContext: ["copd", "lungenemphysem", "emphysem", "chronische bronchitis", "chronisch obstruktive"],
  pregnancyContext: ["schwanger", "schwangerschaft", "schwangerschaftswoche", "ssw", "hebamme", "präeklampsie", "wochenbett", "entbindung", "geburt", "kaiserschnitt", "frauenärztin", "frauenarzt", "gestose"],
  inrContext: ["inr", "quick", "quickwert", "gerinnung", "gerinnungswert", "coaguchek", "marcumar wert"],
  lithiumContext: ["lithiumspiegel", "lithium spiegel", "lithiumwert", "lithium wert", "spiegel vom lithium", "lithium lag", "lithium war"],
  nonReadingUnits: ["pfeil*", "minute*", "min", "stunde*", "std", "tag", "tage", "tagen", "woche*", "monat*", "jahr*", "mal", "tablette*", "schritt*", "stufe*", "stock", "stockwerk*", "euro", "franken", "km", "kilometer", "meter", "glas", "gläser", "tasse*", "einheiten", "gramm", "mg", "ml", "liter", "enkel*", "kinder", "uhr"],
  weightContext: ["gewicht", "gewogen", "wiege", "waage", "kilo", "kg"],
  weightGainCues: ["zugenommen", "zugelegt", "mehr", "hoch", "gestiegen", "plus"],
  currentTimeCues: ["heute", "heute früh", "heute morgen", "jetzt", "heute abend"],
  kilogramUnits: ["kilo", "kilos", "kg", "kilogramm"],
  poundUnits: ["pfund"],
  periods: [
    { days: 1, when: ["über nacht", "seit gestern", "an einem tag", "in 24 stunden", "von gestern auf heute"] },
    { days: 2, when: ["in zwei tagen", "in 2 tagen", "seit vorgestern"] },
    { days: 3, when: ["in drei tagen", "in 3 tagen", "in wenigen tagen", "seit (montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)", "in den letzten tagen"] },
    { days: 7, when: ["in einer woche", "diese woche", "seit letzter woche"] },
    { days: 30, when: ["in einem monat", "diesen monat", "dieses jahr", "monaten", "seit der operation", "seit dem sommer", "seit dem frühjahr", "seit dem frühling", "seit dem herbst", "seit dem winter", "seit weihnachten", "seit letztem jahr", "seit letztem monat", "seit ich angefangen habe"] },
  ],
  dayUnits: ["tag", "tagen", "tage"],
  weekUnits: ["woche", "wochen"],
  readingLinks: ["bei", "auf", "von", "war", "ist", "sind", "waren", "lag", "liegt", "zeigt", "zeigte", "hatte", "habe", "hab", "gemessen", "gestiegen auf", "gefallen auf", "runter auf", "hoch auf", "über"],
  readingFillers: ["etwa", "ungefähr", "fast", "knapp", "so", "so um die", "um die", "über"],
  targetCues: ["ziel", "zielwert", "sollte", "soll", "zwischen", "unter", "über", "weniger als", "mehr als", "wenn (er|es|der)", "normal ist", "normalerweise"],
  numberWords: NUMBER_WORDS,
  hundredWords: ["hundert"],
  thousandWords: ["tausend"],
  decimalWords: ["komma", "punkt"],
  numberJoiners: ["und"],
  compoundNumberWords: true,
  bloodPressureSeparators: ["zu", "uber", "\\/"],
  bloodPressureNamedSeparators: ["(?:oben|systolisch)\\s+(?:und|zu)(?:\\s+unten)?"],
};

export const DE_DETECTION_WORDS: readonly string[] = [
  "ich", "und", "ist", "das", "die", "der", "nicht", "mit", "ein", "eine", "es", "zu", "auf", "fur", "auch", "mein", "meine", "habe", "hab",
  "sie", "wir", "aber", "noch", "wie", "was", "wenn", "dann", "schon", "sehr", "ja", "nein", "danke", "bitte", "doch", "mal", "oder",
  "seit", "gestern", "heute", "kann", "muss", "soll", "den", "dem", "im", "bei", "tut", "weh", "mir", "mich", "ihnen", "frau",
];
