/**
 * German clinical concepts (Germany, Austria, Switzerland): term classes, concept rules and idioms
 * in the rule language of ../types.ts, one rule per concept of ../CHECKLIST.md. German builds
 * compounds ("Brustschmerzen", "Wadenkrampf"), so classes list the compounds patients use and
 * their stems ("brustschmerz*"), besides the split forms ("Schmerzen in der Brust"). Umlauts and
 * ß are folded ("Übelkeit" reads "ubelkeit", "Fuß" reads "fus"). Examples are ours.
 */

import type { ConceptRule, IdiomSpec } from "../types";

export const DE_TERMS: Readonly<Record<string, readonly string[]>> = {
  CANT: ["kann nicht", "kann kaum", "kann ich nicht", "kann ich kaum", "schaffe es nicht", "schaff es nicht", "krieg keine", "kriege keine", "bekomme keine", "bekomm keine", "nicht mehr", "fällt mir schwer", "schwer"],
  // Clinicians and care services who can change a treatment ("die Kardiologin hat die Dosis halbiert").
  CLINICIAN: [
    "arzt", "ärztin", "doktor", "doktorin", "dr", "hausarzt", "hausärztin", "facharzt", "fachärztin", "chirurg", "chirurgin",
    "kardiologe", "kardiologin", "frauenarzt", "frauenärztin", "neurologe", "neurologin", "psychiater", "psychiaterin",
    "nephrologe", "nephrologin", "rheumatologe", "rheumatologin", "onkologe", "onkologin", "kinderarzt", "kinderärztin",
    "lungenarzt", "lungenärztin", "hebamme", "apotheker", "apothekerin", "klinik", "krankenhaus", "station",
  ],
  CARE_PERSON: ["pflegefachfrau", "pflegefachmann", "praxisassistentin", "mpa", "arzthelferin", "sprechstundenhilfe", "diplomkrankenschwester", "diplomkrankenpfleger", 
    "arzt", "ärztin", "doktor", "doktorin", "dr", "hausarzt", "hausärztin", "pflege", "pfleger", "pflegerin", "krankenschwester",
    "schwester", "chirurg", "chirurgin", "facharzt", "fachärztin", "jemand", "jemanden", "jemandem", "mensch", "menschen", "echten menschen", "richtigen menschen", "person", "echten person",
    "einem menschen", "team", "praxis", "klinik", "station", "kardiologe", "kardiologin", "hebamme", "onkologe", "onkologin",
    "apotheker", "apothekerin", "sprechstunde", "ambulanz", "beraterin", "berater", "diabetesberaterin", "diabetesberater", "therapeut", "therapeutin", "psychologin", "psychologe", "ordination",
  ],
  CHEST: ["brust", "brustkorb", "brustbein", "herzgegend", "herzbereich", "thorax"],
  CALF: ["wadl", "wadel", "wadn", "wade", "waden", "bein", "beine", "oberschenkel", "unterschenkel", "kniekehle"],
  LOWER_LIMB: ["haxn", "haxen", "fesseln", "knöchel", "knochel", "fuß", "füße", "fus", "fuse", "füsse", "bein", "beine", "unterschenkel", "sprunggelenk", "sprunggelenke", "fußgelenke"],
  FACE_PART: ["gesicht", "mund", "mundwinkel", "lippe", "augenlid", "gesichtshälfte", "eine seite des gesichts", "wange"],
  AIRWAY_PART: ["lippen", "lippe", "zunge", "hals", "rachen", "gesicht", "augenlider", "mund"],
  WOUND: ["op narbe", "operationsnarbe", "geschwür", "offenes bein", "druckgeschwür", "dekubitus", "wunde", "wunden", "narbe", "naht", "nähte", "schnitt", "operationswunde", "op wunde", "wundränder", "klammern", "fäden", "pflaster", "verband", "verbände", "stelle", "drainage", "stoma", "transplantat", "einstichstelle"],
  PAIN: ["tuat weh", "tuat so weh", "tuet weh", "duat weh", "weh tuat", "sauweh", "schmerz", "schmerzen", "schmerzt", "tut weh", "tun weh", "tat weh", "weh", "brennt", "brennen", "stechen", "sticht", "stechend", "ziehen", "zieht", "drückt", "krampf", "krämpfe", "pocht", "pochen", "wund", "empfindlich"],
  PRESSURE: ["druck", "drückt", "enge", "eng", "engegefühl", "beklemmung", "beklemmend", "schwer", "schwere", "zugeschnürt", "presst", "ring", "gewicht", "stein"],
  SWELL: ["gschwollen", "gschwolln", "aufgeschwemmt", "angelaufen", "geschwollen", "geschwollene", "geschwollenen", "schwellung", "schwellungen", "angeschwollen", "dick", "dicker", "dicke", "aufgedunsen", "wasser", "ödem", "ödeme", "aufgebläht", "prall"],
  DISCHARGE: ["sifft", "siffen", "schmiert", "schmierig", "müffelt", "gelbes zeug", "grünes zeug", "eiter", "eitert", "eitrig", "nässt", "nassen", "nässend", "suppt", "sickert", "flüssigkeit", "sekret", "gelblich", "gelb", "grün", "grünlich", "riecht", "stinkt", "geruch", "übel riechend", "läuft raus", "kommt raus"],
  OPENING: ["aufgerissen", "klafft auseinander", "fäden sind raus", "aufgegangen", "aufgeplatzt", "offen", "klafft", "geht auf", "ist auf", "auseinander", "gerissen", "naht ist auf"],
  BREATHE: ["atmen", "atme", "luft", "atmung", "luft holen", "durchatmen", "atem"],
  BREATHLESS: ["ringe nach luft", "schnappe nach luft", "schnapp nach luft", "keuche", "keuchen", "hechle", "hecheln", "atemnot", "kurzatmig", "kurzatmigkeit", "luftnot", "außer atem", "ausser atem", "aus der puste", "keine luft", "kaum luft", "schnaufe", "schnaufen", "pfeift", "pfeifen", "röchel*", "japse", "japsen", "nach luft", "atemlos", "kurzluftig"],
  NUMB: ["taub", "taubheit", "taubheitsgefühl", "kribbeln", "kribbelt", "eingeschlafen", "gefühllos", "spüre nichts", "kein gefühl", "ameisenlaufen"],
  WEAK: ["schwach", "schwäche", "kraftlos", "keine kraft", "hängt", "hängend", "gelähmt", "lahm", "schlaff", "gehorcht nicht", "schwer"],
  FEVER: ["fieber", "fiebrig", "temperatur", "erhöhte temperatur", "schüttelfrost", "frösteln", "fröstle", "zittern", "schweißausbrüche", "nachtschweiß", "heiß und kalt", "glühe"],
  MOOD_LOW: ["im loch", "freudlos", "lustlos", "traurig", "niedergeschlagen", "leer", "down", "deprimiert", "bedrückt", "hoffnungslos", "antriebslos", "einsam", "allein", "am boden", "mutlos", "schlecht drauf"],
  SEVERE: ["stark*", "sehr stark*", "schlimm*", "furchtbar*", "schrecklich*", "unerträglich*", "heftig*", "extrem*", "höllisch*", "wahnsinnig*", "massiv*", "fürchterlich*", "total"],
  WORSE: ["schlimmer", "schlechter", "verschlimmert", "immer mehr", "nimmt zu", "zugenommen", "breitet sich aus", "ausgebreitet", "größer", "wird mehr", "mehr als sonst", "mehr als vorher", "wird nicht besser", "steigt"],
  NEW: ["neu", "neue", "neuer", "seit gestern", "seit heute", "seit heute morgen", "seit letzter nacht", "seit", "heute", "gestern", "heute nacht", "heute morgen", "letzte nacht", "jetzt", "gerade", "angefangen", "aufgetreten", "plötzlich", "zum ersten mal"],
  SUDDEN: ["plötzlich", "auf einmal", "schlagartig", "aus dem nichts", "ganz plötzlich", "von jetzt auf gleich"],
  PERSISTENT: ["hört nicht auf", "geht nicht weg", "geht nicht weg", "immer noch", "noch immer", "den ganzen tag", "die ganze nacht", "jeden tag", "ständig", "dauernd", "ununterbrochen", "seit tagen", "anhaltend", "noch"],
  AT_REST: ["in ruhe", "im sitzen", "im liegen", "beim liegen", "sitzend", "liegend", "ohne anstrengung", "beim reden", "beim anziehen", "nachts", "weckt mich"],
  MED_NOUN: ["tabletterl", "tablettchen", "zäpfchen", "medis", "medi", 
    "tablette", "tabletten", "medikament", "medikamente", "medizin", "arznei", "pille", "pillen", "kapsel", "kapseln", "dosis",
    "insulin", "spritze", "spritzen", "injektion", "pflaster", "tropfen", "augentropfen", "rezept", "rezepte", "antibiotikum",
    "antibiotika", "schmerzmittel", "schmerztabletten", "inhalator", "spray", "asthmaspray", "pen", "pens", "einheiten",
    "wassertablette", "wassertabletten", "entwässerungstabletten", "blutverdünner", "blutdrucktabletten", "herztabletten",
    "statin", "antidepressivum", "antidepressiva", "saft", "chemo", "folgerezept", "zuckertabletten", "diuretikum",
    "vitamin*", "vitamine", "nahrungsergänzung*", "folsäure", "eisentabletten", "eisen", "abführmittel", "probiotika",
  ],
  DRUG: [
    "hydroxyurea", "hydroxycarbamid", "siklos",
    "levetiracetam", "keppra", "lamotrigin", "lacosamid", "topiramat", "oxcarbazepin", "valproinsäure",
    "marcumar", "phenprocoumon", "warfarin", "eliquis", "apixaban", "xarelto", "rivaroxaban", "pradaxa", "clexane", "heparin",
    "ass", "aspirin", "clopidogrel", "metformin", "lantus", "levemir", "novorapid", "humalog", "ozempic", "ramipril",
    "lisinopril", "candesartan", "valsartan", "amlodipin", "bisoprolol", "metoprolol", "torasemid", "furosemid", "lasix",
    "spironolacton", "digitoxin", "amiodaron", "simvastatin", "atorvastatin", "l thyroxin", "thyroxin", "levothyroxin",
    "allopurinol", "colchicin", "prednisolon", "cortison", "ibuprofen", "paracetamol", "novalgin", "metamizol", "tramadol",
    "tilidin", "morphin", "oxycodon", "sertralin", "citalopram", "amoxicillin", "salbutamol", "pantoprazol", "omeprazol",
    "eisen", "methotrexat", "tamoxifen", "entresto", "jardiance",
  ],
  DRUG_SHAPE: ["*salazin", "*pril", "*sartan", "*olol", "*dipin", "*statin", "*semid", "*xaban", "*parin", "*gliptin", "*gliflozin", "*glutid", "*prazol", "*oxetin", "*azepam", "*zolam", "*mab", "*tinib", "*cyclin", "*cillin", "*floxacin", "*mycin", "*azol", "*clovir", "*navir", "*gravir", "*buvir", "*fovir", "*tamivir", "*previr", "*asvir", "*nison", "*rtison", "*thason", "*solon", "*profen"],
  /** German compounds of medicine words: "Kortisonspray", "Blutdrucktabletten", "Schmerzmittel". */
  MED_COMPOUND: ["*spray", "*tabletten", "*tablette", "*tropfen", "*pflaster", "*spritze", "*spritzen", "*kapseln", "*medikament", "*medikamente", "*mittel", "*insulin", "*pen", "*salbe"],
  /** Medicines taken once a week (or less): taken daily, they are dangerous (methotrexate above all). */
  WEEKLY_MED: ["methotrexat", "mtx", "metex", "lantarel", "alendronat", "alendronsäure", "fosamax", "risedronat", "actonel", "ibandronat", "semaglutid", "ozempic", "wegovy", "dulaglutid", "trulicity", "tirzepatid", "mounjaro", "wochenspritze", "wochentablette"],
  /** A schedule more often than weekly. */
  MORE_THAN_WEEKLY: ["jeden tag", "jeden morgen", "jeden abend", "täglich", "tagtäglich", "pro tag", "am tag", "zweimal die woche", "zweimal pro woche", "zweimal in der woche", "dreimal die woche", "jeden zweiten tag"],
  NSAID: ["dolormin", "nurofen", "aleve", "arcoxia", "ponstan", "irfen", "algifor", "brufen", "indometacin", "piroxicam", "ibuprofen", "ibu", "ibus", "naproxen", "diclofenac", "voltaren", "diclo", "celecoxib", "meloxicam", "entzündungshemmer", "*profen"],
  ANTICOAG: ["sintrom", "marcoumar", "blutverdünnung", "marcumar", "phenprocoumon", "falithrom", "warfarin", "apixaban", "eliquis", "rivaroxaban", "xarelto", "edoxaban", "lixiana", "dabigatran", "pradaxa", "heparin", "clexane", "blutverdünner", "gerinnungshemmer", "*xaban"],
  /** Medicines whose blood level is measured: a level that is high or toxic is reported. */
  LEVEL_DRUG: ["lithium", "quilonum", "digoxin", "digitoxin", "tacrolimus", "prograf", "advagraf", "ciclosporin", "sirolimus", "everolimus", "phenytoin", "valproat", "valproinsäure", "carbamazepin", "phenobarbital", "theophyllin", "vancomycin", "gentamicin", "lithiumspiegel", "digoxinspiegel", "digitoxinspiegel", "tacrolimusspiegel", "medikamentenspiegel"],
  /** A quick-relief (rescue) inhaler, by name or by its colour. */
  RELIEVER: ["berodual", "ventolin", "notfallspray", "salbutamol", "sultanol", "spray", "inhalator", "asthmaspray", "bedarfsspray", "das blaue", "blaue spray", "blaues spray"],
  MED: ["@MED_NOUN", "@DRUG", "@DRUG_SHAPE", "@LEVEL_DRUG", "@MED_COMPOUND"],
  MED_PRONOUN: ["sie", "es", "ihn", "die", "das", "den", "eine", "einen", "keine", "keinen"],
  NUM: ["ein", "eine", "einen", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "paar", "ein paar", "einige", "mehrere", "halbes", "#"],
  CONTACT_VERB: ["anläuten", "zurückläuten", "alüte", "aalüüte", "aalüte", "anrufen", "ruft", "anruft", "rückruf", "zurückrufen", "zurückruft", "sprechen", "reden", "telefonieren", "melden", "meldet", "sehen", "anschauen", "anschaut", "termin", "vorbeikommen", "kontakt", "kontaktieren", "kontaktiert", "untersuchen", "untersucht", "draufschauen", "draufschaut", "verbinden", "verbinde", "durchstellen", "durchstelln", "weiterverbinden", "red", "redn", "durchstellen", "weiterleiten", "weiterverbinden"],
  WANT: ["möchte", "möchten", "möcht", "mecht", "möchat", "bittschön", "tät gern", "täte gern", "will", "würde gern", "würde gerne", "hätte gern", "hätte gerne", "brauche", "bräuchte", "könnte", "können", "kann", "bitte", "wäre es möglich", "ist es möglich", "geht das", "mich", "mir", "gibt es"],
};

