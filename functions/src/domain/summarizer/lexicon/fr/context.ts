/**
 * French context cues and measurement words, in the rule language of ../types.ts. French
 * negation ("ne ... pas", spoken "j'ai pas de fièvre") puts "pas" before the finding;
 * "non" or "pas du tout" after it ("de la fièvre, non") is post-negation.
 */

import type { ContextVocabulary, MeasurementVocabulary } from "../types";

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  zero: 0, un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10,
  onze: 11, douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16, vingt: 20, vingts: 20, trente: 30, quarante: 40,
  cinquante: 50, soixante: 60, septante: 70, huitante: 80, octante: 80, nonante: 90, cent: 100, cents: 100,
};

export const FR_GAP_BLOCKERS: readonly string[] = ["pas", "ne", "n", "jamais", "aucun", "aucune", "rien", "sans", "ni", "plus", "mais", "pourtant", "sauf"];

export const FR_CONTEXT: ContextVocabulary = {
  negationCues: ["pas", "pas de", "pas d", "ne", "n", "jamais", "aucun", "aucune", "rien", "sans", "ni", "plus de", "nullement", "point de"],
  pseudoNegations: ["ou (pas|non)", 
    // une demande à la forme négative : "je peux pas parler à une vraie personne ?"
    "pas ~1 (parler|causer) (à|a|avec|au)", "(ne|n) (peux|peut|pourrais|pourrait|pouvez|pourriez) pas ~1 (parler|causer) (à|a|avec|au)",
    "pas (seulement|que|mal|sûr|sure|certain|certaine|forcément)", "ne (sais|savais) pas (si|trop|vraiment|comment|quoi)", "sans doute", "n importe",
    "(ne|n) (passe|part|s arrête|s améliore|baisse|diminue|cède|soulage|marche|fonctionne|suffit) (pas|plus)", "(passe|part|arrête|améliore|baisse|cède|soulage|marche) pas",
    "rien (n y fait|ne marche|ne soulage|ne passe|ne calme|n aide)", "(je ne peux|je peux|j arrive) (pas|plus) (m arrêter|arrêter)",
    "(ne|n) (me )?sens pas (bien|très bien)", "pas (bien|en forme|très bien)", "ne va pas", "ça va pas", "n en peux plus", "en peux plus",
    "(ne|n) (arrive|peux) (pas|plus) à",
  ],
  postNegationCues: ["non", "pas du tout", "pas de ça", "aucun", "aucune", "rien", "jamais", "non plus", "(j|je n) en ai (pas|jamais|plus) [eu|fait]", "(j|je n) en (avais|ai eu) pas", "pas eu"],
  postNegationReach: 2,
  listDenialCues: ["rien", "rien de tout ça", "rien de ça", "rien de tout ca", "rien de ca", "aucun", "aucune", "non", "non plus", "pas du tout", "rien du tout"],
  conditionalCues: ["si", "et si", "au cas où", "en cas de", "s il", "s ils", "s elle", "si jamais", "quand (je|ça) (commence|aurai)"],
  clauseThen: ["alors", "ensuite"],
  terminators: ["mais", "pourtant", "sauf", "par contre", "cependant", "toutefois", "en revanche", "maintenant", "quand même", "encore", "parce que", "parce qu", "car", "puisque"],
  listJoiners: ["et", "ou", "ni"],
  disjunctiveJoiners: ["ou", "ni"],
  hypotheticalCues: [
    "peur (de|que)", "j ai peur", "je crains", "risque de", "risque d", "signes de", "symptômes de", "surveiller", "éviter", "prévenir",
    "est ce normal", "est ce que c est normal", "c est normal (de|que|d)", "comment savoir", "que faire (si|en cas)", "quand (dois je|faut il) (appeler|m inquiéter|consulter)",
    "pourrait", "pourrais", "peut (provoquer|donner|causer)", "un jour", "à l avenir",
    "(je peux|puis je|est ce que je peux|dois je|je dois|on peut|peut on|je pourrais) (prendre|donner|lui donner|lui mettre|arrêter|sauter|doubler|utiliser)",
  ],
  accentedNonCues: [],
  hypotheticalExceptions: ["(sais|savais|savoir|demande|demandais|vérifier|voir|rappelle|souviens|sûr|sûre) si", "comme si", "même si", "si je peux me permettre", "si vous voulez", "s il vous plaît", "s il te plaît"],
  reportedInformationCues: ["(notice|papier|internet|google|feuille|brochure|ordonnance|voisine|forum) (dit|disait|parle de|indique|mentionne)", "j ai lu (que|sur|dans)", "on m a dit que"],
  // the reason for a stay that is over: "ils m'ont gardé cinq jours pour une infection", "je suis sorti de l'hôpital"
  historicalCues: ["m ont (gardé|hospitalisé|hospitalisée) ~4 (pour|à cause)", "(suis|était|étais) (sorti|sortie) (de|d) ~2 (hôpital|hopital|clinique|urgences|réanimation|soins intensifs)", "il y a (des années|des mois|longtemps|un an)", "il y a (deux|trois|quatre|cinq|six|sept|huit|neuf|dix|plusieurs|quelques|#) (mois|ans|années)", "le mois passé", "l année passée", "l (année|an) dernier", "l année dernière", "la semaine dernière", "l (été|hiver|automne) dernier", "le printemps dernier", "le mois dernier", "quand j étais (jeune|petit|petite|enfant)", "avant (l|mon|ma) (opération|intervention|chirurgie)", "autrefois", "dans le passé", "le premier jour", "les premiers jours"],
  // the event the care follows: past for that event word only ("after the heart attack")
  indexEventCues: ["(après|depuis|suite à) (mon|l|le|son|sa|ma|cet|cette) (infarctus|avc|embolie|accident vasculaire|crise cardiaque|caillot|thrombose|phlébite)", "(j ai fait|il a fait|elle a fait|j ai eu|il a eu|elle a eu) (mon|un|une|l|son|sa) (infarctus|avc|embolie|crise cardiaque|phlébite) ~2 il y a ~2 (#|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|quinze) (jours|semaines|mois|ans)"],
  // someone who took the reading for the patient or lent the device: the measurer, not whose reading it is
  measuredForPatientCues: ["(a pris|m a pris|a mesuré|m a mesuré|a vérifié|a pris ma|a pris la) ~2 (température|tension|pression|sucre|glycémie)?", "(a|avait) ~3 (un|une|le|la|son|sa) ~2 (appareil|thermomètre|tensiomètre|oxymètre|lecteur)"],
  // someone who gave the dose: the giver, not whose medicine it is
  givenToSpeakerCues: ["m a (donné|redonné|mis|remis|injecté) ~3 (encore|une autre|deux fois|double|en trop)"],
  givenToSpokenForCues: ["(lui a|lui ont) (donné|redonné|mis|remis|injecté|fait) ~3 (encore|une autre|deux fois|double|en trop|ml|unités|au lieu)"],
  careSettingCues: ["à l hôpital"],
  ongoingCues: ["depuis", "toujours", "encore"],
  resolutionCues: [
    "(c est|c était|ça s est|s est) (passé|passée|parti|partie|calmé|calmée|arrangé|résolu)", "(c est|c était) (complètement|tout à fait|bien|vraiment) (passé|parti|partie|fini)", "(ça|c) (est|a) (passé|disparu|parti)", "(a|ont) disparu", "c est fini",
    "(plus|pas) revenu", "n est (pas|plus) revenu", "ça va (mieux|beaucoup mieux)", "(beaucoup|bien) mieux", "tout est rentré dans l ordre", "ça s est arrangé",
    "(n ai|ai) plus rien", "(a|ont) duré (quelques|deux|cinq) (secondes|minutes)", "puis (ça|c) (est|s est) (passé|calmé)",
  ],
  eventResolutionCues: ["(j ai|je suis allé|je suis allée) ~2 (pharmacie|récupéré|renouvelé|racheté)", "(nouvelle|nouveau) (ordonnance|boîte)", "je les ai (eus|eues|récupérés)", "je (l|les) ai repris", "repris (le|mon|mes|la) traitement"],
  recencyCues: ["aujourd hui", "cette nuit", "hier", "ce matin", "ce soir", "cet après midi", "tout à l heure", "il y a (une|deux|quelques) heures", "maintenant"],
  expectedCues: [
    "(c est|c était|est|serait) (tout à fait|complètement|parfaitement)? normal", "(on m a|il m a|elle m a|ils m ont|le médecin m a|le chirurgien m a) (dit|prévenu|expliqué)",
    "(prévu|attendu|normal) (après|avec)", "(on m avait|il m avait|elle m avait|ils m avaient|le médecin m avait|la médecin m avait|le chirurgien m avait|l infirmière m avait) (dit|prévenu|expliqué|averti)", "(ça|cela) (pouvait|pourrait) arriver", "ça ne m inquiète pas", "ne m inquiète pas", "je gère", "comme d habitude", "comme toujours", "normal pour moi",
    "(un peu|légèrement|légère|léger|petite|petit) ~2 (douleur|mal|gêne|gonflé|gonflée|fatigué|fatiguée|sensible)",
  ],
  baselineCues: [
    // une chose ancienne et inchangée : l'état habituel du patient, pas un signe nouveau
    "(c est|c était|c etait|ça fait|ca fait|c est toujours) (comme ça|comme ca|pareil) ~3 (depuis|des années|toujours|longtemps)",
    "rien de nouveau", "(c est|ce n est|c est) pas nouveau", "(j ai|j ai toujours eu) (ça|ca) depuis (des années|toujours|longtemps)",
  ],
  thirdPartyNouns: [
    "mari", "femme", "épouse", "époux", "conjoint", "conjointe", "compagnon", "compagne", "copain", "copine", "fils", "fille", "enfant",
    "enfants", "bébé", "mère", "maman", "père", "papa", "frère", "soeur", "sœur", "tante", "oncle", "cousin", "cousine", "grand mère",
    "grand père", "mamie", "papi", "petit fils", "petite fille", "neveu", "nièce", "ami", "amie", "voisin", "voisine", "collègue",
    "patron", "chef", "chum", "blonde", "coloc", "colocataire", "belle mère", "beau père", "chien", "chat", "famille",
  ],
  thirdPartyDeterminers: ["mon", "ma", "mes", "son", "sa", "ses", "le", "la", "un", "une", "notre", "nos", "leur"],
  thirdPartyPronouns: ["il", "elle", "lui"],
  objectPrepositions: ["a", "au", "avec", "chez", "vers"],
  childNouns: ["fils", "fille", "enfant", "enfants", "bébé"],
  // a caller who says they call for a relative: that relative is the patient
  carerCallCues: ["(j appelle|j appelais|je téléphone|je vous appelle|j vous appelle) ~2 (pour|au sujet de|de la part de|à propos de) (mon|ma) (mère|père|mari|femme|conjoint|conjointe|grand mère|grand père|frère|sœur|fils|fille|belle mère|beau père)", "je suis (sa|son) (fille|fils|femme|mari|aidante|aidant|conjointe|conjoint|petite fille|petit fils)", "(comment va|comment se porte|comment allait) (votre|ta) (mère|père|mari|femme|conjoint|conjointe|fils|fille)"],
  carerOwnRoleCues: ["je suis (sa|son) (fille|fils|femme|mari|aidante|aidant|conjointe|conjoint|petite fille|petit fils)"],
  childCallCues: [
    "votre (bébé|nourrisson|petit|petite|tout petit)",
    "(votre|le|la|l) (fils|fille|enfant) ~4 (va|mange|dort|respire|fièvre|température|médicament*|dose|inhalateur|crise*|symptômes|santé|traitement|poids|opération|couches|toux)",
    "(pédiatrie|pédiatrique)",
  ],
  firstPersonCues: ["je", "j", "moi", "me", "m", "mon", "ma", "mes"],
  treatmentForCues: ["(pour|contre) [la|le|les|sa|son|ma|mon|cette|ce]"],
  presentStateCues: ["j ai", "je suis", "je sens", "je me sens", "depuis", "maintenant", "en ce moment", "aujourd hui", "ce matin", "cette nuit", "hier", "toujours", "encore"],
  sanctionedChangeCues: [
    "(on m a|il m a|elle m a|le médecin m a|le docteur m a|le chirurgien m a|le cardiologue m a) (dit|demandé|conseillé) (de|d)", "comme (prévu|prescrit|convenu|on me l a dit)",
    "avant (l|mon|ma) (opération|intervention|examen|coloscopie)", "(fini|terminé) (le|mon) (traitement|cure)", "@CLINICIAN ~4 (a arrêté|a changé|a baissé|a augmenté|a diminué|a réduit|m a enlevé|m a retiré|m a baissé|m a arrêté|m a changé|m avait baissé|m avait diminué|m avait réduit|m avait arrêté|m avait changé|avait baissé|avait diminué)", "@CLINICIAN m a (dit|demandé|conseillé) (de|d)",
  ],
  consequenceOpeners: ["(donc|alors|du coup|c est pour ça que|c est pour ca que)"],
  unsanctionedCues: ["(la moitié|moins|plus) de ce qu", "au lieu de", "normalement je (dois|devrais)", "sans (demander|prévenir|le dire)", "de moi même", "de mon propre chef", "tout seul", "toute seule"],
  medicationContext: ["@MED", "pris", "prendre", "prends", "dose", "injecté", "injection", "unités", "pharmacie", "ordonnance", "prescrit", "prescrite", "prescrits", "prescription", "piqué", "piquée", "me piquer", "remboursé", "remboursement"],
  selfContactCues: ["(laissez moi|laisse moi) (appeler|téléphoner)", "(je vais|j allais|je compte) (appeler|rappeler|téléphoner|prendre rendez vous)", "je (les|l|la|le) appelle", "(j ai appelé|j ai téléphoné|j ai parlé)", "(dois je|faut il|est ce que je dois) (appeler|téléphoner)", "(m a|m ont|nous a|nous ont) ~2 (dit|demandé|conseillé) ~2 (d appeler|de vous appeler|de téléphoner|de vous téléphoner|de contacter|de vous contacter|de vous parler)"],
  contactCues: ["@CARE_PERSON", "@CONTACT_VERB"],
};

