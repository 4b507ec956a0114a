/** French safety floor (see en/floor.ts): broad words that send an unjudged present complaint to for_review. */

import type { ConceptRule } from "../types";

export const FR_FLOOR_TERMS: Readonly<Record<string, readonly string[]>> = {
  FLOOR_SIGN: [
    // round 6, from clinical knowledge: a child's drowsiness or behaviour change, colour, and sensation words
    "mou", "molle", "amorphe", "somnolent*", "ne veut pas jouer", "ne veut plus jouer", "ne veut plus manger", "grognon", "irritable", "inconsolable", "marbré*", "bleuâtre", "lèvres bleues", "étourdi*", "engourdi*", "fourmillement*", "picotement*", "élancement*", "nez qui coule",
    "tousse", "toux", "évanoui*", "malaise", "je suis tombé", "je suis tombée", "chute*", "convuls*", "confus", "confuse",
    "embrouillé*", "dans le cirage", "mélange", "vertige*", "étourdi*", "vomi*", "nausée*", "mal au cœur", "diarrhée", "constipé*", "saign*",
    "sang", "démange*", "plaques", "boutons", "bleus", "jaune*", "pâle", "sueur*", "frisson*", "palpitation*", "flou", "floue", "mouches",
    "vois double", "trouble", "troubles", "pus", "odeur", "infect*", "fourmi*", "picote*", "crampe*", "épuisé*", "endors*",
    "somnolent*", "dors plus", "gonfl*", "enflé*", "avaler", "j avale mal", "fausse route", "par le nez", "brûle", "brûlure*", "douleur*", "en vrac", "cogne", "bloqué*",
  ],
  /** When a complaint began or how often it comes: it is present and has a course. */
  FLOOR_ONSET: ["depuis", "hier", "cette nuit", "ce matin", "cet après midi", "ce soir", "il y a", "toute la journée", "toute la nuit", "(deux|trois|quatre|cinq|quelques|plusieurs|#) (jours|heures|semaines)", "toutes les (heures|deux heures|nuits)", "(#|deux|trois|quatre|cinq|six|sept|huit|neuf|dix) fois"],
  FLOOR_BODY: ["cheville*", "pied", "pieds", "orteil*", "poignet*", "coude*", "épaule*", "doigt*", "main", "mains", "bras", "jambe*", "mollet*", "cuisse*", "aine", "lèvre*", "langue", "mâchoire", "ongle*", "rein", "reins", "foie", "poumon*", "estomac", "ventre", "cicatrice", "plaie", "sonde", "cathéter", "drain", "nez", "urine", "pipi", "poche", "plaie", "peau", "poitrine", "tête", "jambe*", "pied*", "œil", "yeux", "vue", "ventre", "dos", "sucre", "glycémie", "tension", "poids", "genou*", "hanche*", "cou", "gorge", "oreille*", "nez", "gencive*", "dents", "articulation*", "muscle*", "main*", "bras", "cœur", "coeur"],
  FLOOR_CHANGE: ["changé", "différent*", "bizarre", "étrange", "foncé*", "rouge*", "trouble", "plus", "encore", "revenu*", "monté*", "baissé*", "continue", "mousseu*", "moins", "calme", "vite", "rapide"],
  FLOOR_MED: ["@MED", "sirop", "gouttes", "crème", "pompe", "inhalateur", "cachet*", "comprimé*", "médicament*", "dose*", "insuline", "piqûre*", "stylo"],
  FLOOR_MED_EVENT: ["arrêté*", "arrête", "oublié*", "oublie", "sauté*", "pas pris", "pris deux", "plus de", "n ai plus", "manque", "fini", "terminé", "double", "en trop", "périmé*", "perdu*", "changé*", "donné"],
  FLOOR_READING: ["sucre", "glycémie", "dextro", "tension", "poids", "pesé*", "balance", "température", "thermomètre", "pouls", "oxygène", "saturation", "appareil", "affiché", "marqué", "résultat*", "taux", "niveau", "analyse*", "prise de sang", "labo*", "montre"],
  FLOOR_DISTRESS: ["déprimé*", "au fond du trou", "angoiss*", "panique", "j en peux plus", "je n en peux plus", "à bout", "désespéré*", "pleure*", "idées noires", "mieux sans moi", "sans moi", "un fardeau", "disparaître", "je gêne", "je suis de trop", "avec quelqu un d autre", "pas me réveiller", "me faire du mal", "à quoi bon", "le problème", "un poids", "plus simple pour tout le monde", "plus facile pour tout le monde", "marre d être", "fatigué d être", "fatiguée d être", "plus là", "sans envie", "tout gris", "découragé*", "decourage*", "démoralisé*", "demoralise*", "le cafard", "le moral à zéro", "plus envie de rien"],
  FLOOR_CONTACT: ["parler à", "parler au", "parler avec", "me rappelle", "me rappeler", "m appelle", "m appeler", "voir le", "voir la", "veux parler", "voudrais parler", "besoin de parler"],
  /** Words a patient uses to bring up a problem of their own (an admission, a mistake, "one more thing"): the framing, not the symptom. */
  FLOOR_DISCLOSE: ["pour être honnête", "à vrai dire", "j avoue", "je dois avouer", "entre nous", "une erreur", "je me suis trompé*", "une bêtise", "un autre problème", "il s est passé"],
  /** Units of a body measure (weight, volume in or out, saturation, temperature): a number with one is a reading. */
  FLOOR_UNIT: ["kilo", "kilos", "kg", "litre", "litres", "ml", "millilitre*", "pour cent", "pourcent", "degrés", "cc"],
  FLOOR_NUMERAL: ["un", "une", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze", "treize", "quatorze", "quinze", "seize", "vingt", "trente", "quarante", "cinquante", "soixante", "cent", "virgule", "demi"],
  /** What a measured value is compared with: its earlier value, its target or the patient's best. */
  FLOOR_BASELINE: ["contre", "par rapport à", "comparé à", "que avant", "(et|mais) (avant|la dernière fois|à l hôpital|à la sortie) (c était|il était|elle était|j étais|c était à|j étais à|il était à|elle était à)", "(devrait|devait) (être|faire)", "(la feuille|le papier|le carnet|le plan) (dit|indique)", "mon meilleur (est|était)", "la normale (est|c est)"],
  /** What names a body measure or a test result, so two numbers compared are a trend in the patient's body. */
  FLOOR_MEASURED: ["@FLOOR_UNIT", "pes*", "poids", "balance", "lecture", "taux", "niveau", "niveaux", "résultat*", "créatinine", "creatinine", "prise de sang", "bilan", "mesuré*", "centimètre*", "cm", "débit de pointe", "saturation", "sucre", "glycémie", "glycemie", "tension"],
  /** Words that open a new topic ("one more thing"): what follows is a concern the patient saved up. */
  FLOOR_NEW_TOPIC: ["autre chose", "une autre chose", "encore une chose", "au fait", "pendant que je vous ai"],
};

export const FR_FLOOR_RULES: readonly ConceptRule[] = [
  {
    id: "fr.floor.symptom", concept: "possible_red_flag", category: "red_flag_symptom", severity: "high", floor: true,
    when: ["@PAIN", "@SWELL", "@NUMB", "@WEAK", "@FEVER", "@BREATHLESS", "@DISCHARGE", "@FLOOR_SIGN"],
    examples: { match: ["il est tout mou et ne veut pas jouer", "je tousse toutes les nuits", "j ai des vertiges le matin"], noMatch: ["nous sommes allés au marché"] },
  },
  {
    id: "fr.floor.body_change", concept: "possible_red_flag", category: "red_flag_symptom", severity: "high", floor: true,
    when: ["@FLOOR_BODY ~4 @FLOOR_CHANGE", "@FLOOR_CHANGE ~3 @FLOOR_BODY"],
    examples: { match: ["l urine est plus foncée depuis hier"], noMatch: ["la voiture est différente"] },
  },
  {
    id: "fr.floor.medication", concept: "possible_medication_problem", category: "medication_problem", severity: "high", floor: true, persists: true,
    when: ["@FLOOR_MED_EVENT ~4 @FLOOR_MED", "@FLOOR_MED ~4 @FLOOR_MED_EVENT", "(oublié|oublie|pas pu|sauté) ~2 de ~2 (donner|prendre|faire|mettre|piquer)", "(date|péremption) ~3 (passée|dépassée|périmé*)", "(savais|souvenais|rappelais|sais|souviens|rappelle) plus si ~4 (pris|prise|donné)", "repris (un|une|le|la|mon|ma|encore|une autre|un autre|un deuxième|une deuxième)"],
    examples: { match: ["j ai oublié mes comprimés ce week end", "le sirop, je l ai arrêté"], noMatch: ["la pharmacie était fermée"] },
  },
  {
    // a medicine started by another prescriber: written by someone else for the patient, so any experiencer
    id: "fr.floor.new_prescription", concept: "possible_medication_problem", category: "medication_problem", severity: "high", floor: true,
    experiencer: "any", persists: true,
    when: ["(m a prescrit|m ont prescrit|m a donné|m a mis sous|m a mis) ~4 (@FLOOR_MED|quelque chose|antibiotique*)"],
    examples: { match: ["le remplaçant m a prescrit des cachets pour dormir"], noMatch: ["on est allés au cinéma"] },
  },
  {
    id: "fr.floor.reading", concept: "possible_red_flag", category: "red_flag_symptom", severity: "high", floor: true,
    when: ["@FLOOR_READING ~6 #"],
    examples: { match: ["l appareil a affiché 17 ce matin"], noMatch: ["j ai marché 3 kilomètres"] },
  },
  {
    id: "fr.floor.distress", concept: "possible_distress", category: "emotional_distress", severity: "high", floor: true,
    questionMeansHypothetical: false, conditionalIsReal: true,
    when: ["(dieu|seigneur) ~3 (me prenne|me rappelle|me chercher)", "envie de mourir", "@FLOOR_DISTRESS"],
    examples: { match: ["je demande au bon dieu qu il me prenne", "je pense qu ils seraient mieux sans moi", "j ai des crises d angoisse le soir"], noMatch: ["il fait beau aujourd hui"] },
  },
  {
    id: "fr.floor.contact", concept: "possible_contact_request", category: "doctor_request", severity: "moderate", floor: true,
    questionMeansHypothetical: false,
    when: ["@WANT ~4 @FLOOR_CONTACT ~3 @CARE_PERSON", "@CARE_PERSON ~4 (@FLOOR_CONTACT|@CONTACT_VERB)", "@WANT ~2 parler ~3 (directement|en personne|moi même)", "dites lui de me rappeler"],
    examples: { match: ["je voudrais parler à l infirmière moi même", "que le médecin me rappelle aujourd hui"], noMatch: ["j ai parlé à ma voisine"] },
  },
  {
    // the broadest floor: a body part said with when it began or how often (a present complaint with a course);
    // a medicine with a time is routine (started, picked up), so medicines stay with the event rule above
    id: "fr.floor.mention", concept: "possible_red_flag", category: "red_flag_symptom", severity: "high", floor: true,
    when: ["@FLOOR_BODY"],
    with: ["@FLOOR_ONSET"],
    examples: { match: ["le dos me travaille depuis samedi", "le cou me fait drôle depuis trois jours"], noMatch: ["le dos va bien"] },
  },
  {
    // the patient announces a problem of their own: whatever words follow, a person should read it
    id: "fr.floor.disclosure", concept: "possible_red_flag", category: "red_flag_symptom", severity: "high", floor: true,
    when: ["@FLOOR_DISCLOSE", "(je dois|il faut que je|j ai oublié de) (vous dire|vous avouer|vous raconter|te dire)"],
    examples: { match: ["j avoue que j ai pris deux comprimés mardi", "je dois vous dire une chose sur l insuline"], noMatch: ["le jardin était joli"] },
  },
  {
    // a number with a unit of a body measure is a reading whatever the measure is called
    id: "fr.floor.measure", concept: "possible_red_flag", category: "red_flag_symptom", severity: "high", floor: true,
    when: ["(#|@FLOOR_NUMERAL) @FLOOR_UNIT", "(#|@FLOOR_NUMERAL) (#|@FLOOR_NUMERAL) @FLOOR_UNIT", "(#|@FLOOR_NUMERAL) (#|@FLOOR_NUMERAL) (#|@FLOOR_NUMERAL) @FLOOR_UNIT"], with: ["@FLOOR_ONSET"],
    examples: { match: ["hier j étais à 2,5 litres", "j ai perdu trois kilos depuis lundi"], noMatch: ["j ai marché 3 rues", "la carafe fait deux litres"] },
  },
  {
    // a measure or result that has moved from its earlier value, target or best (see en.floor.trend)
    id: "fr.floor.trend", concept: "possible_red_flag", category: "red_flag_symptom", severity: "high", floor: true, pastIsBaseline: true,
    when: ["(#|@FLOOR_NUMERAL) [et demi] ~6 @FLOOR_BASELINE ~2 (#|@FLOOR_NUMERAL)", "(était|étais|pesait|pesais|était à|étais à) (#|@FLOOR_NUMERAL) [et demi] ~8 (maintenant|aujourd hui|ce matin|et là|là) ~3 (#|@FLOOR_NUMERAL)"], with: ["@FLOOR_MEASURED"],
    examples: { match: ["ma créatinine est à 2,2 et à la sortie elle était à 1,1", "elle pesait quinze kilos et maintenant la balance affiche treize", "le bout de tube mesure 11 cm et la feuille dit 7"], noMatch: ["je prends 2 comprimés et avant c était 3", "on était 4 à table contre 6 l an dernier"] },
  },
  {
    // a new topic the patient opens in a statement is often the concern they called about
    id: "fr.floor.new_topic", concept: "possible_red_flag", category: "red_flag_symptom", severity: "high", floor: true,
    when: ["@FLOOR_NEW_TOPIC"], with: ["(@FLOOR_BODY|@FLOOR_MED|@FLOOR_ONSET|@FLOOR_SIGN)"], window: 20,
    examples: { match: ["autre chose ma cheville est violette depuis lundi"], noMatch: ["le jardin était joli"] },
  },
];