export const DE_RULES: readonly ConceptRule[] = [
  {
    id: "de.chest_pain", concept: "chest_pain", category: "red_flag_symptom", severity: "urgent",
    when: ["(brust|herz) ~3 (wie in einem schraubstock|wie in einer zange|wie eingeschnürt|zusammengeschnürt|zusammengepresst)", "(herzstechen|herzdrücken|stiche in der brust|brustdrücken|brustbrennen)", "(wie in einem schraubstock|wie in einer zange|wie eingeschnürt|zusammengeschnürt) ~3 (brust|herz)", "(brust) ~3 (nicht frei|drückt|wie zugeschnürt|eng)", "(es drückt|so ein druck|ein druck|druck|enge|ein brennen|ein stechen) ~2 (auf der|in der) brust", 
      "(brustschmerz*|brustenge|herzschmerz*|engegefühl in der brust|druck auf der brust)",
      "(@PAIN|@PRESSURE) ~4 (in der|auf der|an der|hinter dem|im|uff die|auf die|auf der) ~1 (@CHEST)",
      "(drückt|drückte|sticht|brennt|zieht|engt) ~4 (die|der|meine|mir die)? ~1 @CHEST",
      "@CHEST ~4 (@PAIN|tut weh|drückt|brennt|eng|zugeschnürt|wie zugeschnürt|schmerzt)",
      "(herzinfarkt|infarkt|angina pectoris|angina)",
      "(elefant|stein|gewicht|etwas|jemand) ~3 (auf der brust|auf meiner brust|sitzt auf)",
      "(schmerz*|zieht|strahlt) ~5 (in den|in die|bis in den|bis in die|zum) ~1 (arm|kiefer|hals|rücken|schulter)",
    ],
    examples: { match: ["mir tuat d brust so weh seit heut früh", "es ist wie in einem Schraubstock in der Brust", "ich habe seit einer Stunde Herzstechen", "ich krieg die Brust nicht frei, es drückt", "ich habe seit heute morgen einen Druck auf der Brust", "beim Treppensteigen wird die Brust ganz eng", "der Schmerz zieht in den linken Arm"], noMatch: ["das Hähnchen mit Brustfilet", "mir tut das Knie weh", "Hähnchenbrust mit Reis"] },
  },
  {
    id: "de.breathing_severe", concept: "breathlessness", category: "red_flag_symptom", severity: "urgent",
    when: ["(mitten im satz|mitten in einem satz|mitten im reden|mitten beim reden|mitten im sprechen) ~4 (luft|atmen|atem|anhalten|pause|aufhören)", "(keinen|kein) ~2 (satz|ganzen satz) ~3 (zu ende|durch|am stück) ~3 (sprechen|reden|bringen|sagen)", "(schnappe|schnapp|ringe|ringt|schnappt|schnappte|rang) nach luft", "(kriag|überchum|überchume|überkomme|überchunt) ~3 (koa|kei|keine|kaum) luft", "(lippen|gesicht|finger) ~3 (blau angelaufen|ganz blau|bläulich angelaufen)", "@CANT ~2 @BREATHE", "(krieg|kriege|bekomme|bekomm) ~3 (keine|kaum) luft", "(ersticke|ersticken|erstickungsgefühl)", "(lippen|fingernägel|finger|gesicht) ~3 (blau|bläulich|grau|lila)", "(schwierigkeiten|probleme|mühe) ~2 (beim atmen|mit dem atmen|zu atmen)", "(kann|schaffe) ~2 (keinen satz|keine sätze) ~2 (zu ende|mehr)"],
    examples: { match: ["ich muss mitten im Satz anhalten, weil ich keine Luft kriege", "i kriag koa luft mehr", "er ringt nach Luft", "ich überchume kei Luft", "ich krieg im Liegen kaum Luft", "meine Lippen sind etwas bläulich", "ich habe Probleme beim Atmen"], noMatch: ["mitten im Film hab ich eine Pause gemacht", "das Auto ist blau", "ich atme gut", "die Atemübungen sind langweilig"] },
  },
  {
    id: "de.breathless", concept: "breathlessness", category: "red_flag_symptom", severity: "high",
    when: ["@BREATHLESS", "(atmung|atem) ~3 (schlechter|schneller|flacher|pfeift|schwerer)", "(krieg|krieg ich|kriege|kriegt|bekomme|bekomm|bekommt) ~5 (schlecht|kaum|keine|wenig|nicht genug|schwer) luft"],
    qualifiedBy: ["beim kleinsten", "bei der kleinsten anstrengung", "nach ein paar metern", "nach wenigen metern", "@WORSE", "@NEW", "@SUDDEN", "@AT_REST", "@SEVERE", "@PERSISTENT", "(paar|wenigen) schritte*", "(kann|schaffe) ~1 nicht (laufen|reden|schlafen)", "bad", "küche", "treppe", "toilette"],
    examples: { match: ["ich keuche nach ein paar Metern", "ich schnappe nach Luft bei der kleinsten Anstrengung", "ich krieg seit heute früh ganz schlecht Luft", "ich bin sogar im Sitzen kurzatmig", "seit gestern habe ich Atemnot"], noMatch: ["ich atme ruhig", "ich atme die frische Luft"] },
  },
  {
    id: "de.orthopnoea", concept: "breathlessness", category: "red_flag_symptom", severity: "high",
    when: ["(kann|schaffe) ~3 (nicht|nicht mehr) ~2 (flach liegen|flach schlafen|liegen|hinlegen)", "(schlafe|schlafen|geschlafen) ~4 (im sitzen|sitzend|im sessel|im stuhl|hochgelagert|mit kissen|aufrecht|halb sitzend)", "(mehr|drei|vier|mehrere|zusätzliche) (kissen)", "(wache|aufgewacht|wach auf|wachte) ~4 (luftnot|atemnot|nach luft|keine luft|husten|japsend|erstickungsgefühl)", "(luftnot|atemnot|nach luft|keine luft|erstickungsgefühl) ~3 (aufgewacht|aufwache|wach auf|wache auf)"],
    examples: { match: ["ich schlafe im Sessel, weil ich nicht flach liegen kann", "ich brauche jetzt drei Kissen", "ich bin nachts mit Luftnot aufgewacht"], noMatch: ["ich habe neue Kissen gekauft"] },
  },
  {
    id: "de.syncope", concept: "syncope", category: "red_flag_symptom", severity: "urgent", passingDoesNotResolve: true,
    when: ["(zammgsackt|zusammengeklappt|weggekippt|weggesackt|abgeklappt|zusammengesunken|aus den latschen gekippt|aus den socken gekippt)", "(ich bin|er ist|sie ist|bin ich|ist er|ist sie) ~2 (einfach|plötzlich|kurz|gestern)? ~1 (umgefallen|umgfalln|umgfallen)", "(kreislaufkollaps|kreislaufzusammenbruch)", "(kreislauf) ~3 (zusammengebrochen|zusammengeklappt|abgesackt|schlapp gemacht|versagt)", "(ohnmächtig|ohnmacht|bewusstlos|umgekippt|zusammengebrochen|zusammengesackt|weggetreten|kollabiert|kollaps)", "(fast|beinahe) ~2 (umgekippt|ohnmächtig|zusammengebrochen|weggekippt)", "(wurde mir|ist mir|wurde es|is mir) ~3 (schwarz vor augen|schwarz)", "(schwarz vor (den|meinen)? augen)", "(beine|knie) ~2 (weggeknickt|nachgegeben|versagt)"],
    examples: { match: ["sie ist im Bad einfach umgfalln", "mein Kreislauf ist heute früh zusammengebrochen", "ich bin beim Einkaufen zusammengeklappt", "ich bin gestern im Bad umgekippt", "beim Aufstehen wurde mir schwarz vor den Augen", "mir wurde schwarz vor Augen", "ich wäre fast ohnmächtig geworden"], noMatch: ["der Baum ist umgefallen", "der Baum ist umgefallen"] },
  },
  {
    id: "de.palpitations", concept: "palpitations", category: "red_flag_symptom", severity: "high",
    when: ["(herz) ~3 (pumpert|bubbert|galoppiert|holpert|hüpft|macht sprünge|flattert|rumpelt|schlägt bis zum hals|klopft bis zum hals)", "(herzpumpern|herzflattern|herzjagen)", "(herzrasen|herzstolpern|herzklopfen)", "(herz) ~3 (rast|raste|stolpert|stolperte|klopft wie wild|hämmert|pocht stark|schlägt unregelmäßig|schlägt sehr schnell|schlägt zu schnell|setzt aus)", "(herz) ~3 (klopft|klopfte|pocht|schlägt) ~3 (so doll|so stark|so heftig|so schnell|bis zum hals) ~4 (hinsetzen|setzen|schwindel*|luft)?"],
    examples: { match: ["mei Herz pumpert wie wild", "ich habe seit gestern Herzflattern", "ich habe abends Herzrasen", "mein Herz klopft so heftig, dass ich mich hinsetzen muss", "mein Herz stolpert ohne Grund"], noMatch: ["das Herz vom Salat", "von ganzem Herzen danke"] },
  },
  {
    id: "de.bp_words", concept: "blood_pressure_abnormal", category: "red_flag_symptom", severity: "high",
    when: ["(blutdruck|bluatdruck|druck) ~3 (sauhoch|mega hoch|wahnsinnig hoch|total hoch|spielt verrückt|total niedrig|ganz unten)", "(blutdruck|druck) ~3 (sehr hoch|viel zu hoch|extrem hoch|durch die decke|entgleist|sehr niedrig|viel zu niedrig|im keller)"],
    examples: { match: ["der Bluatdruck ist sauhoch", "mein Blutdruck spielt verrückt", "mein Blutdruck ist heute sehr hoch"], noMatch: ["der Druck in der Arbeit ist hoch", "der Druck bei der Arbeit ist hoch"] },
  },
  {
    id: "de.swelling_legs", concept: "fluid_swelling", category: "red_flag_symptom", severity: "high",
    when: ["(schuhe|schuh|socken|strümpfe|stützstrümpfe|ring|ehering|hausschuhe|patschen|latschen|pantoffeln|finken) ~4 (passen nimmer|passen nicht mehr|gehen nicht mehr zu|krieg ich nicht mehr|kriege ich nicht mehr|bekomme ich nicht mehr)", "(beine|füße|knöchel|haxn|haxen|fesseln) ~3 (wie elefantenbeine|wie säulen|wie ballons|dick wie)", "@LOWER_LIMB ~4 @SWELL", "@SWELL ~2 (@LOWER_LIMB)", "(wasser in den beinen|wassereinlagerung*|ödeme|beinödeme|geschwollene beine|dicke beine|dicke knöchel|dicke füße)", "(schuhe|socken|ring|ringe|hose|uhr|hausschuhe) ~4 (passen nicht|gehen nicht|drücken|zu eng|schneiden ein|hinterlassen)", "(bauch) ~3 (dick|geschwollen|aufgebläht|prall|hart wie eine trommel)", "(delle|dellen|abdruck) ~3 (bleibt|bleiben|drücke)"],
    qualifiedBy: ["@WORSE", "@NEW", "@SUDDEN", "@SEVERE", "@PERSISTENT", "(ein|nur ein|einem) (bein|fuß)", "knie", "oberschenkel", "@NUM (kilo|kg)", "passen nicht", "zu eng"],
    examples: { match: ["die Patschen passen nimmer", "meine Haxn sind ganz gschwollen seit gestern", "die Beine sind wie Elefantenbeine seit zwei Tagen", "meine Knöchel sind seit Samstag stark geschwollen", "die Schuhe passen nicht mehr", "der Bauch ist dick und prall"], noMatch: ["die neuen Schuhe passen gut", "die Schwellung der Preise"] },
  },
  {
    id: "de.weight_gain_words", concept: "weight_gain", category: "red_flag_symptom", severity: "high",
    when: ["(zugelegt|zugenommen|mehr drauf|draufgepackt) ~3 @NUM ~1 (pfund)", "@NUM ~1 (pfund) ~3 (zugenommen|zugelegt|mehr)", "(zugenommen|zugelegt|mehr drauf) ~3 @NUM ~1 (kilo|kg|kilogramm)", "@NUM ~1 (kilo|kg|kilogramm) ~3 (zugenommen|zugelegt|mehr)", "(gewicht|waage) ~4 (steigt|gestiegen|zeigt mehr|geht hoch|hochgegangen)", "(habe|hab) ~2 (zugenommen)"],
    qualifiedBy: ["@SUDDEN", "(in|seit) ~2 (tagen|tag|woche|zwei tagen|drei tagen)", "seit", "gestern", "diese woche", "schnell", "@NUM (kilo|kg)", "(montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)"],
    examples: { match: ["ich habe in drei Tagen vier Pfund zugenommen", "ich habe in drei Tagen zwei Kilo zugenommen", "die Waage zeigt mehr seit Montag"], noMatch: ["ich habe vier Pfund abgenommen", "ich habe abgenommen"] },
  },
  {
    id: "de.stroke", concept: "stroke_signs", category: "red_flag_symptom", severity: "urgent",
    when: ["(gsicht|goschn|gosch|maul) ~3 (hängt|hing|schief|verzogen|runter|lätschig)", "(lallt|lallte|lallen|redet wie betrunken|spricht wie betrunken)", "(kann|konnte) ~2 (den arm|das bein|die hand|den fuß) ~2 nicht ~1 (mehr)? ~1 (heben|bewegen|halten)", "(arm|bein|hand) ~3 (wie tot|wie gelähmt|fällt runter|fiel runter|hängt runter)", "(schlagerl|schlägle|schlägli|schlagl)", "(weggetreten|abwesend|ins leere gestarrt|starrte ins leere|starrte vor sich hin) ~8 (mund|lippen|schmatz*|kau*|erinnere mich nicht|erinnert sich nicht|weiß nichts mehr|reagierte nicht|nicht ansprechbar)", "(schmatzt*|schmatzen|kaubewegungen)", "(halbe|ganze|eine|linke|rechte) (seite|körperhälfte|körperseite) ~3 (taub|gelähmt|gefühllos|eingeschlafen|schlaff)", 
      "@FACE_PART ~3 (hängt|hing|schief|taub|gelähmt|verzogen|runter)",
      "(spreche|sprache|reden|aussprache) ~3 (verwaschen|undeutlich|komisch|lallend|schwer)",
      "(wörter|worte) ~3 (fehlen|fehlten|kommen nicht|kamen nicht|durcheinander)",
      // the speaker cannot find words: "ich finde die Wörter nicht"
      "(finde|findet|fand|finden|find) ~3 (wörter|worte) nicht",
      "@CANT ~2 (sprechen|reden|den arm heben|das bein heben|arm bewegen|bein bewegen|die worte finden)",
      "(eine seite|linke seite|rechte seite|halbseitig|körperhälfte) ~4 (@WEAK|@NUMB|gelähmt)",
      "(arm|bein|hand) ~3 (taub|kraftlos|gelähmt|eingeschlafen und|schlaff|gehorcht nicht|gehorchte nicht|kann ich nicht bewegen)",
      "(schlaganfall|hirninfarkt|tia|durchblutungsstörung im kopf)",
      "(krampfanfall|krampfanfälle|epileptischer anfall|anfall gehabt|gekrampft)",
    ],
    examples: { match: ["die Goschn hängt auf einer Seite", "mein Vater lallt seit dem Mittagessen", "sie kann den Arm nicht mehr heben", "der Opa hat a Schlagerl g'habt", "er war kurz weggetreten und hat mit den Lippen geschmatzt", "sie starrte ins Leere und reagierte nicht", "die halbe Seite ist plötzlich taub", "mein Mundwinkel hängt auf einer Seite", "heute früh war meine Sprache ganz verwaschen", "seit gestern findet sie oft die Worte nicht", "der rechte Arm ist plötzlich kraftlos"], noMatch: ["das Bild hängt schief", "er war bei der Sitzung abwesend", "das Bild hängt schief"] },
  },
  {
    id: "de.headache", concept: "severe_headache", category: "red_flag_symptom", severity: "high", pregnancyQualifies: true,
    when: ["(schädel|birne|rübe) ~3 (platzt|brummt|dröhnt|explodiert|hämmert|zerspringt|tut weh|tuat weh)", "(platzt|dröhnt|explodiert|hämmert|zerspringt) ~2 (der|mir der|mein)? ~1 (schädel|birne)", "(kopfschmerz*|kopfweh|migräne)", "(kopf) ~3 (platzt|explodiert|dröhnt|hämmert|tut weh|schmerzt)"],
    qualifiedBy: ["wie noch nie", "noch nie so", "schlimmste meines lebens", "vernichtend", "donnerschlag", "wie ein schlag", "ibu", "ibuprofen", "paracetamol", "novalgin", "aspirin", "thomapyrin", "hilft nichts", "hilft nix", "@SEVERE", "@WORSE", "@SUDDEN", "@PERSISTENT", "schlimmste", "sehen", "verschwommen", "flimmern", "erbrech*", "steif", "nacken", "tabletten", "geht nicht weg"],
    examples: { match: ["mir platzt der Schädel wie noch nie", "die Birne dröhnt seit gestern", "ich habe unerträgliche Kopfschmerzen, die nicht weggehen", "mein Kopf platzt seit gestern"], noMatch: ["die Birne ist reif", "ich bin der Kopf der Familie"] },
  },
  {
    id: "de.confusion", concept: "confusion_drowsiness", category: "red_flag_symptom", severity: "high",
    when: ["(die stimmen) ~2 (sind wieder da|kommen wieder|sind zurück)", "(hat|hatte) (mich|uns) ~3 nicht [mehr] erkannt", "(hört|hörte) stimmen", "(fernseher|radio) ~3 (redet|spricht|sprach) ~2 (über ihn|über sie|mit ihm|mit ihr)", "(redet|spricht|red|redete) ~5 (wirr|wirres zeug|lauter unsinn|nur noch unsinn|kauderwelsch)", "(ist|bin|war|wirkt|wirkte|scheint) ~2 (tüdelig|tüddelig|tüttelig|neben der spur|nicht ganz da|ned ganz da|nicht richtig da)", "(erkennt mich nicht|erkennt mich nicht mehr|erkennt mich nimmer|erkennt uns nicht|erkennt niemanden|weiß nicht wo er ist|weiß nicht wo sie ist|weiß nicht mehr wer ich bin)", "(krieg|kriege|kriegen|bekomme|bekommen) ~2 (ihn|sie) ~2 (kaum|nicht|schwer) wach", "(verwirrt|desorientiert|durcheinander) !(wegen|über|von)", "(weiß nicht mehr wo ich bin|erkenne nicht)", "(sehr schläfrig|kann nicht wach bleiben|schlafe ständig ein|kaum wach)", "kann ~2 nicht (wach bleiben|wachbleiben)", "(sehe dinge|höre stimmen|halluzinier*)", "(sehe|gesehen|sah) ~3 (tierchen|käfer|viecher|insekten|spinnen|ameisen|leute|dinge) ~4 (krabbeln|krabbelten|laufen|liefen|an der wand|an der decke|die nicht da)", "(tierchen|käfer|viecher|insekten|spinnen|ameisen) ~5 (krabbeln|laufen) ~2 (gesehen|sehen)"],
    examples: { match: ["die Stimmen sind wieder da", "heute früh hat mich meine Mutter nicht erkannt", "er sagt, der Fernseher redet über ihn", "die Oma redet seit heute früh wirres Zeug", "die Mama ist ganz tüdelig seit gestern", "mein Mann erkennt mich nicht mehr", "wir kriegen ihn kaum wach", "meine Tochter sagt, ich bin seit gestern verwirrt", "heute Nacht habe ich kleine Käfer an der Wand krabbeln gesehen", "ich kann tagsüber nicht wach bleiben"], noMatch: ["ich kenne den neuen Arzt nicht", "der Plan ist neben dem Schrank", "der Plan ist verwirrend"] },
  },
  {
    id: "de.saddle", concept: "saddle_numbness", category: "red_flag_symptom", severity: "urgent",
    when: ["(po|hintern|popo|gesäß|arsch|untenrum|unten rum) ~3 (taub|gefühllos|eingeschlafen|kribbelt|pelzig)", "@NUMB ~6 (intimbereich|genitalbereich|im schritt|zwischen den beinen|gesäß|po|damm|reithose)", "(intimbereich|genitalbereich|schritt|zwischen den beinen) ~4 @NUMB", "(kann) ~2 (urin|wasser|stuhl|blase|darm) ~2 (nicht (halten|kontrollieren))", "(eingenässt|in die hose gemacht|kontrolle über (blase|darm))", "(beide beine) ~3 (schwach|kraftlos|taub)"],
    examples: { match: ["untenrum ist alles taub seit der Rücken-OP", "ich habe ein Taubheitsgefühl zwischen den Beinen", "ich kann den Urin nicht halten"], noMatch: ["der Popo vom Baby ist rot", "ich habe die Fernbedienung verloren"] },
  },
  {
    id: "de.vision", concept: "vision_loss", category: "red_flag_symptom", severity: "urgent",
    when: ["(sehe|seh) ~3 (alles)? ~1 (wie durch milchglas|wie durch nebel|nur noch die hälfte|nur noch schwarz)", "(auf einem auge|auf dem linken auge|auf dem rechten auge) ~3 (blind|nichts|nix|kaum)", "(vorhang|schatten|schleier|schwarzer fleck|dunkler fleck|wand) ~5 (vor dem|im|über dem) ~1 (auge|sichtfeld)", "(vorhang|schatten|schleier) ~3 kommt runter", "(sehe|sehkraft|sicht) ~3 (verloren|weg|nichts mehr|kaum noch)", "(kann) ~2 nicht ~2 (sehen) ~3 (auge|links|rechts)?", "(sicht|sehen|sehkraft) ~4 (verschwommen|trüb|dunkel|schlechter|neblig)", "(lichtblitze|blitze|funken|flackern) ~3 (im auge|sehe)?", "(mouches volantes|schwebeteilchen|rußregen|russregen|schwarze punkte|flocken) ~3 (neu|viele|plötzlich|mehr)?", "(doppelbilder|doppelt sehen|sehe doppelt)", "(auge) ~3 (starke schmerzen|tut sehr weh|höllisch weh|schmerzt stark)"],
    examples: { match: ["ich sehe alles wie durch Milchglas", "auf dem linken Auge sehe ich plötzlich nix", "ich sehe einen Schatten vor dem operierten Auge", "seit heute sehe ich Lichtblitze", "die Sicht ist plötzlich verschwommen"], noMatch: ["ich sehe die Kinder am Sonntag", "ich habe den Vorhang zugezogen"] },
  },
  {
    id: "de.fever", concept: "fever", category: "red_flag_symptom", severity: "high",
    when: ["(fieberl|fieberli|fieberle|glühend heiß|heiß wie ein ofen|kochend heiß)", "(stirn|körper|kopf) ~2 (glüht|glühte|ganz heiß|brennt)", "(schüttelt|schüttelte|schlottere|schlottert|bibbere) ~3 (vor kälte|am ganzen körper|trotz decke)", "(fieber|fiebrig|schüttelfrost|nachtschweiß|schweißausbrüche)", "(erhöhte temperatur|temperatur erhöht)", "(habe|hab|hatte) ~2 temperatur", "(heiß und kalt|kalt und heiß)"],
    examples: { match: ["der Kleine glüht, die Stirn ist ganz heiß", "ich schlottere am ganzen Körper trotz Decke", "ich habe seit gestern Fieber und Schüttelfrost", "ich hab erhöhte Temperatur"], noMatch: ["der Ofen ist heiß", "es ist heiß draußen"] },
  },
  {
    id: "de.wound", concept: "wound_problem", category: "red_flag_symptom", severity: "high",
    when: ["(rot|gerötet|heiß|dick|geschwollen) ~4 (um die|rund um die|rund um den|an der|um den) ~1 (wunde|narbe|naht|einstich|schnitt|op narbe)", "@WOUND ~6 (@DISCHARGE|@OPENING|entzündet|infiziert|rot|gerötet|heiß|warm|geschwollen|blutet)", "@DISCHARGE ~5 (aus der|an der|um die|unter dem) ~2 @WOUND", "(rötung|röte|roter streifen|rote streifen) ~4 (breitet sich aus|wird größer|wandert|größer)", "(fühlt sich heiß an|heiß anfühlt)", "(eiter|eitrig|eitert)"],
    examples: { match: ["die OP-Narbe sifft und müffelt", "es ist ganz rot rund um die Narbe", "die Wunde ist aufgerissen", "die Narbe ist gerötet und es kommt gelbliche Flüssigkeit raus", "die Naht ist ein Stück aufgegangen", "die Rötung um die Wunde breitet sich aus"], noMatch: ["der Stoff ist rot", "der Schnitt der Hose passt"] },
  },
  {
    id: "de.bleeding_heavy", concept: "bleeding", category: "red_flag_symptom", severity: "urgent",
    when: ["(blut|blutet|blutung) ~3 (wie verrückt|wie sau|in strömen|literweise|schwallartig|im schwall|spritzt)", "(stuhl|kacke|häufchen) ~3 (pechschwarz|rabenschwarz|voller blut|mit blut)", "(pipi|pisse|harn) ~3 (rot|blutig|rosa|wie cola|wie rotwein)", "(blut) ~3 (gekotzt|gebrochen|gespieben|abgehustet|ausgehustet|im taschentuch|im schleim)", "(binde|binden|vorlagen|tampon|tampons) ~4 (jede stunde|stündlich|alle halbe stunde)", "(jede stunde|stündlich|alle halbe stunde) ~4 (binde|binden|vorlage|vorlagen|tampon|tampons)", "(pinkle|pinkel|pinkelt|uriniere) ~4 blut", "blut beim (pinkeln|wasserlassen)", 
      "(blutet|blutung|bluten|blut) ~3 (stark|sehr|hört nicht auf|nicht auf|ständig|durch|viel|ohne ende|läuft)",
      "(durchgeblutet|durchgeweicht|vollgeblutet) ~3 (verband|binde|binden|vorlage|pflaster|laken|kleidung)?",
      "(große|dicke) (blutklumpen|klumpen|koagel)", "blut ~3 (am|auf dem|im) ~1 (klopapier|toilettenpapier|papier)",
      "(blut|blutig) ~3 (gehustet|husten|erbrochen|gespuckt|spucke|im auswurf)",
      "(blut) ~3 (im stuhl|im urin|im erbrochenen|in der toilette|im speichel)",
      "(stuhl|stuhlgang) ~3 (schwarz|teerartig|wie teer|blutig)", "(teerstuhl|blutiger stuhl|blutiger urin)",
      "(urin) ~5 (rot|blutig|rosa|wie cola|colafarben|wie schwarzer tee|wie kaffee)",
      "(kaffeesatz)",
    ],
    examples: { match: ["es blutet wie verrückt aus der Nase und hört nicht auf", "ich habe Blut gekotzt", "mein Pipi ist rot seit heute", "ich brauche jede Stunde eine neue Binde", "heute war Blut am Klopapier", "ich pinkle seit heute früh Blut", "es blutet stark und der Verband ist durchgeblutet", "ich habe heute Blut gehustet", "mein Stuhl ist schwarz wie Teer"], noMatch: ["der Rotwein ist sehr gut", "ich hatte eine Blutabnahme"] },
  },
  {
    id: "de.bleeding_minor", concept: "bleeding_minor", category: "red_flag_symptom", severity: "moderate",
    when: ["(blaue flecken|blaue flecke|hämatome|blutergüsse|blaue mäler|blaue fleckerl) ~3 (einfach so|ohne mich zu stoßen|ohne anzustoßen|am ganzen körper)", "(nasenbluten|zahnfleischbluten|zahnfleisch blutet|nase blutet)", "(blaue flecken|hämatome|hamatome) ~3 (überall|ohne grund|riesige|große|einfach so)", "(blauer fleck|blaue fleck|bluterguss|hämatom) ~6 (größer|wächst|gewachsen|wird dicker|hart|hartes)"],
    qualifiedBy: ["@PERSISTENT", "@SEVERE", "@WORSE", "(minuten|stunde|stunden)", "hört nicht auf", "jeden tag", "überall", "riesige"],
    examples: { match: ["ich kriege überall blaue Fleckerl am ganzen Körper, einfach so", "ich habe jeden Tag Nasenbluten", "der Bluterguss an der Einstichstelle wird immer größer", "ich habe überall blaue Flecken ohne Grund"], noMatch: ["die Nase läuft", "meine Nase läuft"] },
  },
  {
    // tiny red or purple dots in the skin (petechiae): a sign of low platelets or of a serious infection
    id: "de.petechiae", concept: "bleeding_minor", category: "red_flag_symptom", severity: "high",
    when: ["(kleine|winzige|viele kleine|lauter kleine) (rote|violette|lila|dunkelrote) (punkte|pünktchen|flecken|fleckchen)", "(petechien)"],
    examples: { match: ["ich habe lauter kleine rote Punkte an den Beinen", "er hat winzige violette Pünktchen am Bauch", "die Ärztin sprach von Petechien"], noMatch: ["ich habe einen roten Pickel an der Nase", "das Kleid hat rote Punkte"] },
  },
  {
    // clear, watery fluid dripping from one side of the nose, worse leaning forward: spinal fluid after nose, sinus or skull surgery
    id: "de.csf_leak_nose", concept: "csf_leak", category: "red_flag_symptom", severity: "high",
    when: ["(klare|klares|klarer|wässrige|wässriges|wässriger|wie wasser) ~5 (flüssigkeit|zeug|tropfen|wasser|sekret) ~6 (nase|nasenloch)", "(nase|nasenloch) ~5 (tropft|läuft|laeuft|rinnt) ~5 (klar|wie wasser|wässrig)", "(aus) ~2 (dem|der) ~2 (nasenloch|nase) ~6 (klares|klare|wässriges|wie wasser)"],
    qualifiedBy: ["einer seite", "einem nasenloch", "(rechten|linken) nasenloch", "(vorbeuge|vorbeugen|bücke|bücken|nach vorne)", "salzig", "metallisch", "hört nicht auf", "seit der op", "seit der operation"],
    examples: { match: ["aus dem rechten Nasenloch läuft klares Zeug wie Wasser, wenn ich mich vorbeuge", "die Nase tropft wie Wasser nur auf einer Seite und es schmeckt salzig"], noMatch: ["meine Nase läuft wegen der Erkältung", "ich trinke klares Wasser"] },
  },
  {
    // groaning, moaning or wincing when moved or touched: pain in someone who cannot say it
    id: "de.pain_when_moved", concept: "pain_nonverbal", category: "red_flag_symptom", severity: "high", experiencer: "any",
    when: ["(stöhnt|stöhnen|jammert|jammern|verzieht das gesicht|schreit|wimmert) ~4 (wenn|sobald|jedes mal wenn) ~3 (wir|ich|man) (ihn|sie)? ~2 (drehen|drehe|bewegen|bewege|berühren|waschen|umlagern|lagern|anfassen)"],
    qualifiedBy: ["@NEW", "@WORSE", "angefangen", "fängt an", "hat er nicht gemacht", "hat sie nicht gemacht", "früher nicht"],
    examples: { match: ["er hat angefangen zu stöhnen, wenn wir ihn im Bett drehen", "sie verzieht das Gesicht, sobald wir sie bewegen, früher nicht"], noMatch: ["er jammert über das Wetter"] },
  },
  {
    id: "de.dvt", concept: "leg_clot_signs", category: "red_flag_symptom", severity: "urgent",
    when: ["@CALF ~5 (spannt|gespannt|glüht|blaurot|schmerzt beim gehen)", "@CALF ~5 (geschwollen|hart|heiß|warm|rot|gerötet|gespannt|tut weh|schmerzt|dicker|prall|wie ein stein)", "(wadenschmerz*|wadenkrampf|schmerz in der wade|schmerzen in der wade)", "(ein bein|das eine bein) ~3 (dicker|geschwollener|größer)"],
    examples: { match: ["mei Wadl ist dick und heiß", "die Wade spannt und glüht", "meine Wade ist hart und heiß", "das eine Bein ist dicker als das andere"], noMatch: ["ich vertrete mir die Beine", "ich vertrete mir die Beine"] },
  },
  {
    id: "de.circulation", concept: "poor_circulation", category: "red_flag_symptom", severity: "high",
    when: ["(finger|zehen|fuß|hand|füße|hände|zeh) ~5 (schwarz|abgestorben|wie tot|taub und kalt)", "(finger|zehen|fuß|hand|füße|hände) ~3 (weiß|blau|lila|eiskalt|kalt und)", "@CANT ~2 (die zehen|die finger|den fuß) ~1 (bewegen|spüren)", "(gips|schiene|verband|orthese) ~3 (zu eng|drückt stark|schneidet ein)"],
    examples: { match: ["die Zehen sind unter dem Gips wie tot", "meine Zehen sind weiß und eiskalt", "der Gips ist zu eng"], noMatch: ["die Hand ist warm", "es ist kalt draußen"] },
  },
  {
    id: "de.pain_severe", concept: "uncontrolled_pain", category: "red_flag_symptom", severity: "high",
    when: ["(schmerzen|schmerz|weh) ~3 (zum verrückt werden|zum wahnsinnig werden|zum heulen|zum schreien|wie verrückt|wie sau|nicht zum aushalten|nimmer auszuhalten|nicht mehr auszuhalten)", "(schreie|schrei|heule|heul|weine|krümme mich|krümm mich|krümmt sich|winde mich|windet sich) ~2 vor (schmerzen|schmerz)", "(schmerzmittel|ibu|ibuprofen|novalgin|tramadol|tilidin|morphium|paracetamol) ~3 (bringen nix|bringen nichts|nützen nichts|nützen nix|helfen nix|hilft nix|hilft nichts|wirkt nicht|wirken nimmer)", "(schmerz|schmerzen) ~2 (unerträglich|furchtbar|schrecklich|höllisch|extrem|sehr stark|kaum auszuhalten)", "(unerträglich*|nicht auszuhalten|kaum auszuhalten|halte es nicht aus)", "(zehn von zehn|10 von 10|neun von zehn)", "(schmerzmittel|schmerztabletten|tabletten|ibuprofen|novalgin|tramadol) ~3 (helfen nicht|wirken nicht|bringen nichts|helfen kaum)", "(kann) ~2 (nicht schlafen|nicht laufen|nicht auftreten) ~3 (vor schmerzen|wegen der schmerzen)"],
    examples: { match: ["die Schmerzen sind zum Verrückt werden", "ich krümme mich vor Schmerzen", "das Novalgin hilft nix", "die Schmerzen sind nachts unerträglich", "die Schmerztabletten helfen nicht"], noMatch: ["ich krümme mich vor Lachen", "die Schmerzen sind viel besser"] },
  },
  {
    id: "de.belly", concept: "abdominal_or_gi_red_flag", category: "red_flag_symptom", severity: "high",
    when: ["(speib|speibe|speibt|speit|gspiebn|gespieben) ~3 (alles|dauernd|ständig|den ganzen tag|jede stunde)", "(behält|behalte) ~2 (nichts|nix|gar nichts) ~2 (drin|bei sich|bei mir)", "(bauchweh|bauchschmerzen|magenweh|ranzenweh|bauchkrämpfe) ~3 (höllisch|extrem|wie noch nie|zum schreien)", "(bauch) ~2 (knallhart|hart wie stein)", "(dünnpfiff|scheißerei|durchmarsch|dünnschiss|flotter otto) ~4 (den ganzen tag|ständig|seit|mehrmals|wässrig|wie wasser)", "(kotze|kotz|breche|erbreche|spucke) ~2 alles ~2 (wieder|raus|aus)", "(kann nichts bei mir behalten|behalte nichts|alles kommt wieder raus|erbreche alles)", "(erbrechen|erbrochen|übergeben|kotze|kotzen) ~4 (den ganzen tag|die ganze nacht|ständig|mehrmals|seit)", "(ständig|dauernd|mehrmals|immer wieder) ~4 (übergeben|erbrechen|erbreche|kotzen|brechen)", "(durchfall) ~4 (den ganzen tag|ständig|mehrmals|blutig|seit|wässrig)", "(bauchschmerz*|magenschmerz*|bauchweh) ~2 (stark|unerträglich|furchtbar|heftig)", "(bauch) ~2 (bretthart|hart wie ein brett|steinhart)", "(augen|haut) ~3 (gelb|gelblich)", "(gelbsucht)"],
    examples: { match: ["der Bub speibt alles seit heute früh", "sie behält nix bei sich", "ich hab Bauchweh wie noch nie", "seit gestern Dünnpfiff wie Wasser", "ich kotze alles wieder aus", "ich kann nichts bei mir behalten", "ich muss mich seit heute morgen ständig übergeben", "die Augen sind gelblich"], noMatch: ["der Bauch ist weich", "gelbe Tulpen"] },
  },
  {
    id: "de.urine_retention", concept: "urinary_retention_or_output", category: "red_flag_symptom", severity: "urgent",
    when: ["(kann nicht|kann net|kann ned|ko ned|kann nimmer) ~2 (pieseln|pinkeln|bieseln|brunzen|schiffen|aufs klo)", "(windel|windeln) ~4 (trocken|nicht nass|bleibt trocken|bleiben trocken)", "@CANT ~3 (wasser lassen|urinieren|pinkeln|die blase leeren)", "(kein wasser|kein urin|nicht gepinkelt|nicht mehr gepinkelt|nicht uriniert) ~3 (seit|den ganzen tag)?", "(beutel|katheter|katheterbeutel|urinbeutel|*beutel) ~3 (füllt sich nicht|läuft nicht|verstopft|rausgerutscht)", "(nur) ~2 (ein paar tropfen|tröpfchenweise)"],
    examples: { match: ["i ko ned bieseln seit heut in der Früh", "die Windel ist seit sechs Stunden trocken", "ich kann seit heute morgen kein Wasser lassen", "der Katheterbeutel füllt sich nicht"], noMatch: ["die Wäsche ist trocken", "ich trinke viel Wasser"] },
  },
  {
    id: "de.urine_infection", concept: "urinary_infection", category: "red_flag_symptom", severity: "moderate",
    when: ["(brennt|brennen|sticht|beißt) ~2 (beim pieseln|beim bieseln|beim pipi|beim brunzen|beim schiffen)", "(blasenentzündung|harnwegsinfekt|harnwegsinfektion|nierenbeckenentzündung)", "(brennt|brennen|schmerzt|tut weh) ~2 (beim wasserlassen|beim pinkeln|beim urinieren)", "(urin) ~3 (trüb|riecht stark|dunkel)"],
    qualifiedBy: ["@FEVER", "(nieren|rücken|flanke) ~2 (schmerz*|weh)", "@WORSE", "@SEVERE", "blut", "@PERSISTENT", "katheter"],
    examples: { match: ["es brennt beim Bieseln und ich hab Fieber", "es brennt beim Wasserlassen"], noMatch: ["die Kerze brennt", "ich muss nachts oft raus"] },
  },
  {
    id: "de.hypo", concept: "hypoglycaemia", category: "red_flag_symptom", severity: "high",
    when: ["(zwei|2|doppel) (pfeile|pfeil) ~2 (nach unten|abwärts)", "doppelpfeil ~2 (nach unten|abwärts)", "(zucker|blutzucker|bz) ~3 (ganz tief|zu tief|sehr tief|abgerauscht|ganz unten)", "(unterzucker*|unterzuckert|hypo|hypoglykämie|zucker zu niedrig|niedriger zucker)", "(zucker|blutzucker|werte|wert) ~5 (abgesackt|abgestürzt|gefallen|sehr niedrig|zu niedrig|im keller|runter)", "(zittrig|zittern|zitterte) ~3 (schweiß|schwitzen|verschwitzt|geschwitzt)", "(schweißgebadet|schwitze|schwitzte) ~3 (zitter*)"],
    examples: { match: ["der Sensor zeigt zwei Pfeile nach unten", "der Zucker ist ganz tief und ich zittere", "ich hatte heute Nacht eine Unterzuckerung", "der Zucker ist nach dem Spaziergang abgesackt", "ich bin zittrig und verschwitzt aufgewacht"], noMatch: ["auf dem Schild sind zwei Pfeile", "der Zucker ist im Schrank", "ich habe Zucker gekauft"] },
  },
  // a rescue glucagon given to the patient: a low they could not treat themselves
  {
    id: "de.hypo_rescue", concept: "severe_hypoglycaemia", category: "red_flag_symptom", severity: "high", experiencer: "speaker",
    when: ["(musste|mussten|hat|haben|hatte) ~4 (glukagon*|glucagon*|baqsimi) ~3 (geben|gegeben|spritzen|gespritzt|sprühen|gesprüht|verabreichen|verabreicht)"],
    examples: { match: ["mein Mann musste mir das Glukagon geben"], noMatch: ["das Glukagon liegt im Kühlschrank"] },
  },
  {
    id: "de.hyper", concept: "hyperglycaemia", category: "red_flag_symptom", severity: "high",
    when: ["(zucker|blutzucker|bz|werte) ~3 (sauhoch|mega hoch|spielt verrückt|steigt und steigt|schießt hoch|schießt in die höhe)", "(zucker|blutzucker|werte) ~3 (sehr hoch|viel zu hoch|durch die decke|geht nicht runter|entgleist|über 300|über 20)", "(ketone|ketonkörper|aceton) ~3 (hoch|positiv|nachweisbar)?", "(messgerät|gerät|sensor) ~3 (zeigt|sagt) ~1 (hi|high)"],
    examples: { match: ["der Zucker schießt in die Höhe und geht nicht runter", "der Blutzucker ist viel zu hoch und geht nicht runter", "die Ketone waren positiv"], noMatch: ["die Preise schießen in die Höhe", "hohe Erwartungen"] },
  },
  {
    id: "de.anaphylaxis", concept: "allergic_reaction", category: "severe_side_effect", severity: "urgent",
    when: ["(lippen|zunge|gesicht|augen|rachen|goschn) ~3 (schwillt|schwellen|zugeschwollen|aufgequollen|verquollen)", "(hals) ~2 (schnürt sich zu|geht zu|wird eng)", "@AIRWAY_PART ~5 (geschwollen|angeschwollen|schwillt|schwellen|zu|eng|dick)", "(allergische reaktion|allergischer schock|anaphylax*|quincke)", "(hals) ~2 (schnürt sich zu|wird eng|zugeschwollen)"],
    examples: { match: ["die Zunge schwillt seit der Tablette", "der Hals schnürt sich zu", "meine Lippen sind nach der Tablette geschwollen", "der Hals schnürt sich zu"], noMatch: ["die Augen sind müde", "ich bin allergisch gegen Katzen"] },
  },
  {
    id: "de.skin_reaction", concept: "skin_reaction", category: "severe_side_effect", severity: "high",
    when: ["(haut) ~3 (löst sich|schält sich ab|wirft blasen|in fetzen)", "(juckt|jucken) ~3 (am ganzen körper|überall|wie verrückt)", "(quaddeln|pusteln|rote flecken) ~4 (überall|am ganzen körper|seit ich)", "(ausschlag|nesselsucht|quaddeln|blasen|hautausschlag)", "(flecken|pusteln|rote punkte) ~4 (überall|am ganzen körper|breiten sich aus|jucken)", "(haut|mund|lippen) ~3 (schält sich|blasen|geschwüre|offen)"],
    examples: { match: ["die Haut löst sich an den Händen", "es juckt am ganzen Körper seit der neuen Tablette", "ich habe einen Ausschlag am ganzen Körper", "die Haut an den Händen schält sich"], noMatch: ["die Tapete löst sich", "Kaffeeflecken auf dem Tisch"] },
  },
  {
    id: "de.side_effect", concept: "side_effect", category: "severe_side_effect", severity: "high",
    when: ["(vertrag|vertrage) ~3 (@MED|die tabletten|das medikament|das zeug) ~1 (net|ned|nimmer)", "(@MED|das zeug|die tabletten|die pillen) ~4 (hauen mich ~2 um|haut mich ~2 um|hauen mich um|haut mich um|machen mich fertig|macht mich fertig|bekommen mir nicht|bekommt mir nicht)", "(seit ich) ~3 (@MED|die neuen|das neue) ~3 (nehme|einnehme|genommen)", "(nebenwirkung*|unverträglich*)", "(@MED) ~4 (macht mir|machen mir|verursacht) ~3 (übelkeit|schwindel|durchfall|ausschlag|husten|schmerzen)?", "(vertrage) ~3 (@MED|die tabletten|das medikament) ~1 nicht"],
    qualifiedBy: ["@SEVERE", "@WORSE", "@PERSISTENT", "@SUDDEN", "ausschlag", "geschwollen", "blut*", "erbrech*", "ohnmächtig", "schwindel*", "gelb*", "abgesetzt", "angst", "schlimm", "muskel*", "schmerz*"],
    examples: { match: ["die neuen Tabletten hauen mich total um, mir ist dauernd schwindlig", "seit ich die neuen Tabletten nehme ist mir ständig schwindelig", "das Metformin macht mir starken Durchfall"], noMatch: ["das Wetter haut mich um", "ich nehme die Tabletten zum Essen"] },
  },
  {
    id: "de.fall", concept: "fall_or_head_injury", category: "red_flag_symptom", severity: "high",
    when: ["(hingeflogen|hingeknallt|hingeschlagen|auf den boden geknallt|higfalln|hingfallen|hingfalln|gstürzt|gschtürzt)", "(beule|dippel|tippel|brausche|binkel|horn) ~3 (am kopf|an der stirn|auf dem kopf|auf der stirn)", "(bin gestürzt|bin hingefallen|bin gefallen|hingefallen|gestürzt|ausgerutscht und|sturz gehabt|einen sturz)", "(kopf) ~3 (angeschlagen|gestoßen|aufgeschlagen|angehauen)", "(mehrmals|zweimal|dreimal|öfter) (gestürzt|hingefallen)", "(kam|kommt|komme) ~3 nicht [mehr] hoch", "(vom boden) ~3 nicht [mehr] (hoch|auf)", "(auf dem boden|am boden) ~3 (stunden|eine stunde|die ganze nacht|über eine stunde)", "(stunden|eine stunde|die ganze nacht|über eine stunde) ~3 (auf dem boden|am boden)"],
    examples: { match: ["die Mama is im Bad higfalln", "ich bin auf dem Eis hingeflogen", "er hat eine Beule am Kopf vom Sturz", "sie ist diese Woche zweimal gestürzt", "ich kam allein nicht mehr hoch", "er lag die ganze Nacht auf dem Boden", "ich bin gestern im Bad gestürzt", "ich habe mir den Kopf am Schrank gestoßen"], noMatch: ["mir ist was eingefallen", "die Preise sind gefallen", "mir ist etwas eingefallen"] },
  },
  {
    id: "de.joint", concept: "dislocation_or_implant_problem", category: "red_flag_symptom", severity: "urgent",
    when: ["(hüfte|knie|schulter|prothese|hüftprothese|knieprothese) ~3 (rausgesprungen|herausgesprungen|ausgekugelt|verrenkt)", "(bein|fuß|hüfte|knie) ~4 (kürzer|verdreht|ausgerenkt|rausgesprungen|steht komisch)", "(gehört|gespürt) ~2 (ein knacken|einen knall|ein klacken) ~4 (hüfte|knie|schulter)", "@CANT ~2 (auftreten|belasten|das bein belasten)"],
    examples: { match: ["die Hüftprothese ist rausgesprungen", "das operierte Bein ist kürzer", "ich kann nicht mehr auftreten"], noMatch: ["die Schulter vom Schwein", "ich trete dem Verein bei"] },
  },
  {
    id: "de.tube_stoma", concept: "device_or_stoma_problem", category: "red_flag_symptom", severity: "high",
    when: ["(magensonde|peg|dauerkatheter|blasenkatheter|zugang|braunüle|venflon|flexüle) ~4 (rausgezogen|rausgerissen|herausgezogen|abgerissen|verstopft|läuft nicht|rausgerutscht|draußen)", "(hat|hatte) ~2 (sich)? ~1 (den katheter|die sonde|die peg|den zugang|die braunüle|die drainage) ~2 (rausgezogen|rausgerissen|gezogen)", 
      // high output from a stoma (dehydration risk): the bag emptied many times, or litres
      "(beutel) ~4 (@NUM mal|dreimal|viermal|fünfmal|sechsmal|siebenmal|achtmal|neunmal|zehnmal|zwölfmal|zigmal) ~3 (geleert|leeren|gewechselt)", "(beutel|stoma|ausscheidung) ~8 (liter)", "(beutel) ~3 (voll|füllt sich) ~3 (jede stunde|stündlich|ganz schnell|sofort)","(stoma) ~4 (dunkel|lila|schwarz|blutet|geschwollen|eingezogen)", "(drainage|katheter|schlauch|sonde|port|picc) ~3 (rausgerutscht|herausgerutscht|rausgefallen|verstopft|undicht)", "(beutel) ~4 (nichts mehr|leer seit)"],
    examples: { match: ["er hat sich den Katheter rausgerissen", "die PEG ist verstopft", "ich habe den Beutel heute neunmal geleert", "die Drainage ist nachts rausgerutscht", "das Stoma ist ganz dunkel"], noMatch: ["der Stecker ist rausgezogen", "der Einkaufsbeutel ist leer"] },
  },
  {
    // Schluckbeschwerden, Verschlucken an Wasser (neue Dysphagie)
    id: "de.swallowing", concept: "swallowing_difficulty", category: "red_flag_symptom", severity: "high",
    when: ["(essen|trinken|wasser|brocken|bissen|tablette|fleisch) ~3 (bleibt|bleiben|steckt|stecken) ~3 (im hals|in der speiseröhre|im rachen)", "(kommt|läuft|kam|lief) ~2 (wieder)? ~1 (aus der nase|zur nase raus)", "(kann|konnte) ~2 (kaum|nicht|schlecht) (schlucken|runterschlucken)", "(schluckbeschwerden|schluckstörung|schlucken fällt schwer|schlucken geht schwer)", "verschluck* ~3 (wasser|trinken|essen|ständig|dauernd|immer)"],
    examples: { match: ["das Fleisch bleibt im Hals stecken", "beim Trinken kommt es wieder aus der Nase", "seit gestern kann ich kaum schlucken", "ich verschlucke mich ständig am Wasser"], noMatch: ["das Auto bleibt in der Garage", "die Tabletten schlucke ich gut"] },
  },
  {
    // Kribbeln um den Mund, Pfötchenstellung der Hand (niedriges Kalzium nach Halsoperation)
    id: "de.low_calcium_signs", concept: "hypocalcaemia_signs", category: "red_flag_symptom", severity: "high",
    when: ["(kribbeln|kribbelt|ameisenlaufen|pelzig) ~4 (fingerspitzen|um die lippen)", "(lippen|mund|um den mund) ~4 (kribbel*|taub|pelzig|ameisenlaufen)", "kribbel* ~4 (lippen|um den mund)", "(hand|hände|finger) ~4 (verkrampf*|krampf*|pfötchen*|kralle)", "pfötchenstellung"],
    examples: { match: ["es kribbelt in den Fingerspitzen seit der Schilddrüsen-OP", "meine Lippen kribbeln seit heute morgen", "die Hand hat sich verkrampft wie eine Kralle"], noMatch: ["die Fingerspitzen sind kalt", "meine Lippen sind trocken"] },
  },
  {
    // ein Neugeborenes, das zu schläfrig zum Trinken ist
    id: "de.infant_drowsy", concept: "confusion_drowsiness", category: "red_flag_symptom", severity: "urgent",
    when: ["(ist|wirkt|war|wirkte) ~2 (apathisch|teilnahmslos|lethargisch|wie ein nasser sack)", "(so|sehr|zu|total) (schläfrig|müde|schlapp) ~6 (trink*|stillen|anlegen|flasche|wecken|wach)", "(kaum|schwer|nicht) (wach zu kriegen|wach zu bekommen|aufzuwecken|zu wecken)", "trinkt nur ~3 (minute|minuten|sekunden)", "(ganz schlaff|so schlaff)"],
    examples: { match: ["die Kleine wirkt ganz apathisch", "sie ist so schläfrig, dass sie kaum trinkt", "er trinkt nur zwei Minuten und schläft ein"], noMatch: ["die Kleine ist munter", "das Baby schläft gut zwischen den Mahlzeiten"] },
  },
  {
    id: "de.urine_foamy", concept: "urine_foamy", category: "red_flag_symptom", severity: "high",
    when: ["(urin|pipi|harn) ~4 (schaumig|schäumt|schaum)", "schaum* ~3 (urin|pipi|harn)"],
    examples: { match: ["mein Urin ist seit Tagen ganz schaumig"], noMatch: ["das Bier schäumt"] },
  },
  {
    id: "de.fetal_movement", concept: "reduced_fetal_movement", category: "red_flag_symptom", severity: "urgent", experiencer: "any",
    when: ["(baby|kind|kleine|kleiner|bauchzwerg|zwerg|würmchen) ~4 (strampelt nicht|strampelt kaum|strampelt weniger|tritt nicht mehr|boxt nicht mehr|rührt sich nicht|rührt sich kaum|rührt sich nimmer|ist so ruhig)", "(spüre|spür|merke|merk) ~3 (das baby|das kind|den kleinen|die kleine|den zwerg) ~2 (nicht mehr|nimmer|kaum)", "(baby|kind|bauchzwerg|zwerg|würmchen|kleine|kleiner) ~2 (rührt sich|strampelt|tritt|boxt) ~3 (nicht mehr|nimmer|kaum noch|kaum)", "(baby|kind|kleine|kleiner|zwerg) ~4 (ganz still|so still|sehr still|still|hat sich nicht bewegt|hat sich kaum bewegt|nicht getreten|kaum getreten)", "(baby|kind|kleine|kleiner) ~4 (bewegt sich nicht|bewegt sich kaum|bewegt sich weniger|ruhig|tritt nicht|tritt weniger)", "(baby|kind) ~2 bewegt sich ~3 (kaum|nicht|weniger)", "(spüre|gespürt|merke) ~3 (keine|kaum|weniger) (bewegungen|tritte|kindsbewegungen)", "(weniger) (kindsbewegungen|bewegungen|tritte)"],
    examples: { match: ["der Bauchzwerg rührt sich seit gestern nimmer", "ich spüre das Baby kaum", "das Baby ist seit gestern Abend ganz still", "das Baby bewegt sich seit gestern kaum", "ich spüre heute keine Tritte"], noMatch: ["das Baby strampelt viel", "das Baby tritt viel"] },
  },
  {
    // in der Schwangerschaft oder im Wochenbett: verschwommenes Sehen, Flimmern, Gesicht oder Hände geschwollen (Präeklampsie)
    id: "de.pregnancy_vision_swelling", concept: "pregnancy_warning_signs", category: "red_flag_symptom", severity: "high", pregnancyQualifies: true,
    when: [
      "(sehe|sehen|sicht|augen) ~4 (verschwommen|unscharf|komisch|flimmert|flimmern|trüb|neblig)",
      "(sehe|sehen|hab|habe) ~3 (sternchen|flimmern|punkte|blitze|zacken|flecken|mücken)",
      "(augenflimmern|sternchen sehen|flimmern vor den augen)",
      "(gesicht|hände|haende|finger|augenlider|lider) ~4 (geschwollen|aufgedunsen|dick|verquollen|angeschwollen)",
      "(ring|ehering|ringe) ~4 (geht|gehen|passt|passen) ~2 nicht ~2 (ab|runter|mehr|drauf)",
    ],
    qualifiedBy: ["@SUDDEN", "@WORSE", "@NEW", "@SEVERE", "heute", "heute morgen", "über nacht", "uber nacht"],
    examples: {
      match: ["ich sehe seit heute früh alles verschwommen", "ich habe so ein Flimmern vor den Augen", "meine Finger sind geschwollen und der Ehering geht nicht mehr ab"],
      noMatch: ["das Foto ist unscharf", "wir haben Sterne am Himmel gesehen"],
    },
  },
  {
    id: "de.pregnancy_signs", concept: "pregnancy_warning_signs", category: "red_flag_symptom", severity: "urgent",
    when: ["(blase) ~2 (geplatzt|gesprungen|ist gesprungen)", "(blutung|blute|blut) ~4 (im slip|unten raus)", "(wehen|bauch wird hart|bauch hart) ~4 (alle (drei|vier|fünf|zehn|#) minuten|in kurzen abständen)", "(fruchtblase|blasensprung|fruchtwasser)", "(wehen) ~4 (alle|regelmäßig|stärker|minuten)", "(blutung|blut|blute) ~4 (aus der scheide|vaginal|unten|in der unterhose)"],
    examples: { match: ["ich glaube, die Blase ist gesprungen", "der Bauch wird hart alle fünf Minuten", "ich glaube, ich hatte einen Blasensprung", "ich habe eine Blutung aus der Scheide"], noMatch: ["die Seifenblase ist geplatzt", "ich trinke viel Wasser"] },
  },
  {
    id: "de.reliever_overuse", concept: "reliever_overuse", category: "red_flag_symptom", severity: "high",
    when: ["(spray|notfallspray|asthmaspray|salbutamol|sultanol|inhalator|ventolin|berodual) ~6 (alle paar minuten|alle halbe stunde|jede halbe stunde|hilft nix|hilft nimmer|wirkt nimmer|bringt nix|bringt nichts)", "@RELIEVER ~6 @NUM oder @NUM (mal|hübe|hub|stöße|stösse)", "@RELIEVER ~8 alle (zwei|drei|2|3) stunden", "(notfallspray|salbutamol|sultanol|spray|inhalator|asthmaspray|bedarfsspray) ~6 @NUM (mal|hübe|hub|stöße|stösse)", "(notfallspray|salbutamol|sultanol|spray|inhalator|bedarfsspray) ~6 (jede stunde|stündlich|den ganzen tag|ständig|viel öfter|öfter als sonst|hilft nicht mehr|wirkt nicht mehr|hält nicht)"],
    examples: { match: ["das Berodual nehme ich alle halbe Stunde und es hilft nimmer", "ich nehme das blaue Spray alle drei Stunden", "ich habe das Notfallspray heute schon sechs mal genommen", "das Spray hilft nicht mehr"], noMatch: ["das Spray liegt im Bad", "das Spray liegt in der Tasche"] },
  },
  {
    id: "de.child_breathing", concept: "breathlessness", category: "red_flag_symptom", severity: "urgent", experiencer: "any",
    when: ["(stöhnt|stöhnen|knorkst|ächzt) ~3 (beim atmen|bei jedem atemzug)", "(zwischen den rippen|unter den rippen) ~3 (zieht sich rein|ziehen sich rein|sinkt ein|sinken ein)", "(einziehung*|nasenflügeln|nasenflügel ~2 (blähen|bewegen))", "(rippen|brustkorb|hals) ~3 (zieht sich ein|ziehen sich ein|eingezogen|sinken ein)", "(ziehen|zieht) sich ~2 (die|der)? ~1 (rippen|haut|brustkorb) ~3 ein", "(atmet) (mit dem|über den) bauch"],
    examples: { match: ["er stöhnt bei jedem Atemzug", "bei ihm ziehen sich die Rippen beim Atmen ein", "sie hat Nasenflügeln"], noMatch: ["er stöhnt über die Hausaufgaben", "er atmet durch die Nase"] },
  },
  {
    id: "de.stool_count", concept: "abdominal_or_gi_red_flag", category: "red_flag_symptom", severity: "high",
    when: ["(fünfmal|sechsmal|siebenmal|achtmal|neunmal|zehnmal|fünf mal|sechs mal|sieben mal|acht mal|zehn mal|# mal) ~8 (klo|toilette|durchfall|flüssig|wässrig|dünn)", "(durchfall|flüssig|wässrig) ~8 (fünfmal|sechsmal|siebenmal|achtmal|neunmal|zehnmal|fünf mal|sechs mal|sieben mal|acht mal|# mal)"],
    examples: { match: ["ich war heute siebenmal auf dem Klo, ganz wässrig", "der Durchfall kommt sechs mal am Tag"], noMatch: ["ich war zweimal auf der Toilette", "ich bin fünfmal um den Block gelaufen"] },
  },
  {
    id: "de.vomiting_diarrhoea", concept: "abdominal_or_gi_red_flag", category: "red_flag_symptom", severity: "high",
    when: ["(kotz*|speib*|brech*|erbrech*|übergeb*) ~8 (dünnpfiff|scheißerei|durchmarsch|dünnschiss|flotter otto)", "(dünnpfiff|scheißerei|durchmarsch|dünnschiss|flotter otto) ~8 (kotz*|speib*|brech*|erbrech*|übergeb*)", "(erbrech*|übergeb*|kotz*|brech*) ~8 (durchfall)", "(durchfall) ~8 (erbrech*|übergeb*|kotz*|brech*)"],
    examples: { match: ["er speibt und hat Dünnpfiff seit der Nacht", "ich muss mich übergeben und habe Durchfall"], noMatch: ["der Durchmarsch der Truppe", "kein Erbrechen und kein Durchfall"] },
  },
  {
    id: "de.spreading_past_mark", concept: "wound_problem", category: "red_flag_symptom", severity: "high",
    when: ["(über|uber|außerhalb|ausserhalb) ~2 (die|der) ~1 (linie|markierung|umrandung|anzeichnung)", "(rötung) ~4 (größer als|über die markierung)"],
    examples: { match: ["die Rötung geht schon über die Linie hinaus"], noMatch: ["die Linie 5 fährt nicht"] },
  },
  {
    id: "de.dizziness", concept: "dizziness_or_balance", category: "red_flag_symptom", severity: "high",
    when: ["(schwummrig|schwummerig|schummrig|schummerig|dusselig|duselig|drehwurm|trümmlig|trümmelig|tümmelig|wackelig auf den beinen|wacklig auf den beinen|wie besoffen|torkle|torkel|torkelt|torkelte)", "(schwindel*|schwindlig|schwindelig|drehschwindel|alles dreht sich|taumel*|schwanke|schwanken|wie betrunken|gleichgewicht verloren|unsicher auf den beinen)"],
    qualifiedBy: ["@WORSE", "@NEW", "@SUDDEN", "@SEVERE", "@PERSISTENT", "gestürzt", "hingefallen", "sturz", "schwarz", "beim aufstehen", "umgekippt"],
    examples: { match: ["mir ist seit heute früh ganz schwummrig", "es isch mer trümmlig sit geschter", "mir ist seit heute morgen ständig schwindelig", "ich taumle wie betrunken"], noMatch: ["ich gehe sicher", "ich gehe sicher"] },
  },
  {
    id: "de.sputum", concept: "sputum_change", category: "red_flag_symptom", severity: "high",
    when: ["(auswurf|schleim|rotz|was ich abhuste|was ich aushuste) ~5 (rostbraun|rostfarben|blutfäden)", "(auswurf|schleim|sputum) ~5 (grün*|gelb*|braun*|dunkel*|blutig|dicker)"],
    examples: { match: ["der Auswurf ist rostbraun", "der Auswurf ist grün geworden"], noMatch: ["die Farbe ist rostbraun", "grüner Tee"] },
  },
  {
    id: "de.growing_lump", concept: "growing_lump", category: "red_flag_symptom", severity: "high",
    when: ["(knubbel|knötchen|geschwulst|bobbel) ~6 (wächst|gewachsen|größer|neu|dazugekommen)", "(knoten|beule|schwellung|lymphknoten|verhärtung) ~6 (wächst|gewachsen|größer|neu|neuer|hart)", "(habe|hab) ~3 (einen|eine)? ~1 (knoten|beule|verhärtung) ~3 (ertastet|gefunden|entdeckt|bemerkt)"],
    examples: { match: ["der Knubbel am Hals ist größer geworden", "der Knoten am Hals ist größer geworden", "ich habe einen Knoten in der Achsel ertastet"], noMatch: ["der Knubbel am Pullover", "ich habe einen Knoten im Schnürsenkel"] },
  },
  // the patient hurt, threatened or afraid of someone at home
  {
    id: "de.unsafe_at_home", concept: "unsafe_at_home", category: "emotional_distress", severity: "urgent", experiencer: "any", questionMeansHypothetical: false, persists: true,
    when: ["(angst|fürchte mich|fürcht mich) ~2 vor (meinem|meiner|dem|der) ~1 (mann|partner|freund|freundin|frau|sohn|tochter|schwiegersohn|ex|enkel|bruder|vater|alten)", "angst ~2 (nach hause zu (gehen|kommen)|vor (ihm|ihr|meinem mann|meinem partner|meinem freund|meiner frau|meinem sohn)|zu hause zu (sein|bleiben))", "(fühle mich|fühl mich) ~2 (zu hause|daheim|bei ihm) nicht sicher", "angst ~3 um mich", "(*messer|waffe|pistole|gewehr) ~5 (verschwunden|versteckt|weg|fehlt)", "(verschwunden|versteckt) ~3 (das messer|die messer|die waffe|die pistole)"],
    examples: { match: ["ich hab Angst vor meinem Alten, wenn er trinkt", "ich habe Angst um mich und die Kinder", "das Brotmesser ist weg, er hat es versteckt", "ich habe Angst, nach Hause zu gehen", "ich fühle mich zu Hause nicht sicher"], noMatch: ["ich habe Angst vor dem Zahnarzt", "ich habe Angst vor Spritzen"] },
  },
  {
    // a danger in the home (eine Flamme am Sauerstoff, der vergessene Herd, ein verwirrter Mensch nachts draußen)
    id: "de.unsafe_at_home.hazard", concept: "unsafe_at_home", category: "emotional_distress", severity: "urgent", experiencer: "any", questionMeansHypothetical: false, persists: true,
    when: ["(küche|wohnung|zimmer|haus|flur) ~3 (voller rauch|voll rauch|verqualmt|qualmt)", "(pfanne|topf|vorhang|vorhänge|herd|ofen|heizlüfter|irgendwas|etwas) ~3 (brennt|in flammen|hat feuer gefangen|fängt feuer)", 
      "(raucht|qualmt|zündet sich eine (zigarette|kippe) an|kerze|kerzen|gasherd) ~8 (sauerstoff|sauerstoffgerät|konzentrator|sauerstoffflasche|sauerstoffschlauch)",
      "(sauerstoff|sauerstoffgerät|konzentrator|sauerstoffflasche|sauerstoffschlauch) ~8 (raucht|qualmt|zündet sich eine (zigarette|kippe) an|kerze|kerzen|gasherd)",
      "(lässt|ließ|vergisst|vergaß) ~3 (den gasherd|das gas|den herd|die herdplatte|die platte|den ofen) ~2 (an|brennen|laufen)",
      "(gefunden|aufgegriffen|irrt|irrte|umhergeirrt|herumgeirrt|lief|läuft) ~8 (im schlafanzug|im nachthemd|im bademantel|um (zwei|drei|vier|fünf|#) uhr (morgens|nachts|früh)|mitten in der nacht)",
      "(im schlafanzug|im nachthemd|im bademantel|um (zwei|drei|vier|fünf|#) uhr (morgens|nachts|früh)|mitten in der nacht) ~8 (gefunden|aufgegriffen|umhergeirrt|herumgeirrt|herumgelaufen|rumgelaufen)",
    ],
    examples: { match: ["die Küche ist voller Rauch", "die Pfanne brennt auf dem Herd", "mein Mann raucht immer noch im Schlafzimmer, wo das Sauerstoffgerät steht", "sie lässt ständig den Herd an", "die Nachbarin hat ihn im Schlafanzug auf der Straße gefunden"], noMatch: ["der Rauch vom Grill im Garten", "ich habe lange vor dem Sauerstoff mit dem Rauchen aufgehört", "er lief heute früh zum Bäcker"] },
  },
  {
    id: "de.unsafe_at_home.violence", concept: "unsafe_at_home", category: "emotional_distress", severity: "urgent", experiencer: "any", questionMeansHypothetical: false, persists: true,
    when: ["(kontrolliert|durchsucht|liest|checkt) ~2 (mein|meine) (handy|telefon|nachrichten)", "(hat|nimmt|behält) ~2 (meine|mein) (bankkarte|ec-karte|karte|rente|geld)", "(wird|wurde) ~2 (aggressiv|gewalttätig|handgreiflich)", "(hat|hatte) ~3 (einen stuhl|den stuhl|teller|geschirr|sachen|ein glas) ~3 (gegen|an|durch) ~2 (geworfen|geschmissen|gepfeffert)", "(hat|hatte) ~3 (mit der faust|die faust) ~3 (tür|wand|fenster) ~2 (geschlagen|gehauen|eingeschlagen)", "(hat|hatte) mich ~5 (verprügelt|geohrfeigt|gehauen|ins gesicht geschlagen|an den haaren gezogen|eingesperrt|gewatscht|gepackt)", "(haut|watscht|verprügelt|prügelt) mich", "(hat|hatte) mir ~3 (eine geknallt|eine gescheuert|eine runtergehauen|eine watschn gegeben|eine reingehauen)", "(hat|hatte) mich ~5 (geschlagen|gestoßen|geschubst|bedroht|gewürgt|getreten)", "(schlägt|stößt|schubst|bedroht|würgt|tritt) mich"],
    with: ["(er|sie|mann|partner|partnerin|freund|freundin|frau|sohn|tochter|vater|mutter|ex)"],
    window: 8,
    examples: { match: ["er kontrolliert jeden Abend mein Handy", "mein Sohn hat meine Bankkarte und gibt mir nur wenig", "wenn er trinkt, wird er aggressiv", "er hat gestern einen Stuhl gegen die Wand geworfen", "mein Sohn hat mit der Faust gegen die Tür geschlagen", "mein Mann hat mir gestern eine geknallt", "er haut mich, wenn er betrunken ist", "mein Mann hat mich gestern gegen die Tür gestoßen"], noMatch: ["die Bank hat meine alte Karte eingezogen", "der Hund wird aggressiv beim Briefträger", "ich habe den alten Stuhl weggeworfen", "der Hund hat mich an der Leine gezogen", "der Hund hat mich an der Tür geschubst"] },
  },
  {
    // taken other than the label or the prescriber says (see en.label_mismatch)
    id: "de.label_mismatch", concept: "dose_schedule_error", category: "medication_problem", severity: "high", experiencer: "speaker", persists: true,
    when: ["(packung|schachtel|etikett|beipackzettel|zettel|rezept|apotheker|apothekerin|anleitung) ~3 (sagt|sagte|steht|stand) ~5 (einmal|zweimal|dreimal|viermal|jeden|täglich|pro tag|am tag|pro woche|die woche|eine|zwei|halbe) ~6 aber ~5 (nehme|nahm|gebe|nehm) ~4 (eine|zwei|beide|jeden|nur|bloß|einmal|zweimal)", "(soll|sollte|müsste) ~4 (einmal|zweimal|dreimal|täglich|pro tag|am tag|pro woche) ~6 aber ~5 (nehme|nehm|nahm) ~4 (eine|zwei|nur|bloß|einmal|zweimal|jeden)"],
    examples: { match: ["auf der Packung steht zweimal am Tag, aber ich nehme nur eine am Morgen", "ich soll sie einmal pro Woche nehmen, aber ich nehme sie jeden Tag"], noMatch: ["auf der Packung steht zweimal am Tag und so nehme ich sie", "auf dem Zettel steht zum Essen"] },
  },
  {
    // thoughts of ending one's life said as "it", after the call has named them (the agent's question or
    // the patient's own words earlier): unnamed, the turn is only held for review
    id: "de.self_harm.thoughts", concept: "suicidal_or_self_harm", category: "emotional_distress", severity: "urgent", experiencer: "speaker", questionMeansHypothetical: false, qualifiedInHistory: true,
    when: ["(manchmal|nachts|abends|oft|ab und zu|jeden tag|an manchen abenden) ~3 (denke ich daran|denk ich dran|denke ich dran|geht mir das durch den kopf|kommt mir der gedanke|kommen die gedanken)", "(ich denke|ich denk) (daran|dran) ~2 (manchmal|nachts|abends|oft|ab und zu)", "(ich denke|ich denk) (manchmal|nachts|abends|oft|ab und zu) (daran|dran)"],
    qualifiedBy: ["suizid*", "selbstmord*", "umbringen", "das leben (nehmen|zu nehmen)", "(mir|sich|ihnen) (was|etwas) antun", "nicht mehr aufwachen", "nicht mehr leben", "sterben"],
    examples: { match: ["einen Plan habe ich nicht, aber manchmal denke ich daran", "nachts geht mir das durch den Kopf", "ich denke manchmal daran"], noMatch: ["ich denke daran, die Tabletten mitzunehmen", "manchmal gehe ich spazieren"] },
  },
  {
    // a medicine given every hour or two: far past any label (see en.rescue_dose_hourly)
    id: "de.rescue_dose_hourly", concept: "medication_overuse", category: "medication_problem", severity: "high", persists: true, needsMedicationContext: true,
    when: ["(gebe|gegeben|gab|geben|nehme|genommen|nahm|nehm) ~4 (jede stunde|stündlich|alle (zwei|2|anderthalb) stunden|jede halbe stunde)", "(jede stunde|stündlich|alle (zwei|2|anderthalb) stunden|jede halbe stunde) ~4 (gegeben|genommen|gebe|nehme)"],
    examples: { match: ["ich gebe ihm das Paracetamol alle zwei Stunden, weil das Fieber wiederkommt", "ich nehme die Schmerztablette jede Stunde"], noMatch: ["ich gebe ihm das Paracetamol alle sechs Stunden", "ich gebe ihm alle zwei Stunden etwas zu trinken"] },
  },
  {
    id: "de.self_harm", concept: "suicidal_or_self_harm", category: "emotional_distress", severity: "urgent", conditionalIsReal: true, experiencer: "speaker", questionMeansHypothetical: false,
    when: ["(mich aufhängen|von der brücke springen|aus dem fenster springen|vom dach springen|mich erschießen|mir die pulsadern aufschneiden|mir die kugel geben)", "(werfen|springen|schmeißen|legen) ~3 (vor den zug|vor einen zug|vor die bahn)", "(spring|springe) ~2 (von der brücke|aus dem fenster|vom balkon)", "(herrgott|lieber gott|liebe gott) ~4 (holen|holt|zu sich)", "(mag|mog|will) (nimmer|nicht mehr) leben", "(nicht mehr|nie mehr|nimmer) (aufzuwachen|aufwache|aufwach)", 
      // an overdose thought: swallowing the whole pack at once
      "(schluck|schlucke|nehm|nehme|schlucken|nehmen) ~3 (die ganze packung|die ganze schachtel|alle (tabletten|pillen) auf einmal|alles auf einmal)",
      // no wish to live, a wish to be dead
      "(keine|kein) (lust|kraft|sinn|grund) mehr ~2 (zu leben|zum leben|im leben)", "lebensmüde", "(möchte|will|würde) ~2 (lieber )?(tot sein|sterben)", "(leben|leben hat) ~2 (keinen sinn|keinen zweck)","(mich umbringen|mir das leben nehmen|mir etwas antun|mir was antun|mich verletzen|mich ritzen|selbstmord|suizid*|schluss machen)", "(will|möchte|wünschte|würde lieber|wäre lieber) ~3 (sterben|tot sein|nicht mehr leben|verschwinden|nicht mehr aufwachen|einschlafen und nicht)", "(nicht mehr aufwachen|nie mehr aufwachen|einfach einschlafen)", "(will|möchte) ~2 nicht mehr (leben|da sein|weitermachen|aufwachen)", "(besser dran|besser ohne mich) ~3 (ohne mich|wenn ich nicht|wenn ich weg)?", "(gedanken|denke) ~3 (ans sterben|an den tod|mir etwas anzutun|nicht mehr da zu sein)", "(einfacher|besser|leichter|ruhiger) ~6 wenn ich ~2 nicht mehr (da|hier|am leben) (wär|wäre|wären|bin|sein)", "wenn ich ~2 nicht mehr (da|hier) (wär|wäre)"],
    examples: { match: ["der Herrgott soll mich endlich holen", "i mog nimmer leben", "ich hätte nichts dagegen, nicht mehr aufzuwachen", "manchmal denk ich, ich spring von der Brücke", "ich habe keine Lust mehr zu leben", "manchmal wünschte ich, ich würde nicht mehr aufwachen", "für meine Kinder wäre es leichter, wenn ich gar nicht mehr da wäre", "meine Familie wäre besser dran ohne mich", "ich habe Gedanken, mir etwas anzutun", "manchmal denk ich, ich nehm einfach die ganze Packung", "es wär nicht so schlimm, wenn ich morgens nicht mehr aufwache"], noMatch: ["ich wache nachts nicht mehr auf, seit ich die Tabletten nehme", "der Zug fährt vor dem Haus vorbei", "ich muss früh aufstehen und aufzuwachen fällt mir schwer", "ich nehme alle Tabletten morgens zusammen", "ich sterbe vor Hunger"] },
  },
  {
    id: "de.hopeless", concept: "emotional_distress", category: "emotional_distress", severity: "high", experiencer: "speaker", questionMeansHypothetical: false,
    when: ["(über meine kräfte|bin ausgebrannt|ausgebrannt|burnout|burn out|kann nimmer|pack das nimmer|pack des nimmer|schaff das nimmer|schaff des nimmer|mit den nerven am ende|nervlich am ende)", "wächst mir ~2 über den kopf", "(kein auge zugetan|schlafe nicht mehr|schlaf nimmer) ~3 (seit tagen|seit nächten|nächte|die ganze woche)", "(wozu das alles|was soll das alles|hat alles keinen sinn|keinen sinn mehr|sinnlos)", "(kann nicht mehr|schaffe das nicht mehr|bin am ende|am ende meiner kräfte|breche zusammen)", "kann ~2 nicht mehr", "(hoffnungslos|verzweifelt|keine hoffnung)", "(eine last|zur last) ~2 (für|fallen)?", "(wäre|wären) ~3 besser ~3 (dran)? ~1 (mit jemand anderem|mit jemand anderes|mit einer anderen mutter|mit einem anderen vater)", "(ich störe nur|bin nur im weg|bin allen im weg|bin nur eine last)", "(weine|weinen|heule) ~3 (den ganzen tag|jeden tag|ständig|ohne grund)", "(fühle mich|bin) ~2 @MOOD_LOW ~3 (die ganze zeit|jeden tag|seit wochen|seit|ständig)", "(depressiv|depression)", "(panikattacke*|angstattacke*)", "(niemand|keiner) ~2 (würde mich vermissen|interessiert sich|merkt)", "(schlafe nicht|esse nicht|kann nicht schlafen) ~3 (seit tagen|mehr)?"],
    examples: { match: ["i kann nimmer, das wächst mir alles über den Kopf", "ich bin mit den Nerven am Ende mit der Pflege", "ich kann einfach nicht mehr", "die Kleine wäre besser dran mit einer anderen Mutter", "ich störe nur alle", "ich fühle mich wie eine Last für meine Kinder", "ich weine jeden Tag ohne Grund"], noMatch: ["der Baum wächst über das Dach", "wozu dient die blaue Tablette"] },
  },
  {
    // ein frei verkäufliches Schmerzmittel (NSAR) zusammen mit Blutverdünner, schwacher Niere oder Herz, Lithium, Kortison, Schwangerschaft
    id: "de.nsaid_interaction", concept: "drug_interaction", category: "medication_problem", severity: "high", experiencer: "speaker", persists: true, qualifiedInHistory: true,
    when: ["(nehme|genommen|nehm|geschluckt|gekauft|eingenommen) ~4 @NSAID", "@NSAID ~5 (genommen|jeden tag|täglich|seit|die ganze woche|zweimal|dreimal|gegen (die|den|das|meine|meinen))"],
    qualifiedBy: ["@ANTICOAG", "niere*", "nieren*", "dialyse", "herzschwäche", "herzinsuffizienz", "lithium", "methotrexat", "kortison", "cortison", "prednisolon", "magengeschwür", "geschwür", "transplantation", "transplantiert", "tacrolimus", "ciclosporin", "wassertablette*", "entwässerung*", "torasemid", "furosemid", "schwanger*"],
    window: 30,
    examples: { match: ["ich nehme Sintrom und habe Dolormin gegen die Zahnschmerzen genommen", "ich nehme Marcumar und hab seit Montag Ibuprofen gegen das Knie genommen", "ich nehme jeden Tag Diclofenac, obwohl die Nieren schwach sind"], noMatch: ["Dolormin liegt im Schrank", "Ibuprofen liegt im Schrank"] },
  },
  {
    // ein Medikamentenspiegel im Blut zu hoch oder toxisch (Lithium, Digoxin, Tacrolimus...)
    id: "de.drug_level", concept: "drug_level_out_of_range", category: "medication_problem", severity: "high", persists: true,
    when: [
      "(@MED) (spiegel|wert|werte) ~4 (zu hoch|hoch|erhöht|toxisch|über|drüber)",
      "(spiegel|lithiumspiegel|digoxinspiegel|tacrolimusspiegel) ~4 (zu hoch|hoch|erhöht|toxisch|über|drüber)",
      "(vergiftung|überdosierung|intoxikation) ~3 (@MED)",
    ],
    needsMedicationContext: true,
    examples: { match: ["das Labor hat angerufen, mein Lithiumspiegel ist zu hoch", "der Tacrolimus Spiegel war erhöht"], noMatch: ["der Wasserspiegel ist hoch"] },
  },
  {
    // Sauerstoff zu Hause selbst hochgedreht: mehr Sauerstoff zu brauchen ist das Warnzeichen
    id: "de.oxygen_self_adjusted", concept: "oxygen_need_rising", category: "medication_problem", severity: "high", experiencer: "speaker", persists: true,
    when: ["(sauerstoff|konzentrator|flow) ~4 (hochgedreht|hochgestellt|erhöht|aufgedreht|auf @NUM liter)", "(hochgedreht|hochgestellt|aufgedreht) ~3 auf @NUM (liter)?"],
    examples: { match: ["ich habe den Sauerstoff selbst auf fünf Liter hochgedreht", "der Sauerstoff läuft seit heute auf 4 Liter"], noMatch: ["der Sauerstofflieferant kommt morgen"] },
  },
  {
    id: "de.med_missed", concept: "missed_dose", category: "medication_problem", severity: "high", persists: true,
    when: ["(war|bin) ~3 nicht ~2 (zur|zu der|bei der|für die) (spritze|depotspritze|injektion|infusion|depot)", "(spritze|depotspritze|injektion|infusion|depot) ~5 (nicht abgeholt|nicht gegangen|nicht hingegangen|nicht geschafft|verpasst)", "(hab|habe|haben) (ihm|ihr) ~3 (das|die|den|sein|seine|ihr|ihre) ~1 @MED ~2 nicht (gegeben|gespritzt)", "(verschwitzt|verpennt|verbaselt) ~3 (@MED|zu nehmen|einzunehmen|zu geben|zu spritzen)?", "(ned|net|nit) (gnommen|genommen|gespritzt|gegeben)", "(nicht gegeben|nicht verabreicht)", 
      // days of doses forgotten, or the medicine left behind while away
      "(vergessen|ausgelassen|nicht genommen) ~3 (zwei|drei|vier|ein paar|mehrere|#) (tage|tagen|abende|dosen)", "(zwei|drei|vier|ein paar|mehrere|#) (tage|abende|dosen) ~3 (vergessen|ausgelassen|nicht genommen)", "(@MED|packung|schachtel) ~4 (zu hause|daheim) vergessen","(vergessen|ausgelassen|nicht genommen|nicht gespritzt|nicht eingenommen|weggelassen)", "(vergessen|vergesse|vergaß) ~3 (zu nehmen|einzunehmen|zu spritzen|@MED)", "(seit|schon) ~2 (zwei|drei|paar|einigen) tagen ~3 (nicht genommen|keine|ohne)"],
    needsMedicationContext: true,
    examples: { match: ["ich war letzte Woche nicht zur Depotspritze", "die Depotspritze hab ich verpasst", "ich hab ihr gestern das Insulin nicht gegeben", "die Tabletterl hab i ned gnommen", "ich habe die Spritze verschwitzt", "ich hab ihr gestern die Tabletten nicht gegeben", "ich habe die Tabletten zwei Tage vergessen", "ich habe gestern die Blutdrucktablette vergessen", "das Insulin habe ich heute früh nicht gespritzt"], noMatch: ["ich war nicht beim Bäcker", "ich hab ihr den Zettel nicht gegeben", "ich habe den Termin verschwitzt", "ich habe den Schirm vergessen", "ich nehme die Tablette jeden Tag"] },
  },
  {
    id: "de.med_double", concept: "double_dose", category: "medication_problem", severity: "high", persists: true,
    when: ["(zwei|beide) ~2 (auf einmal|zusammen|gleichzeitig|auf einen schlag|auf einen rutsch) ~2 (genommen|eingenommen|geschluckt|gegeben)", "(hab|habe|hat) ~3 (nochmal|noch mal|noch einmal|ein zweites mal) ~2 (genommen|eingenommen|geschluckt|gespritzt) ~3 (vergessen|aus versehen|versehentlich|nicht mehr gewusst)?", "(die|den) (von morgen|für morgen) ~2 (auch|schon) ~2 genommen", "(doppelt|zweimal|nochmal|noch eine|noch einen) ~3 (gegeben|verabreicht)", "(hatte|hat) ~4 schon ~3 (genommen|gehabt|bekommen|gekriegt) ~8 (nochmal|noch eine|noch einen|zweite|zweiten)", "(doppelt|zweimal|zwei mal|noch einmal|nochmal|eine zu viel|zu viel) ~3 (genommen|gespritzt|eingenommen|erwischt|gnommen)", "(doppelte dosis|dosis verdoppelt)",
      "(zwei|2|drei|3|beide) ~2 (tabletten|@MED) ~5 statt", "(genommen|nehme|gegeben|gespritzt|eingenommen) ~4 (statt|anstatt|anstelle) ~2 (einer|eine|einen|einer halben|der halben|zwei|#|der dosis)", "(ganze|eine ganze|zwei|drei|doppelte) ~3 (statt|anstatt|anstelle) ~2 (einer halben|der halben|halben|einer|eine|einen|zwei|#)", "(@MED) ~4 (doppelt|zweimal) ~3 (aus versehen|versehentlich)"],
    needsMedicationContext: true,
    examples: { match: ["am Montag vergessen, also hab ich am Dienstag zwei Tabletten auf einmal genommen", "ich hab die Tabletten nochmal genommen, ich wusste nicht mehr", "ich hab die von morgen auch schon genommen", "ich habe ihm die Tablette zweimal gegeben", "sie hatte ihre Tablette schon genommen und ich hab ihr noch eine gegeben", "ich habe zwei statt einer genommen", "ich habe die Tablette aus Versehen doppelt genommen", "ich habe das Insulin zweimal gespritzt"], noMatch: ["ich nehme morgen die Tabletten wie immer", "ich habe ihm zweimal Kuchen gegeben", "ich nehme zweimal täglich eine Tablette wie verordnet", "die Ärztin hat die Dosis von zweimal zwei Tabletten auf zweimal eine gesenkt"] },
  },
  {
    id: "de.med_wrong", concept: "wrong_medicine", category: "medication_problem", severity: "high", experiencer: "speaker", persists: true,
    when: ["(falsch gelesen|falsch verstanden|verlesen)", "(die|meine) alten ~4 (und|mit|zusätzlich zu) ~2 (den|die|meinen) neuen", "(tabletten|medikamente|spray|insulin|pillen|medis) ~3 (von|vom) ~1 (meinem|meiner|dem|der)? ~1 (mann|frau|nachbarn|nachbarin|vater|mutter|schwester|bruder|opa|oma) ~3 (genommen|erwischt|gegeben|geschluckt)", "(dosett|dosette|pillendose|wochendosierer|tablettenbox|wochenbox) ~5 (falsch|vertauscht|durcheinander|verwechselt|falsch befüllt|falsch gerichtet)", "(die falsche|das falsche|die falschen|tabletten von meinem|tabletten von meiner|die von meinem|die von meiner) ~3 (genommen|geschluckt|erwischt)?", "(verwechselt|vertauscht|durcheinandergebracht) ~3 (@MED|die tabletten|die packungen|die medikamente)", "(@MED|tabletten|packungen|medikamente) ~3 (verwechselt|vertauscht|durcheinandergebracht)", "(@MED) ~4 (aus versehen|versehentlich)"],
    examples: { match: ["ich habe den Zettel falsch gelesen und zwei genommen", "ich habe die alten und die neuen Tabletten genommen", "ich habe die Tabletten von meinem Mann erwischt", "der Wochendosierer war falsch befüllt", "ich habe aus Versehen die Tabletten von meinem Mann genommen", "ich habe die Packungen verwechselt"], noMatch: ["ich habe den Zettel genau gelesen", "ich habe die Tabletten für meinen Mann geholt", "ich habe die Straße verwechselt"] },
  },
  {
    // a medicine taken once a week taken every day (or twice a week): methotrexate taken daily is a
    // known cause of fatal poisoning; weekly injections doubled up likewise
    id: "de.weekly_med_too_often", concept: "dose_schedule_error", category: "medication_problem", severity: "high", experiencer: "any", persists: true,
    when: ["@WEEKLY_MED ~4 @MORE_THAN_WEEKLY", "@MORE_THAN_WEEKLY ~2 (das|die|den|mein|meine|sein|seine) @WEEKLY_MED"],
    examples: { match: ["ich nehm das Methotrexat jetzt jeden Morgen mit den anderen", "sie spritzt ihr Ozempic zweimal die Woche, damit es schneller geht"],
      noMatch: ["das Methotrexat ist immer montags, die Folsäure freitags", "ich geh jeden Tag spazieren"] },
  },
  {
    // sore mouth or mouth ulcers on a medicine that can strip the blood of white cells (methotrexate,
    // carbimazole, clozapine): a warning sign of toxicity. Named in the call, the medicine qualifies
    // it; otherwise (chemotherapy, where mild sores are expected) it is held for review
    id: "de.mouth_ulcers_toxicity", concept: "mucositis_or_neutropenia", category: "red_flag_symptom", severity: "high", qualifiedInHistory: true,
    when: ["(wunde stellen|aphthen|geschwüre|bläschen|blasen|entzündungen) ~4 (mund|zahnfleisch|zunge|lippen|wangen)", "(mund|zahnfleisch|zunge) ~3 (wund|offen|voller aphthen|blutet|entzündet|aphthen|wunde stellen|geschwüre|bläschen)"],
    qualifiedBy: ["methotrexat", "mtx", "azathioprin", "carbimazol", "thiamazol", "clozapin", "leflunomid"],
    examples: { match: ["seit dem Methotrexat hab ich wunde Stellen im Mund", "im Mund hab ich Aphthen und Halsweh seit der Chemo"], noMatch: ["der Zahnarzt hat mein Zahnfleisch angeschaut", "er hat sich auf die Zunge gebissen"] },
  },
  {
    // two blood thinners at once: an old one not stopped when the new one began
    id: "de.anticoag_double", concept: "anticoagulant_duplication", category: "medication_problem", severity: "high", experiencer: "speaker", persists: true,
    when: ["(nehm|nehme|nimmt|gebe|geb|gibt|genommen|gegeben) ~3 (das|den|die|sein|seine|mein|meine) [neue|neuen|alte|alten] @ANTICOAG (und|plus|mit|zusammen mit) (das|den|die|sein|seine|mein|meine) [neue|neuen|alte|alten] @ANTICOAG"],
    examples: { match: ["ich geb ihm das neue Eliquis und das alte Marcumar"], noMatch: ["sie haben das Marcumar gegen Eliquis getauscht"] },
  },
  {
    // heat on a medicine patch (Fentanyl, Buprenorphin): the warmth drives the dose in faster
    id: "de.patch_heat", concept: "dose_schedule_error", category: "medication_problem", severity: "high", experiencer: "speaker", persists: true,
    when: ["(wärmflasche|heizkissen|heizdecke|wärmekissen|körnerkissen|kirschkernkissen|rotlicht) ~8 (auf|über|direkt auf|gegen) ~2 (das|dem|mein|meinem|sein|seinem) (pflaster|schmerzpflaster)"],
    examples: { match: ["abends leg ich die Wärmflasche direkt auf das Pflaster"], noMatch: ["das Pflaster mach ich vor dem Duschen ab"] },
  },
  {
    id: "de.med_ran_out", concept: "medication_supply", category: "medication_problem", severity: "high", persists: true, experiencer: "speaker",
    when: ["(apotheke) ~5 (lieferschwierigkeiten|nicht lieferbar|nicht erhältlich|nicht zu kriegen|nicht zu bekommen|vergriffen)", "(kasse|krankenkasse|krankenversicherung|versicherung) ~4 (zahlt nicht|übernimmt nicht|bezahlt nicht|zahlt nimmer)", "(kasse|krankenkasse|krankenversicherung|versicherung) ~2 (zahlt|übernimmt|bezahlt) ~4 (nicht|nimmer)", "(@MED|medis) ~4 (sind|ist) (aus|weg|leer)", 
      "(alle !(#|zwei|drei|vier|fünf|sechs|acht|zwölf|paar|halbe|stunde|stunden|tage|tag|woche|wochen|monate|zusammen|drei)|aufgebraucht|leer|ausgegangen|keine tabletten mehr|kein insulin mehr) ~3 (@MED)?", "(keine|nichts) mehr ~3 (@MED|da|übrig|im haus|zu hause|vorrätig)", "(@MED) ~4 (keine|nichts) mehr",
      "(@MED) ~6 (sind alle|ist alle|alle !(#|zwei|drei|vier|fünf|sechs|acht|zwölf|paar|halbe|stunde|stunden|tage|tag|woche|wochen|monate|zusammen|drei)|aufgebraucht|ausgegangen|ausjejangen|leer|keine mehr)",
      "(apotheke) ~5 (nicht vorrätig|nicht da|lieferengpass|nicht lieferbar|hatte nicht|hat nicht|bestellen|keins mehr|keine mehr|nichts mehr|hatte keins|hat keins|hatte keine|hat keine)",
      "(zu teuer|kann mir nicht leisten|kann ich mir nicht leisten|zuzahlung|nicht bezahlen) ~4 (@MED)?",
      "(rezept) ~4 (abgelaufen|nicht bekommen|kein neues|fehlt)",
    ],
    needsMedicationContext: true,
    examples: { match: ["die Medis sind aus seit Freitag", "die Kasse zahlt das Insulin nicht", "die Apotheke hat Lieferschwierigkeiten mit dem Spray", "meine Wassertabletten sind seit Freitag alle", "die Apotheke hatte mein Medikament nicht vorrätig", "das Spray kann ich mir nicht leisten"], noMatch: ["die Kasse zahlt die Brille nicht", "ich nehme die Tabletten alle zwei Tage", "die Milch ist alle"] },
  },
  {
    id: "de.med_stopped", concept: "stopped_medicine", category: "medication_problem", severity: "high", persists: true,
    when: ["(hab|habe|hab ich|habe ich) ~3 (@MED|die tabletten|die medis|die pillen) ~2 (in die ecke gelegt|weggeschmissen|weggeworfen|nimmer genommen)", "(nehm|nehme|nimm|nimmt) ~3 (nimmer|nüme|nümme|ned mehr|net mehr)", "(nur noch jeden zweiten tag|jeden zweiten tag|nur noch die hälfte|nur eine halbe) ~6 (damit|sparen|länger|reicht|reichen)", "(abgesetzt|nehme ich nicht mehr|nehme nicht mehr|aufgehört|nicht mehr genommen|weggelassen) ~3 (@MED|@MED_PRONOUN)?",
      "(nehm|nehme|nehm ich|nehme ich|nehm ick|nehm ick's|nehm icks) ~3 (nicht|nich|nimmer) mehr", "(habe beschlossen|hab beschlossen|beschlossen) ~3 (nicht mehr|abzusetzen|weniger|zu halbieren)", "(halbiere|halbiert|teile|geteilt) ~3 (@MED|die tabletten|sie) ~3 (damit|um|länger)?", "(nehme|nehm) ~2 (sie|die|das) ~1 nur ~2 (wenn|bei bedarf)"],
    needsMedicationContext: true,
    examples: { match: ["die Blutdrucktabletten nehm i nimmer", "ich nimm die Medis nüme", "ich nehme nur noch jeden zweiten Tag eine, damit es länger reicht", "ich habe das Statin wegen der Muskelschmerzen abgesetzt", "die Wassertabletten nehme ich nicht mehr", "ich halbiere die Tabletten, damit sie länger reichen"], noMatch: ["ich habe den Müll weggeworfen", "ich habe mit dem Rauchen aufgehört"] },
  },
  {
    id: "de.contact_request", concept: "doctor_request", category: "doctor_request", severity: "moderate", experiencer: "any", questionMeansHypothetical: false,
    when: ["@CONTACT_VERB"],
    with: ["@CARE_PERSON", "(@WANT|mich|mir)"],
    window: 10,
    examples: { match: ["i möcht heut no mit der Ärztin selber reden", "könnte mich die Ärztin heute anläuten", "ich möchte mit der MPA reden", "kann mich die Pflegefachfrau zurückrufen", "könnte die Ärztin mich heute zurückrufen", "ich möchte bitte mit einem echten Menschen sprechen", "kann mich die Schwester anrufen", "kann ich nicht einfach mit einer richtigen Person reden?", "können Sie mich zur Ärztin durchstellen?"], noMatch: ["die MPA hat gesagt, das passt", "die Ärztin hat gesagt, das ist normal"] },
  },

  {
    // ein Krampfanfall, wie die Familie ihn beschreibt (steif, zuckt, Schaum, verdrehte Augen), jedes Zeichen mit einem zweiten
    id: "de.seizure", concept: "seizure", category: "red_flag_symptom", severity: "urgent",
    when: [
      "(krampfanfall|krampfanfälle|epileptischer anfall|grand mal|fraisen|fieberkrampf*)",
      "(einen|nen|an|ein) anfall !(von|vor) ~6 (zuck*|gezuckt|krampf*|steif|bewusstlos|weggetreten|nicht ansprechbar|augen verdreht|schaum)",
      "(steif|stocksteif|verkrampft|starr) ~6 (gezuckt|zuckt|zuckte|geschüttelt|schaum|augen verdreht|nicht ansprechbar|reagierte nicht|reagiert nicht)",
      "(zuckte|zuckt|gezuckt|zuckungen|schüttelte|zitterte am ganzen körper) ~6 (nicht ansprechbar|reagiert* nicht|schaum|augen|eingenässt|zunge|steif|bewusstlos)",
      "(augen) ~3 (verdreht|nach oben verdreht|weggedreht|verdrehte) ~8 (zuck*|steif|krampf*|schaum|nicht ansprechbar|reagiert*)",
      "(zuck*|steif|krampf*|starr) ~8 (augen) ~3 (verdreht|nach oben verdreht|weggedreht)",
      "(schaum) ~3 (vor dem mund|vorm mund) ~8 (zuck*|steif|krampf*|augen|nicht ansprechbar|boden)",
      "(auf die zunge gebissen|zungenbiss) ~8 (zuck*|krampf*|anfall|nicht ansprechbar|bewusstlos|umgefallen)",
    ],
    examples: {
      match: ["er hatte heute Nacht einen Krampfanfall", "sie war ganz steif und hat gezuckt, nicht ansprechbar", "die Augen waren verdreht und er zuckte", "der Kleine hat die Fraisen gehabt"],
      noMatch: ["er hatte Schaum vor dem Mund vor Wut", "einen Anfall von Heißhunger"],
    },
  },
  {
    // ein Schock des implantierten Defibrillators
    id: "de.device_shock", concept: "device_shock", category: "red_flag_symptom", severity: "urgent",
    when: [
      "(defi|defibrillator|icd|schrittmacher|herzschrittmacher|kastl|kästchen) ~5 (schock|stromschlag|ausgelöst|geschockt|abgegeben|gefeuert|zugeschlagen|geschossen)",
      "(schock|stromschlag|stromstoß) ~4 (vom|von meinem|von dem|durch den) ~1 (defi|defibrillator|icd|schrittmacher)",
    ],
    examples: {
      match: ["mein Defi hat heute Nacht ausgelöst", "ich habe einen Stromschlag vom ICD bekommen", "das Kastl hat mich zweimal geschockt"],
      noMatch: ["ich hatte einen Schock, als ich das hörte", "der Schrittmacher wurde im Mai kontrolliert"],
    },
  },
  {
    // eine Wunde, die nicht heilt: Infektion, Durchblutung, diabetischer Fuß
    id: "de.wound_not_healing", concept: "wound_not_healing", category: "red_flag_symptom", severity: "high",
    when: ["(heilt|verheilt|schließt sich) ~4 (nicht|nimmer)", "(heilt nicht|heilt nimmer|heilt einfach nicht|will nicht heilen|will nicht zugehen|geht nicht zu|nicht zugeheilt|nicht verheilt|immer noch offen|noch offen|wird nicht besser)"],
    with: ["(wunde|wunden|geschwür|offenes bein|offene stelle|druckstelle|druckgeschwür|dekubitus|schnitt|blase|schorf|ulkus|ulcus)"],
    window: 14,
    examples: {
      match: ["die Wunde am Fuß heilt seit Wochen nicht", "ich habe ein offenes Bein, das will nicht zugehen", "die Druckstelle an der Ferse ist immer noch offen"],
      noMatch: ["die Wunde ist gut verheilt", "die Tür geht nicht zu"],
    },
  },
];