export const FR_MEASUREMENTS: MeasurementVocabulary = {
  glucoseContext: ["glycémie", "glycémies", "sucre", "glucose", "lecteur", "capteur", "freestyle", "dextro", "mmol", "g l", "mg dl"],
  temperatureContext: ["température", "fièvre", "degrés", "thermomètre"],
  bloodPressureContext: ["tension", "pression", "pression artérielle", "systolique", "diastolique"],
  pulseContext: ["pouls", "fréquence cardiaque", "battements", "pulsations", "(le|mon|son|ton) (cœur|coeur) (à|bat à|est à|monte à|était à)", "(montre|bracelet) ~3 (cœur|coeur|pouls)"],
  oxygenContext: ["oxymètre de pouls", "saturomètre", "oxygène", "saturation", "sat", "oxymètre", "saturomètre", "(appareil|truc|machin|pince) (au|du|sur le) doigt"],
  // COPD and its names: the oxygen target is 88-92% (see thresholds.ts)
  lowerOxygenTargetContext: ["bpco", "emphysème", "bronchite chronique", "bronchopneumopathie chronique"],
  pregnancyContext: ["enceinte", "grossesse", "semaines d aménorrhée", "sage femme", "prééclampsie", "pré éclampsie", "prénatal", "post partum", "accouchement", "accouché", "césarienne", "suites de couches", "obstétricien*"],
  inrContext: ["inr", "inr", "coagulation", "taux de prothrombine", "coaguchek"],
  lithiumContext: ["lithémie", "lithemie", "taux de lithium", "dosage du lithium", "lithium dans le sang", "le lithium est", "le lithium était"],
  nonReadingUnits: ["flèche*", "minute*", "min", "heure*", "h", "jour*", "semaine*", "mois", "an", "ans", "année*", "fois", "comprimé*", "cachet*", "pas", "marche*", "étage*", "euro*", "franc*", "piasse*", "dollar*", "km", "kilomètre*", "mètre*", "verre*", "tasse*", "unités", "gramme*", "mg", "ml", "litre*", "enfant*", "petits enfants"],
  weightContext: ["poids", "pesé", "pesée", "pèse", "balance", "kilos", "kg"],
  weightGainCues: ["pris", "grossi", "gagné", "monté", "augmenté", "plus"],
  currentTimeCues: ["aujourd hui", "ce matin", "maintenant", "ce soir"],
  kilogramUnits: ["kilos", "kilo", "kg", "kilogrammes"],
  poundUnits: ["livres", "livre"],
  periods: [
    { days: 1, when: ["depuis hier", "en un jour", "en une journée", "en 24 heures", "d un jour à l autre", "depuis cette nuit"] },
    { days: 2, when: ["en deux jours", "en 2 jours", "depuis avant hier"] },
    { days: 3, when: ["en trois jours", "en 3 jours", "en quelques jours", "depuis (lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)", "ces derniers jours"] },
    { days: 7, when: ["en une semaine", "cette semaine", "depuis la semaine dernière"] },
    { days: 30, when: ["en un mois", "ce mois", "cette année", "des mois", "depuis l opération", "depuis l été", "depuis le printemps", "depuis l automne", "depuis l hiver", "depuis noël", "depuis l an dernier", "depuis l année dernière", "depuis le mois dernier", "depuis que j ai commencé"] },
  ],
  dayUnits: ["jour", "jours"],
  weekUnits: ["semaine", "semaines"],
  readingLinks: ["à", "a", "de", "était", "est", "affiche", "affichait", "indique", "indiquait", "marque", "marquait", "montée à", "monté à", "descendu à", "descendue à", "j ai", "avais", "avait", "c était", "c est", "ça fait", "fait", "mesuré"],
  readingFillers: ["environ", "presque", "à peu près", "dans les", "plus de", "genre"],
  targetCues: ["objectif", "cible", "devrait", "doit être", "entre", "moins de", "plus de", "en dessous", "au dessus", "si (elle|il|ça) (monte|descend|dépasse)", "normalement"],
  numberWords: NUMBER_WORDS,
  hundredWords: ["cent", "cents"],
  thousandWords: ["mille"],
  decimalWords: ["virgule", "point"],
  numberJoiners: ["et"],
  multiplyingTens: ["vingt", "vingts"],
  tensTakingTeens: [60, 80],
  tenTakesUnits: true,
  bloodPressureSeparators: ["sur", "par", "\\/"],
  bloodPressureNamedSeparators: ["(?:de\\s+)?(?:maxima|maximale|haute)\\s+et(?:\\s+(?:de|la))?"],
};

export const FR_DETECTION_WORDS: readonly string[] = [
  "je", "j", "ai", "est", "les", "des", "du", "une", "et", "pas", "vous", "c", "ca", "oui", "mais", "avec", "pour", "dans", "sur", "tres",
  "bien", "mon", "ma", "mes", "il", "elle", "on", "qu", "ne", "au", "aux", "docteur", "merci", "depuis", "aussi", "quand", "peux", "suis",
  "bonjour", "alors", "euh", "hier", "aujourd", "hui", "mal", "peu", "d", "l", "m", "votre", "vos", "fait",
];