export const DE_IDIOMS: readonly IdiomSpec[] = [
  // a thyroid disease name split by speech-to-text ("hypo thyroid"): not a low sugar
  { id: "de.idiom.hypo_thyreose", when: ["hypo (thyreose|thyreoidose|schilddrüse)"], examples: { match: ["ich nehme L-Thyroxin wegen der Hypo Thyreose"], noMatch: ["ich hatte heute Nacht eine Hypo"] } },
  { id: "de.idiom.ueberraschung_und_geld", when: ["(fast|beinahe) (vom stuhl gefallen|vom stuhl gekippt|aus allen wolken gefallen)", "(aus allen wolken gefallen)", "(geld|budget|kasse) ~2 (ist|wird|war) ~3 (knapp|eng)", "(knapp|klamm) (bei kasse)"], examples: { match: ["ich bin fast vom Stuhl gefallen, als ich die Rechnung sah", "das Geld ist diesen Monat knapp"], noMatch: ["ich bin fast auf der Treppe gefallen"] } },
  { id: "de.idiom.erleichterung", when: ["(stein vom herzen|last von den schultern)"], examples: { match: ["da fällt mir ein Stein vom Herzen"], noMatch: ["ich habe einen Stein in der Niere"] } },
  { id: "de.idiom.kopfschmerzen", when: ["(papierkram|formular|bürokratie|das|der verkehr) ~3 (macht|bereitet) ~2 (mir )?(kopfschmerzen|kopfzerbrechen)"], examples: { match: ["der Papierkram macht mir Kopfschmerzen"], noMatch: ["ich habe Kopfschmerzen"] } },
  { id: "de.idiom.sterben_vor", when: ["(sterbe|sterben|sterb) vor (hunger|langeweile|neugier|lachen|durst)", "(todmüde|todschick|totlachen)"], examples: { match: ["ich sterbe vor Hunger"], noMatch: ["ich will sterben"] } },
  { id: "de.idiom.andere", when: ["(telefonnummer|nummer der praxis)", "(blutabnahme|blutwerte|blutbild|bluttest|blutuntersuchung|urinprobe|urintest)", "(eingefallen|aufgefallen|gefallen lassen|gut gefallen|hat mir gefallen|gefällt)", "(preise|kurse|temperaturen) ~2 (gefallen|gestiegen)", "(von ganzem herzen|am herzen liegt|liegt mir am herzen)", "(druck bei der arbeit|zeitdruck|leistungsdruck)",
    // ein vergangener Termin ist keine Bitte um einen: "beim letzten Termin hat die Ärztin..."
    "(letzten|letzter|letzte|vorigen|vorherigen) (termin|besuch|kontrolle|sprechstunde)"], examples: { match: ["morgen habe ich eine Blutabnahme", "das hat mir gut gefallen", "beim letzten Termin wurde die Dosis gesenkt"], noMatch: ["ich bin gefallen"] } },
];
