/**
 * French clinical concepts (France, Belgium, Switzerland, Québec, West Africa): term classes,
 * concept rules and idioms in the rule language of ../types.ts, one rule per concept of
 * ../CHECKLIST.md. Elided words are split before matching ("l'infirmière" reads "l infirmière",
 * "j'ai" reads "j ai"), so rules write them as two words. Examples are ours.
 */

import type { ConceptRule, IdiomSpec } from "../types";

export const FR_TERMS: Readonly<Record<string, readonly string[]>> = {
  CANT: ["je suis pas capable de", "je ne suis pas capable de", "chu pas capable de", "j suis pas capable de", "jarrive pas à", "jarrive plus à", "j arrive pu à", "jpeux pas", "j peux pas", "je peux pu", "je ne peux pas", "je peux pas", "j arrive pas à", "je n arrive pas à", "je n arrive plus à", "j arrive plus à", "impossible de", "du mal à", "de la peine à", "je n y arrive pas", "je ne peux plus", "je peux plus", "je ne parviens pas à", "j ai du mal à"],
  // Clinicians and care services who can change a treatment ("la cardiologue m'a baissé la dose").
  CLINICIAN: [
    "médecin", "docteur", "docteure", "dr", "dre", "chirurgien", "chirurgienne", "infirmière", "infirmier", "spécialiste",
    "généraliste", "cardiologue", "gynéco", "gynécologue", "neurologue", "psychiatre", "endocrinologue", "néphrologue",
    "rhumatologue", "oncologue", "pédiatre", "pneumologue", "sage femme", "pharmacien", "pharmacienne", "équipe", "hôpital",
  ],
  CARE_PERSON: ["doc", "toubib", "linfirmière", "linfirmier", "quelquun", "être humain", "vrai monde", "du vrai monde", "standard", 
    "médecin", "docteur", "docteure", "dr", "infirmière", "infirmier", "infirmières", "chirurgien", "chirurgienne", "spécialiste",
    "quelqu un", "une personne", "personne", "un humain", "une vraie personne", "équipe", "cabinet", "clinique", "service",
    "cardiologue", "sage femme", "oncologue", "pharmacien", "pharmacienne", "généraliste", "secrétariat",
  ],
  CHEST: ["poitrine", "thorax", "sternum", "cage thoracique"],
  CALF: ["mollet", "mollets", "jambe", "jambes", "cuisse", "arrière de la jambe"],
  LOWER_LIMB: ["pattes", "mes pattes", "orteils", "cheville", "chevilles", "pied", "pieds", "jambe", "jambes", "mollets"],
  FACE_PART: ["visage", "bouche", "lèvre", "paupière", "sourire", "moitié du visage", "côté du visage", "joue"],
  AIRWAY_PART: ["lèvres", "lèvre", "langue", "gorge", "visage", "paupières", "bouche"],
  WOUND: ["blessure", "blessures", "ulcère", "escarre", "escarres", "points de suture", "plaie", "plaies", "cicatrice", "incision", "coupure", "points", "fils", "agrafes", "pansement", "pansements", "bandage", "compresse", "compresses", "site", "greffe", "stomie", "drain", "suture", "sutures"],
  PAIN: ["douleur", "douleurs", "mal", "fait mal", "font mal", "douloureux", "douloureuse", "élance*", "brûlure", "brûle", "pique", "lancinant", "lancinante", "crampe", "crampes", "tiraille*", "endolori", "endolorie"],
  PRESSURE: ["serre", "serré", "serrée", "serrement", "oppression", "pression", "poids", "lourd", "lourde", "lourdeur", "étau", "écrase", "écrasement", "comprime", "barre"],
  SWELL: ["enflent", "enfle", "boursouflé", "boursouflée", "boursouflés", "bouffi", "bouffie", "bouffis", "bouffies", "comme des poteaux", "comme des ballons", "pleines d eau", "plein d eau", "gonflé", "gonflée", "gonflés", "gonflées", "gonfle", "gonflent", "enflé", "enflée", "enflés", "enflées", "enflure", "oedème", "œdème", "oedèmes", "gonflement", "boudiné", "boudinés", "plus gros", "plus grosses", "gros"],
  DISCHARGE: ["pue", "ça pue", "puante", "dégouline", "dégoutte", "blanchâtre", "du jus", "pus", "suinte", "suintement", "coule", "écoulement", "liquide", "jaune", "jaunâtre", "verdâtre", "vert", "mauvaise odeur", "sent mauvais", "ça sent", "odeur", "purulent", "mouille le pansement"],
  OPENING: ["rouverte", "s est rouverte", "béante", "ont sauté", "décousue", "s est décousue", "ouverte", "ouvert", "s ouvre", "s est ouverte", "écartée", "se décolle", "a lâché", "ont lâché", "lâché", "bâille", "désunie"],
  BREATHE: ["respirer", "respire", "respiration", "reprendre mon souffle", "reprendre ma respiration", "mon souffle", "de l air"],
  BREATHLESS: ["essoufflés", "essoufflées", "essouflé", "essouflée", "je m essouffle", "m essouffle", "court de souffle", "souffle coupé", "je respire mal", "je respire pas bien", "je respire plus bien", "je cherche mon air", "je cherche mon souffle", "pas de souffle", "essoufflé", "essoufflée", "essoufflement", "souffle court", "à bout de souffle", "manque d air", "manque de souffle", "j étouffe", "étouffement", "siffle", "sifflement", "oppressé", "oppressée", "je suffoque", "haletant", "haletante", "dyspnée", "hors d haleine"],
  NUMB: ["des fourmis", "ça picote", "engourdissements", "je sens plus rien", "je sens pu rien", "engourdi", "engourdie", "engourdissement", "fourmillements", "fourmis", "picotements", "insensible", "je ne sens plus", "je sens plus", "endormi", "endormie"],
  WEAK: ["faible", "faiblesse", "sans force", "lourd", "lourde", "tombe", "tombante", "paralysé", "paralysée", "ne répond plus", "mou", "molle"],
  FEVER: ["fièvre", "fiévreux", "fiévreuse", "température", "frissons", "frisson", "grelotte", "grelotter", "claque des dents", "sueurs", "sueurs nocturnes", "chaud froid", "fébrile"],
  MOOD_LOW: ["le moral à zéro", "moral à zéro", "sans énergie", "goût à rien", "le goût de rien", "les bleus", "le cafard", "la déprime", "triste", "déprimé", "déprimée", "vide", "à plat", "au fond du trou", "abattu", "abattue", "découragé", "découragée", "seul", "seule", "mal dans ma peau", "sans moral", "pas le moral"],
  SEVERE: ["fort", "forte", "très fort", "très forte", "terrible", "horrible", "insupportable", "atroce", "intense", "énorme", "violent", "violente", "affreux", "affreuse", "pire", "vraiment mal", "beaucoup", "énormément", "grave"],
  WORSE: ["pire", "empire", "s aggrave", "aggravé", "aggrave", "de plus en plus", "augmente", "augmenté", "s étend", "s étale", "grossit", "plus qu avant", "plus que d habitude", "ne s améliore pas", "monte"],
  NEW: ["nouveau", "nouvelle", "depuis hier", "depuis cette nuit", "depuis ce matin", "depuis lundi", "depuis", "aujourd hui", "hier", "cette nuit", "ce matin", "ce soir", "maintenant", "en ce moment", "commencé", "apparu", "apparue", "d un coup", "première fois"],
  SUDDEN: ["soudain", "soudaine", "soudainement", "brusquement", "d un coup", "tout à coup", "d un seul coup", "brutalement"],
  PERSISTENT: ["ne passe pas", "ne part pas", "ne s arrête pas", "s arrête pas", "continue", "toujours", "toute la journée", "toute la nuit", "tous les jours", "depuis des jours", "sans arrêt", "constant", "constante", "en permanence", "encore"],
  AT_REST: ["au repos", "assis", "assise", "allongé", "allongée", "couché", "couchée", "sans rien faire", "en parlant", "en m habillant", "la nuit", "me réveille"],
  MED_NOUN: ["remède", "remèdes", "prescription", "prescriptions", "pompes", "sachet", "sachets", "suppositoire", "suppositoires", 
    "médicament", "médicaments", "médoc", "médocs", "cachet", "cachets", "comprimé", "comprimés", "pilule", "pilules", "gélule",
    "gélules", "traitement", "dose", "doses", "insuline", "injection", "injections", "piqûre", "piqûres", "patch", "gouttes",
    "collyre", "ordonnance", "ordonnances", "antibiotique", "antibiotiques", "antidouleur", "antidouleurs", "anti douleur",
    "inhalateur", "ventoline", "spray", "stylo", "stylos", "seringue", "seringues", "stylo injecteur", "piqûre", "piqûres", "gouttes", "humira", "keppra", "renvela", "unités", "diurétique", "diurétiques", "anticoagulant",
    "anticoagulants", "statine", "antidépresseur", "antidépresseurs", "sirop", "pompe", "chimio", "renouvellement",
    "vitamine*", "complément*", "supplément*", "acide folique", "fer", "laxatif*", "probiotique*",
  ],
  DRUG: ["sintrom", "coumadin", "nurofen", "aspegic", "tylenol", "motrin", "diamicron", "januvia", "coversyl", "tahor", "inexium", "mopral", "plaquenil", 
    "hydroxyurée", "hydroxycarbamide", "siklos",
    "acide valproïque", "valproïque", "lévétiracétam", "levetiracetam", "keppra", "lamotrigine", "lamictal", "lacosamide", "topiramate", "oxcarbazépine",
    "warfarine", "coumadine", "previscan", "fluindione", "kardegic", "aspirine", "clopidogrel", "plavix", "eliquis", "apixaban",
    "xarelto", "rivaroxaban", "lovenox", "héparine", "metformine", "glucophage", "lantus", "levemir", "novorapid", "humalog",
    "ozempic", "trulicity", "lasilix", "furosémide", "ramipril", "périndopril", "amlodipine", "bisoprolol", "kardégic",
    "atorvastatine", "levothyrox", "lévothyroxine", "allopurinol", "colchicine", "prednisone", "cortancyl", "doliprane",
    "paracétamol", "dafalgan", "efferalgan", "ibuprofène", "advil", "tramadol", "morphine", "sertraline", "paroxétine",
    "amoxicilline", "augmentin", "salbutamol", "seretide", "symbicort", "spiriva", "digoxine", "amiodarone", "cordarone",
    "entresto", "spironolactone", "aldactone", "méthotrexate", "tamoxifène", "fer",
  ],
  DRUG_SHAPE: ["*salazine", "*pril", "*sartan", "*olol", "*dipine", "*statine", "*sémide", "*xaban", "*parine", "*gliptine", "*gliflozine", "*glutide", "*prazole", "*oxétine", "*azépam", "*zolam", "*mab", "*tinib", "*cycline", "*cilline", "*floxacine", "*mycine", "*azole", "*clovir", "*navir", "*gravir", "*buvir", "*fovir", "*tamivir", "*previr", "*asvir", "*sone", "*profène"],
  /** Medicines taken once a week (or less): taken daily, they are dangerous (methotrexate above all). */
  WEEKLY_MED: ["méthotrexate", "methotrexate", "metoject", "novatrex", "alendronate", "acide alendronique", "fosamax", "risédronate", "actonel", "ibandronate", "sémaglutide", "semaglutide", "ozempic", "wegovy", "dulaglutide", "trulicity", "tirzépatide", "mounjaro", "injection hebdomadaire", "comprimé hebdomadaire", "stylo hebdomadaire"],
  /** A schedule more often than weekly. */
  MORE_THAN_WEEKLY: ["tous les jours", "tous les matins", "tous les soirs", "chaque jour", "chaque matin", "chaque soir", "quotidiennement", "par jour", "deux fois par semaine", "deux fois la semaine", "trois fois par semaine", "un jour sur deux"],
  NSAID: ["motrin", "aleve", "naprosyne", "apranax", "antadys", "profenid", "bi profenid", "spifen", "brufen", "ponstyl", "indocid", "piroxicam", "feldène", "ibuprofène", "ibuprofene", "advil", "nurofen", "naproxène", "naproxene", "diclofénac", "diclofenac", "voltarène", "voltarene", "kétoprofène", "ketoprofene", "célécoxib", "celecoxib", "anti inflammatoire*", "antiinflammatoire*", "*profène", "*profene"],
  ANTICOAG: ["coumadin", "lixiana", "innohep", "fragmin", "arixtra", "anticoagulé", "anticoagulée", "warfarine", "coumadine", "previscan", "fluindione", "sintrom", "apixaban", "eliquis", "rivaroxaban", "xarelto", "dabigatran", "pradaxa", "héparine", "heparine", "lovenox", "anticoagulant*", "*xaban"],
  /** Medicines whose blood level is measured: a level that is high or toxic is reported. */
  LEVEL_DRUG: ["lithium", "téralithe", "teralithe", "digoxine", "tacrolimus", "prograf", "advagraf", "ciclosporine", "sirolimus", "évérolimus", "everolimus", "phénytoïne", "phenytoine", "valproate", "dépakine", "depakine", "carbamazépine", "carbamazepine", "tégrétol", "tegretol", "phénobarbital", "théophylline", "vancomycine", "gentamicine"],
  /** A quick-relief (rescue) inhaler, by name or by its colour. */
  RELIEVER: ["pompe bleue", "ma pompe", "ventolin", "bricanyl", "ventoline", "salbutamol", "bronchodilatateur", "inhalateur", "spray", "pompe", "la bleue", "le bleu", "airomir"],
  MED: ["@MED_NOUN", "@DRUG", "@DRUG_SHAPE", "@LEVEL_DRUG"],
  MED_PRONOUN: ["le", "la", "les", "l", "en", "un", "une"],
  NUM: ["un", "une", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "quelques", "plusieurs", "#"],
  CONTACT_VERB: ["jaser", "mappeler", "mappelle", "mrappelle", "mrappeler", "rappelez moi", "rappelle moi", 
    "appelle", "appeler", "appelez", "rappelle", "rappeler", "rappelez", "téléphone", "téléphoner", "contacte", "contacter",
    "parler", "parle", "voir", "me voie", "me voit", "rendez vous", "rdv", "consultation", "joindre", "passer", "rappel", "m écrive",
    "m examine", "m examiner", "m ausculter", "passez moi", "passez le moi", "passez la moi", "passer à", "me passer", "transférer", "transferer", "transférez", "mettre en relation", "mettez moi en relation",
  ],
  WANT: ["jaimerais", "jvoudrais", "j voudrais", "jveux", "jpeux", "ça serait possible", "serait il possible", 
    "je veux", "je voudrais", "j aimerais", "je préfère", "je préférerais", "j aimerais mieux", "je peux", "puis je", "je pourrais", "pourrais je", "je souhaite", "je souhaiterais", "j ai besoin", "il me faut", "pourrait", "pourriez",
    "pouvez", "peut", "est ce que", "s il vous plaît", "s il te plaît", "svp", "merci de", "demander", "demande", "possible",
    "faudrait", "faut", "me", "m",
  ],
};

export const FR_RULES: readonly ConceptRule[] = [
  {
    id: "fr.chest_pain", concept: "chest_pain", category: "red_flag_symptom", severity: "urgent",
    when: ["(ça me prend|ça m a pris|ça me pince|ça me lance|ça me tire|ça tire|ça pince|ça lance) ~3 (dans la|la|à la|au niveau de la) (poitrine|cage thoracique|thorax)", "(poitrine|thorax) ~3 (dans un étau|comme un étau|écrasée|compressée|en feu|broyée)", 
      "(@PAIN|@PRESSURE) ~4 (dans|à|a|au|sur|de|en) ~2 @CHEST",
      "(mal|serré|serre|oppressé) ~2 (à la|a la|dans la|au) ~1 @CHEST",
      "(me serre|m écrase|me brûle|me fait mal|me comprime|m oppresse|me pèse sur) ~2 (la|ma)? ~1 @CHEST",
      "@CHEST ~4 (@PAIN|serre|serrée|me serre|me brûle|m écrase|comprimée|lourde|oppressée)",
      "(infarctus|crise cardiaque|angine de poitrine|angor)",
      "(éléphant|poids|enclume|quelque chose) ~3 (sur|assis sur) ~2 (la|ma)? ~1 poitrine",
      "(douleur|mal) ~5 (descend|irradie|part|file|monte|remonte) ~3 (bras|mâchoire|cou|dos|épaule)",
    ],
    examples: { match: ["ça me prend dans la poitrine quand je marche", "j ai la poitrine comme dans un étau", "j ai une douleur dans la poitrine depuis ce matin", "ça me serre la poitrine quand je monte", "la douleur descend dans le bras gauche"], noMatch: ["j ai mal au coeur depuis le bateau", "une poitrine de veau", "j ai mal au genou", "un blanc de poulet"] },
  },
  {
    id: "fr.breathing_severe", concept: "breathlessness", category: "red_flag_symptom", severity: "urgent",
    when: ["(m arrêter|m arrête|arrêter|pause) ~3 (milieu|moitié) ~3 (phrase|phrases) ~4 (souffle|respirer|air)", "(arrive pas|arrive plus|arrive pu) ~2 (à finir|à terminer|à faire) ~2 (une phrase|mes phrases|ma phrase|les phrases)", "(je|j) (manque|manquais) d air ~3 (même|assis|assise|couché|couchée|au repos|pour parler)", "(je cherche|cherchais|cherche|il cherche|elle cherche) (mon air|son air|mon souffle|son souffle|de l air)", "(l air) ~2 (ne passe pas|passe pas|ne rentre pas|rentre pas|ne rentre plus|rentre plus|rentre pu|passe plus)", "(lèvres|bouche|ongles) ~3 (bleutées|bleutés|violacées|violacés|mauves)", "@CANT ~2 @BREATHE", "(j étouffe|je m étouffe|je suffoque|étouffement|j ai l impression d étouffer)", "(lèvres|ongles|doigts|visage) ~3 (bleues|bleus|violettes|violets|gris|grises)", "(difficulté|difficultés|du mal) ~2 à respirer", "(je ne peux pas|je peux pas|impossible de) (finir|terminer) ~2 (phrase|phrases)"],
    examples: { match: ["je dois m arrêter au milieu de mes phrases pour reprendre mon souffle", "je cherche mon air même assise", "l air ne rentre plus, j étouffe", "il a les lèvres violacées", "je n arrive pas à respirer allongée", "j ai les lèvres un peu bleues", "j ai du mal à respirer ce soir"], noMatch: ["on s est arrêtés au milieu du chemin pour respirer l air de la mer", "l air de la campagne me fait du bien", "je respire bien", "les exercices de respiration"] },
  },
  {
    id: "fr.breathless", concept: "breathlessness", category: "red_flag_symptom", severity: "high",
    when: ["@BREATHLESS", "(respiration|souffle) ~3 (pire|rapide|courte|sifflante|difficile)"],
    qualifiedBy: ["pour un rien", "au moindre effort", "en montant", "pour aller aux toilettes", "en m habillant", "pour parler", "@WORSE", "@NEW", "@SUDDEN", "@AT_REST", "@SEVERE", "@PERSISTENT", "quelques pas", "(je ne peux|je peux) (pas|plus) (marcher|parler|dormir)", "escalier", "salle de bain", "cuisine"],
    examples: { match: ["je m essouffle pour un rien depuis lundi", "je suis court de souffle au moindre effort", "je suis essoufflée même assise", "j ai le souffle court depuis hier"], noMatch: ["le souffle du vent", "le souffleur de feuilles"] },
  },
  {
    id: "fr.orthopnoea", concept: "breathlessness", category: "red_flag_symptom", severity: "high",
    when: ["(allongé|allongée|couché|couchée|à plat) ~6 (manquer d air|manque d air|j étouffe|étouffer|essoufflé|essoufflée|manque de souffle)", 
      "(je ne peux pas|je peux pas|je ne peux plus|je peux plus|impossible de) ~2 (m allonger|me coucher|dormir|rester couché|rester couchée) ~2 (à plat|à plat ventre|sur le dos|allongé|allongée)?",
      "(dors|dormir|dormi|je dors) ~4 (assis|assise|dans le fauteuil|avec des oreillers|redressé|redressée|surélevé|surélevée)",
      "(plus|trois|quatre|plusieurs|encore un) (oreillers|oreiller|coussins)",
      "(me réveille|je me réveille|réveillé|réveillée|réveille) ~4 (en étouffant|essoufflé|essoufflée|sans air|en toussant|en manque d air|en sifflant|qui siffle|pour respirer)",
    ],
    examples: { match: ["dès que je suis allongé j'ai l'impression de manquer d'air", "je dors assis dans le fauteuil sinon je m étouffe", "il me faut trois oreillers maintenant", "je me réveille essoufflée la nuit"], noMatch: ["j ai acheté des oreillers"] },
  },
  {
    id: "fr.syncope", concept: "syncope", category: "red_flag_symptom", severity: "urgent", passingDoesNotResolve: true,
    when: ["(perdu conscience|perte de conscience|sans connaissance|évanouis|évanouit|évanouissements)", "(fait|eu) une (faiblesse|perte de connaissance|perte de conscience)", "(un trou noir|un black out|un blackout|un voile noir)", "(jambes|genoux) ~2 (ont flanché|m ont lâché|ont lâché)", "(évanoui|évanouie|évanouissement|perdu connaissance|perte de connaissance|je suis tombé dans les pommes|je suis tombée dans les pommes|tombé dans les pommes|tombée dans les pommes|malaise|syncope)", "(presque|failli) ~2 (m évanouir|tomber dans les pommes|perdre connaissance)", "(tout est devenu|j ai vu) (noir|blanc|gris)", "(mes jambes|mes genoux) ~2 (ont lâché|se sont dérobés|se sont dérobées)"],
    examples: { match: ["ma mère a perdu conscience dans la cuisine", "j ai fait une faiblesse au supermarché", "j ai eu un voile noir et je me suis retrouvée par terre", "j ai fait un malaise dans la salle de bain", "j ai failli tomber dans les pommes", "tout est devenu noir d un coup"], noMatch: ["le voile de la mariée était noir", "le soir tombe vite"] },
  },
  {
    id: "fr.palpitations", concept: "palpitations", category: "red_flag_symptom", severity: "high",
    when: ["(coeur|cœur) ~3 (bat vite|bat fort|bat trop fort|fait des bonds|débat|part dans tous les sens|bat n importe comment|bat de travers|tape|galope|fait des ratés|rate des battements|saute des battements)", "(des|les) (ratés|extrasystoles) ~3 (coeur|cœur)?", "(palpitations|tachycardie)", "(coeur|cœur) ~3 (bat très vite|bat trop vite|s emballe|cogne|bat la chamade|saute|irrégulier|s affole|s accélère|tape fort)"],
    examples: { match: ["j ai le coeur qui débat depuis ce matin", "mon coeur fait des ratés quand je suis couchée", "j ai des palpitations le soir", "mon coeur s emballe sans raison"], noMatch: ["ça me fait chaud au coeur", "je vous remercie de tout coeur"] },
  },
  {
    id: "fr.bp_words", concept: "blood_pressure_abnormal", category: "red_flag_symptom", severity: "high",
    when: ["(tension|pression) ~3 (dans le plafond|crève le plafond|monte en flèche|a grimpé|en chute libre|a chuté|dans les talons)", "(ma pression|ma tension|sa pression|sa tension) ~3 (très haute|trop haute|très basse|trop basse|vraiment haute|vraiment basse|super haute|super basse|ben haute|ben basse)", "(tension|pression artérielle) ~3 (très haute|très élevée|explose|a explosé|au plafond|très basse|s est effondrée|monte beaucoup)"],
    examples: { match: ["ma pression est ben haute à matin", "la tension a grimpé d un coup", "ma tension est très élevée ce matin"], noMatch: ["la pression des pneus est basse", "il y a de la tension au travail"] },
  },
  {
    id: "fr.swelling_legs", concept: "fluid_swelling", category: "red_flag_symptom", severity: "high",
    when: ["(de l eau|rétention d eau) ~3 (dans les jambes|dans les pieds|aux chevilles|dans le ventre)", "(souliers|bottes|pantoufles|bas|baskets|chaussons) ~3 (ne rentrent plus|rentrent plus|rentrent pu|ne font plus|font plus|font pu|serrent|trop serrés)", "@CANT ~2 (mettre|enfiler|rentrer dans) ~2 (souliers|bottes|pantoufles|bas|baskets)", 
      "@LOWER_LIMB ~4 @SWELL",
      "@SWELL ~3 (les|mes)? ~1 @LOWER_LIMB",
      "(je n arrive plus à|j arrive plus à|je ne peux plus|je peux plus) ~2 (mettre|enfiler|fermer) ~2 (chaussures|chaussons|chaussettes|bagues|bague|pantalon|montre)",
      "(chaussures|chaussettes|bague|bagues|pantalon) ~3 (serrent|trop petites|marquent|laissent des marques)",
      "(ventre) ~3 (gonflé|enflé|tendu|dur comme un tambour|plus gros)",
      "(trace|marque|creux) ~3 (quand j appuie|reste)",
    ],
    qualifiedBy: ["comme des poteaux", "comme des ballons", "de plus en plus", "du jour au lendemain", "@WORSE", "@NEW", "@SUDDEN", "@SEVERE", "@PERSISTENT", "(une seule|une|seulement une) (jambe|cheville)", "genou", "genoux", "cuisse", "cuisses", "@NUM (kilos|kilo|kg)", "serrent", "j arrive plus", "je peux plus"],
    examples: { match: ["mes jambes enflent de plus en plus", "mes souliers rentrent plus depuis hier", "j ai de l eau dans les jambes depuis lundi", "mes chevilles ont beaucoup gonflé depuis samedi", "je n arrive plus à mettre mes chaussures", "j ai le ventre gonflé et tendu"], noMatch: ["mes souliers sont neufs", "le prix a gonflé"] },
  },
  {
    id: "fr.weight_gain_words", concept: "weight_gain", category: "red_flag_symptom", severity: "high",
    when: ["(pris|grossi|gagné|engraissé|monté) ~3 @NUM ~1 (livres|lbs|lb) !(depuis l été|depuis le printemps|depuis l automne|depuis l hiver|depuis noël|depuis l an dernier|depuis l année dernière|depuis que j ai commencé|cette année)", "(j ai engraissé|engraissé) ~3 (vite|beaucoup|d un coup)", "(pris|grossi|gagné|pris encore) ~3 @NUM ~1 (kilos|kilo|kg) !(depuis l été|depuis le printemps|depuis l automne|depuis l hiver|depuis noël|depuis l an dernier|depuis l année dernière|depuis que j ai commencé|cette année)", "(poids|balance) ~4 (monte|a monté|augmente|a augmenté|grimpe|a grimpé)", "(j ai pris|j ai grossi|pris) ~2 (du poids)"],
    qualifiedBy: ["@SUDDEN", "(en|depuis) ~2 (jours|jour|semaine|deux jours|trois jours)", "depuis", "hier", "cette semaine", "vite", "rapidement", "@NUM (kilos|kilo|kg)", "(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)"],
    examples: { match: ["j ai pris cinq livres en trois jours", "j ai pris deux kilos en trois jours", "mon poids a augmenté depuis lundi"], noMatch: ["j ai perdu cinq livres", "j ai perdu du poids"] },
  },
  {
    id: "fr.stroke", concept: "stroke_signs", category: "red_flag_symptom", severity: "urgent",
    when: ["(bouche|visage|figure|face) ~3 (croche|tout croche|déviée|pend|qui pend)", "(le coin de la bouche|la commissure) ~3 (tombe|tombait|pend|descend)", "(on|je|j) [ne|n] ~1 (comprend|comprenait|comprends|comprenais) (plus|pas|pu|rien) ~3 (ce qu il dit|ce qu elle dit|ce qu il disait|ce qu elle disait|ce qu il raconte|ce qu elle raconte|quand il parle|quand elle parle)", "(traîne|traînait|traine|traînais) (la jambe|le pied)", "(fait|eu|refait) une attaque !(de|d|cardiaque|au|du|panique)", "(absent|absente|déconnecté|déconnectée|le regard fixe|regard dans le vide) [et] ~2 (ne|n) (répondait|répondais|réagissait|réagissais) (pas|plus)", "(absent|absente|déconnecté|déconnectée|parti|partie|le regard fixe) ~8 (bouche|lèvres|mâch*|souviens (pas|plus)|répondait (pas|plus)|répondais (pas|plus))", "(mâchonn*|claqu* (des|les) lèvres|bougeait la bouche|bougeais la bouche)", 
      "@FACE_PART ~3 (tombe|tombée|tordue|de travers|paralysée|engourdie|déformée|affaissée)",
      "(je parle|parlais|parole|élocution) ~3 (bizarre|mal|difficile|pâteuse|embrouillée|confuse)",
      "(les mots|mes mots) ~3 (ne sortent pas|ne sortaient pas|sortaient pas|sortent pas|ne sortent plus|sortent mal|ne venaient pas|ne viennent pas|mélangés)",
      "@CANT ~2 parler !(à|a|avec)", "@CANT ~2 (bouger le bras|bouger la jambe|lever le bras|lever la jambe|trouver mes mots|trouver les mots)",
      "(un côté|côté gauche|côté droit|moitié du corps) ~4 (@WEAK|@NUMB|ne répond plus)",
      "(bras|jambe|main) ~3 (engourdi|engourdie|sans force|paralysé|paralysée|mort|morte|ne répond plus|je ne le sens plus|je ne la sens plus)",
      "(avc|attaque cérébrale|accident vasculaire|ait)",
      "(convulsion|convulsions|crise d épilepsie|crise convulsive|j ai convulsé)",
      "(fait|refait|eu|fais) ~1 (une|des|une autre|une nouvelle) (crise|crises) !(de|d)",
    ],
    examples: { match: ["il a la bouche toute croche depuis ce matin", "on comprend plus ce qu elle dit depuis midi", "mon père traîne la jambe d un coup", "mon oncle a fait une attaque", "il avait le regard fixe et ne répondait plus, il ne s en souvient pas", "ma femme dit que je mâchonnais dans le vide", "ma bouche tombe d un côté", "les mots ne sortaient pas ce matin", "j ai le bras droit engourdi et sans force"], noMatch: ["il a fait une attaque de panique", "le tableau est croche", "il était absent de la réunion hier", "le rideau tombe"] },
  },
  {
    id: "fr.headache", concept: "severe_headache", category: "red_flag_symptom", severity: "high", pregnancyQualifies: true,
    when: ["(ma tête|la tête) ~3 (va éclater|veut éclater|me lance|cogne|martèle|dans un étau)", "(coup de poignard|coup de tonnerre|coup de massue) ~4 (tête|crâne)", "(mal au crâne|mal au crane|mal de crâne)", "(mal de tête|maux de tête|migraine|migraines|céphalée|céphalées)", "(mal à la tête|mal a la tete)", "(tête) ~3 (va exploser|explose|éclate|cogne|me fait mal)"],
    qualifiedBy: ["comme jamais", "jamais eu", "de ma vie", "rien n y fait", "doliprane", "dafalgan", "efferalgan", "tylenol", "advil", "@SEVERE", "@WORSE", "@SUDDEN", "@PERSISTENT", "le pire", "vision", "vue", "flou", "floue", "taches", "vomi*", "raideur", "nuque", "cachets", "ne passe pas"],
    examples: { match: ["j ai un mal de crâne comme jamais", "ma tête va éclater depuis hier soir", "j ai un mal de tête terrible qui ne passe pas", "j ai l impression que ma tête va exploser"], noMatch: ["il va éclater de rire", "je suis à la tête du service"] },
  },
  {
    id: "fr.confusion", concept: "confusion_drowsiness", category: "red_flag_symptom", severity: "high",
    when: ["(les voix) ~2 (sont revenues|reviennent|recommencent)", "ne (me|nous) (reconnaissait|reconnaît|reconnait|a pas reconnu|a pas reconnue)", "(entend|entendait|entends) des voix", "(la télé|la radio) ~3 (lui parle|parle de lui|parle d elle)", "(je suis|il est|elle est|il était|elle était|suis|est) ~2 (mêlé|mêlée|tout mêlé|toute mêlée|à l ouest|dans les vapes|dans le coaltar|dans le gaz|ensuqué|ensuquée) !(dans|avec|par)", "(il|elle|je) (délire|délirait|divague|divaguait) !(quand|sur|avec|pas|complètement sur)", "dit des choses sans queue ni tête", "(me reconnaît plus|me reconnaît pas|me reconnait plus|me reconnait pas|nous reconnaît plus|reconnaît plus personne|reconnait plus personne)", "(sait plus|sait pu|savait plus) ~2 (où il est|où elle est|quel jour on est|qui je suis|son nom)", "(arrive pas|arrive plus|arrive pu|impossible) ~2 (à le réveiller|à la réveiller|de le réveiller|de la réveiller)", "(confus|confuse|désorienté|désorientée|je suis perdu|je suis perdue|complètement perdu|complètement perdue) !(avec|par|sur|dans les)", "(je ne sais plus où je suis|je ne reconnais)", "(très somnolent|très somnolente|je n arrive pas à rester éveillé|je n arrive pas à rester éveillée|je dors tout le temps)", "(hallucin*|je vois des choses|j entends des voix)", "(vu|vois|voyais|voir) ~3 (des)? ~2 (bêtes|bestioles|insectes|araignées|fourmis|gens|choses) ~4 (couraient|courir|qui courent|marcher|au plafond|sur le mur|sur les murs|qui n existent pas|qui n étaient pas là)"],
    examples: { match: ["les voix sont revenues cette semaine", "ce matin ma mère ne me reconnaissait pas", "il dit que la télé parle de lui", "ma mère est toute mêlée depuis hier", "il délire depuis ce matin", "mon père me reconnaît plus", "on arrive pas à le réveiller", "ma fille trouve que je suis confuse depuis hier", "je n arrive pas à rester éveillée", "cette nuit j ai vu des bestioles qui couraient au plafond"], noMatch: ["je ne connais pas ce médecin", "je suis mêlée dans mes papiers", "il délire quand il parle de foot", "je suis perdu avec les papiers"] },
  },
  {
    id: "fr.saddle", concept: "saddle_numbness", category: "red_flag_symptom", severity: "urgent",
    when: ["(je sens plus|je ne sens plus|je sens pu|j sens plus) ~3 (les fesses|mes fesses|l entrejambe|entre les jambes|le périnée|le derrière)", "(je me fais dessus|je fais sur moi|je me suis fait dessus|fait sur moi|pissé dessus) (sans m en rendre compte|sans sentir|sans m en apercevoir|sans le sentir)", "(je ne retiens plus|je retiens plus|je retiens pu) ~2 (rien|mon pipi|mes urines|mes selles)", "@NUMB ~6 (entrejambe|parties intimes|périnée|fesses|entre les jambes|en bas)", "(entrejambe|parties intimes|entre les jambes) ~4 @NUMB", "(je ne contrôle plus|je ne retiens plus|perte de contrôle|fuites) ~3 (urines|urine|vessie|selles|intestins)?", "(les deux jambes) ~3 (faibles|sans force|engourdies|lâchent)"],
    examples: { match: ["je sens plus mes fesses depuis l opération du dos", "je me suis fait dessus sans m en rendre compte", "j ai des fourmillements entre les jambes", "je ne retiens plus mes urines"], noMatch: ["je me suis fait dessus de peur devant le film", "j ai perdu la télécommande"] },
  },
  {
    id: "fr.vision", concept: "vision_loss", category: "red_flag_symptom", severity: "urgent",
    when: ["(je vois|j vois) ~2 (tout)? ~1 (flou|trouble|brouillé|embrouillé|comme dans le brouillard)", "(vois|voyais) ~2 (plus rien|pu rien|plus de l oeil|pu de l oeil|plus de l œil|tout noir)", "(rideau|voile|store|ombre) ~3 (qui descend|qui tombe|qui monte) ~3 (oeil|œil|vue|yeux)?", "(toiles d araignée|filaments|mouches) ~3 (devant l oeil|devant l œil|devant les yeux|dans l oeil|qui flottent)", 
      "(rideau|voile|ombre|tache noire|tache sombre) ~5 (devant|sur|dans) ~2 (l oeil|l œil|oeil|œil|la vue|les yeux)",
      "(perdu|perte de|je perds) ~2 (la vue|la vision)",
      "(je ne vois plus|je vois plus) ~3 (de l oeil|de l œil|rien|d un côté)",
      "(vue|vision) ~4 (trouble|floue|brouillée|noire|baisse|a baissé|sombre)",
      "(éclairs|flashs|flashes|étincelles|lumières qui clignotent) ~3 (lumineux|de lumière|dans l oeil|dans l œil)?",
      "(corps flottants|mouches volantes|points noirs|petites taches) ~3 (nouveaux|nouvelles|beaucoup|d un coup|plus)",
      "(je vois double|vision double)",
      "(oeil|œil) ~3 (très mal|douleur intense|douleur atroce|me fait très mal)",
    ],
    examples: { match: ["je vois tout flou de l oeil gauche depuis ce matin", "j ai comme un store qui descend sur l oeil", "je vois comme un rideau devant l oeil opéré", "j ai des éclairs lumineux d un côté", "ma vue est devenue floue d un coup"], noMatch: ["je vois mes petits enfants dimanche", "j ai tiré le rideau"] },
  },
  {
    id: "fr.fever", concept: "fever", category: "red_flag_symptom", severity: "high",
    when: ["(le corps|son corps|mon corps) ~2 (chaud|chauffe|brûle|brule|bouillant)", "(palu|paludisme|crise de palu|accès palustre)", "(brûle|brule|bouillonne) de fièvre", "(trempé|trempée|en nage) ~3 (de sueur|la nuit|au réveil)", "(fièvre|fiévreux|fiévreuse|fébrile|frissons|grelotte|grelotter|sueurs nocturnes)", "(j ai|avec|monté|montée) ~2 (de la température|la température|de la temp)", "(température|temp) ~2 (est montée|monte|a monté|élevée|haute)", "(chaud froid|chaud et froid)"],
    examples: { match: ["l enfant a le corps chaud depuis hier soir", "je crois que c est le palu", "je me réveille trempée de sueur", "j ai de la fièvre et des frissons depuis cette nuit", "la température est montée ce soir"], noMatch: ["le plat est chaud", "il fait chaud dehors"] },
  },
  {
    id: "fr.wound", concept: "wound_problem", category: "red_flag_symptom", severity: "high",
    when: ["(rouge|rougeur|chaud|chaude|gonflé|gonflée|enflé|enflée) ~4 (autour de|autour des|sur) ~2 (la plaie|la cicatrice|les points|l incision|la coupure|les agrafes|la blessure)", "@WOUND ~6 (@DISCHARGE|@OPENING|infectée|infecté|rouge|chaude|gonflée|enflammée|suinte|saigne)", "@DISCHARGE ~5 (de|sur|autour de|sous) ~3 @WOUND", "(rougeur|rouge|traînées rouges) ~4 (s étend|s étale|grandit|monte|plus grande)", "(chaud au toucher|chaude au toucher)", "(pus|purulent|purulente)"],
    examples: { match: ["c est tout rouge autour de la cicatrice", "la blessure suinte et ça pue", "la plaie s est rouverte", "la cicatrice est rouge et il y a du liquide jaune", "les fils ont lâché un peu", "la rougeur autour de la plaie s étend"], noMatch: ["la coupure de courant a duré une heure", "une coupure de courant"] },
  },
  {
    id: "fr.bleeding_heavy", concept: "bleeding", category: "red_flag_symptom", severity: "urgent",
    when: ["(je pisse|pisse|je fais pipi|fait pipi|j urine) ~3 (du sang|rouge|rosé)", "(sang) ~3 (quand|en) (j urine|je fais pipi|urinant|allant aux toilettes|allant à la selle)", "(caca|crottes) ~3 (noir|noirs|noires|comme du goudron|avec du sang|plein de sang)", "(ça pisse le sang|pisse le sang|pissait le sang|saigne comme un robinet|saigne à flots|une hémorragie|hémorragie)", "(je change|changé|changer) ~3 (de serviette|de protection|de tampon|ma serviette|mes serviettes) ~3 (toutes les heures|toutes les demi heures|chaque heure)", "(crache|crachats|glaires|je tousse) ~3 (sanglants|sanglantes|avec du sang|rosés|filets de sang)", 
      "(saigne|saignement|saignements|sang) ~3 (beaucoup|énormément|ne s arrête pas|s arrête pas|abondant|abondamment|sans arrêt|traverse)",
      "(traversé|trempé|trempe|imbibé) ~3 (pansement|serviette|serviettes|protection|compresses|draps|vêtements)",
      "(caillots) ~3 (gros|énormes|grands)",
      "(tousse|toussé|craché|crache|vomi|vomis|vomit) ~3 (du sang|sang)",
      "(sang) ~3 (dans|sur) ~2 (les selles|la selle|les urines|l urine|le papier|les toilettes|la bouche|le vomi)",
      "(selles) ~3 (noires|goudron|avec du sang)",
      "(urine|urines|pipi) ~5 (rouge|rouges|sang|rosée|rosées|foncée|coca|couleur de coca|couleur thé|couleur café)",
      "(marc de café)",
    ],
    examples: { match: ["je pisse rouge depuis ce matin", "ça pisse le sang de la plaie", "je change de serviette toutes les heures", "mes crachats sont avec du sang", "ça saigne beaucoup et le pansement est trempé", "j ai craché du sang ce matin", "mes selles sont noires depuis hier"], noMatch: ["j ai donné mon sang à la collecte", "j ai fait une prise de sang"] },
  },
  {
    id: "fr.bleeding_minor", concept: "bleeding_minor", category: "red_flag_symptom", severity: "moderate",
    when: ["(le nez|les gencives|gencives|mon nez) ~2 (saigne|saignent|pisse le sang)", "(bleus|hématomes|ecchymoses|taches bleues|taches violettes|marques bleues) ~3 (sans me cogner|pour un rien|de nulle part)", "(saignement de nez|saigne du nez|saignements de nez|les gencives saignent|saignent des gencives|gencives qui saignent)", "(bleus|hématomes|ecchymoses) ~3 (partout|sans raison|énormes|facilement)", "(bleu|hématome|ecchymose) ~6 (grossit|plus gros|plus grand|s étend|s agrandit|s élargit|durci|dur)"],
    qualifiedBy: ["@PERSISTENT", "@SEVERE", "@WORSE", "(minutes|heure|heures|demi heure)", "tous les jours", "partout", "énormes"],
    examples: { match: ["j ai des bleus pour un rien depuis le previscan, partout", "le bleu sur la cuisse s agrandit de jour en jour", "l hématome au pli de l aine grossit", "je saigne du nez tous les jours", "j ai des bleus partout sans raison"], noMatch: ["le nez me pique", "j ai le nez qui coule"] },
  },
  {
    // tiny red or purple dots in the skin (petechiae): a sign of low platelets or of a serious infection
    id: "fr.petechiae", concept: "bleeding_minor", category: "red_flag_symptom", severity: "high",
    when: ["(petits|petites|minuscules|plein de petits|plein de petites) (points|taches) (rouges|violets|violettes|pourpres)", "(pétéchies|petechies)"],
    examples: { match: ["j'ai plein de petits points rouges sur les jambes", "il a des petites taches violettes sur le ventre", "le médecin a parlé de pétéchies"], noMatch: ["j'ai un bouton rouge sur le nez", "la robe a des points rouges"] },
  },
  {
    // clear, watery fluid dripping from one side of the nose, worse leaning forward: spinal fluid after nose, sinus or skull surgery
    id: "fr.csf_leak_nose", concept: "csf_leak", category: "red_flag_symptom", severity: "high",
    when: ["(liquide|eau|gouttes|écoulement) ~4 (clair|claire|transparent|transparente|comme de l eau) ~5 (nez|narine)", "(nez|narine) ~4 (coule|goutte|dégouline) ~4 (clair|comme de l eau|transparent)"],
    qualifiedBy: ["un côté", "une narine", "narine (droite|gauche)", "(penche|pencher|me penche|baisse la tête)", "salé", "goût métallique", "arrête pas", "depuis l opération"],
    examples: { match: ["un liquide clair comme de l'eau coule de ma narine droite quand je me penche", "mon nez goutte comme de l'eau d'un seul côté, ça a un goût salé"], noMatch: ["j'ai le nez qui coule avec mon rhume", "je bois de l'eau claire"] },
  },
  {
    // groaning, moaning or wincing when moved or touched: pain in someone who cannot say it
    id: "fr.pain_when_moved", concept: "pain_nonverbal", category: "red_flag_symptom", severity: "high", experiencer: "any",
    when: ["(gémit|gémir|gemit|gemir|geint|grimace|grimaces|crie|pleurniche|se plaint) ~4 (quand|dès qu|des qu|chaque fois qu|si) ~3 (on|je) (le|la|l)? (tourne|bouge|touche|lave|change|retourne|soulève|mobilise)"],
    qualifiedBy: ["@NEW", "@WORSE", "commence", "commencé", "faisait pas ça", "faisait pas ca", "avant non"],
    examples: { match: ["il commence à gémir quand on le tourne dans le lit", "maman grimace dès qu'on la bouge, elle faisait pas ça avant"], noMatch: ["il se plaint de la météo tous les jours"] },
  },
  {
    id: "fr.dvt", concept: "leg_clot_signs", category: "red_flag_symptom", severity: "urgent",
    when: ["@CALF ~5 (enflé|enflée|violacé|violacée|brûlant|brûlante|bouillant|me tire|tiraille)", "(une jambe|une cuisse|un mollet) ~3 (plus enflée|plus enflé|plus gonflée|deux fois plus grosse|plus rouge)", "@CALF ~5 (gonflé|gonflée|dur|dure|chaud|chaude|rouge|tendu|tendue|douloureux|douloureuse|me fait mal|plus gros|plus grosse)", "(douleur|gonflement|chaleur) ~3 (au|dans le|du) ~1 (mollet|mollets)", "(une jambe) ~3 (plus grosse|plus gonflée|plus grande)"],
    examples: { match: ["mon mollet est enflé et brûlant", "une jambe est plus enflée que l autre", "mon mollet est dur et chaud", "une jambe est plus grosse que l autre"], noMatch: ["une jambe de pantalon", "je me dégourdis les jambes"] },
  },
  {
    id: "fr.circulation", concept: "poor_circulation", category: "red_flag_symptom", severity: "high",
    when: ["(doigts|orteils|pied|main|pieds|mains) ~3 (tout blancs|bleutés|violacés|violacées|noirs|noires|gelés|gelées|mauves|tout froids)", "(je ne sens plus|je sens plus|sens pu) ~2 (mes doigts|mes orteils|mon pied|ma main|les doigts|les orteils)", "(doigts|orteils|pied|main|pieds|mains) ~3 (blancs|blanches|bleus|bleues|violets|violettes|glacés|glacées|froids et)", "@CANT ~1 (bouger|sentir) ~2 (les orteils|les doigts|le pied|la main)", "(plâtre|attelle|bandage|botte) ~3 (trop serré|trop serrée|serre trop|me serre|m écrase)"],
    examples: { match: ["j ai les orteils violacés sous le plâtre", "je sens plus mes orteils depuis qu on a mis l attelle", "j ai les orteils blancs et glacés", "le plâtre me serre trop"], noMatch: ["j ai verni mes ongles en mauve", "il fait froid dehors"] },
  },
  {
    id: "fr.pain_severe", concept: "uncontrolled_pain", category: "red_flag_symptom", severity: "high",
    when: ["(mal|douleur) ~3 (à crever|à mourir|de chien|à hurler|à pleurer|à en pleurer|à devenir fou|à devenir folle|pas possible|en masse|intenable|insoutenable|épouvantable)", "(je hurle|je crie|je pleure|je me tords|il hurle|elle hurle) ~2 (de douleur|tellement j ai mal|de mal)", "(cachets|doliprane|dafalgan|tylenol|tramadol|morphine|advil|antidouleurs) ~3 (me font rien|font pas effet|ne font pas effet|ne font plus effet|font plus rien|font pu rien|me soulagent pas)", "(douleur|douleurs|mal) ~2 (insupportable|atroce|horrible|terrible|intense|violente|très forte|affreuse)", "(insupportable|je n en peux plus|j en peux plus)", "(dix sur dix|10 sur 10|neuf sur dix|9 sur 10)", "(antidouleurs|antidouleur|doliprane|tramadol|morphine|cachets|médicaments) ~3 (ne font rien|font rien|ne fait rien|fait rien|ne marchent pas|ne marche pas|ne soulagent pas|ne soulage pas|ne suffisent pas|ne suffit pas|ne me soulagent plus|ne me soulage plus)", "(je ne peux pas|je peux pas|impossible de) ~2 (dormir|marcher|bouger|poser le pied) ~3 (tellement|à cause de la douleur|de douleur)"],
    examples: { match: ["j ai mal à crever dans le dos", "je me tords de douleur", "le tylenol me font rien", "la douleur est insupportable la nuit", "le doliprane ne fait rien du tout"], noMatch: ["j ai mal dormi", "la douleur va beaucoup mieux"] },
  },
  {
    id: "fr.belly", concept: "abdominal_or_gi_red_flag", category: "red_flag_symptom", severity: "high",
    when: ["(vomit|vomi|vomis|rend|rends) ~2 (même l eau|même les médicaments|même le biberon|tout le biberon|chaque biberon|à chaque biberon|chaque repas)", "(ne garde rien|garde rien|garde plus rien|garde pu rien|ne garde plus rien)", "(mal au ventre|mal de ventre|mal au bide|crampes au ventre|mal au bedon|mal de bedaine|mal au bas ventre) ~3 (terrible|horrible|atroce|insupportable|à crever|à hurler|très fort|pas possible)", "(plié|pliée) en deux ~3 (de douleur|de mal|au ventre|par le ventre|tellement j ai mal)", "(la courante|chiasse|la chiasse) ~4 (toute la journée|sans arrêt|depuis|plusieurs fois|avec du sang|comme de l eau|liquide)", "(je rends|je vomis|je recrache) (tout|tout ce que)", "(blanc des yeux|blancs des yeux|yeux|peau|teint) ~3 (jaune|jaunes|jauni|jaunie|jaunis|jaunâtre)", "(je vomis tout|je garde rien|je ne garde rien|je garde rien|je ne garde pas) ~3 (même l eau|l eau|les médicaments)?", "(vomi|vomis|vomissements|vomit) ~4 (toute la journée|toute la nuit|sans arrêt|plusieurs fois|depuis|tout)", "(diarrhée|diarrhées) ~4 (toute la journée|sans arrêt|plusieurs fois|avec du sang|depuis|liquide)", "(mal au ventre|douleur au ventre|douleur abdominale|mal à l estomac) ~2 (terrible|horrible|insupportable|très fort|atroce)", "(ventre) ~2 (dur comme du bois|tout dur|très dur)", "(yeux|peau) ~3 (jaunes|jaunâtres|jaunis)", "(jaunisse|ictère)", "(je ne peux plus avaler|je n arrive pas à avaler|j arrive pas à boire)"],
    examples: { match: ["il vomit à chaque biberon depuis hier", "elle garde plus rien", "j ai un mal de ventre atroce", "je suis pliée en deux de douleur", "je rends tout ce que je mange depuis hier", "je vomis tout même l eau", "j ai les yeux jaunes", "le blanc des yeux est devenu jaune"], noMatch: ["j étais pliée en deux de rire", "le jaune d oeuf"] },
  },
  {
    id: "fr.urine_retention", concept: "urinary_retention_or_output", category: "red_flag_symptom", severity: "urgent",
    when: ["(pas pissé|rien pissé) ~3 (depuis|de la journée|de la nuit)", "(couche|couches) ~4 (sèche|sèches|pas mouillée|toujours sèche)", "(vessie) ~3 (pleine|va éclater|qui va éclater) ~4 (pas|rien|rien ne sort|sort pas)", "@CANT ~2 (uriner|faire pipi|vider ma vessie|pisser)", "(pas uriné|pas fait pipi|rien uriné) ~3 (depuis|de la journée)?", "(poche|sonde) ~3 (ne se remplit pas|ne coule pas|bouchée|bloquée|sortie|est sortie)", "(que quelques gouttes|presque rien) ~2 (d urine|de pipi)?",
      // much less urine than usual
      "(urines|urine|pipi|uriner|urine) ~6 (beaucoup moins|bien moins|presque (pas|plus|rien)|plus du tout) ~3 (que d habitude|depuis|aujourd hui)?", "(fais|fait|urine) (beaucoup|bien) moins (pipi|souvent)? ~3 (que d habitude|depuis)",
      // trouble passing urine (Québec "de la misère à")
      "(de la misère|du mal|de la difficulté|de la peine) (à|a) (pisser|uriner|faire pipi)", "(pipi|urine|ça|ca) (veut|vient) (pas|plus) (sortir|venir)"],
    examples: { match: ["sa couche est toujours sèche depuis ce matin", "depuis hier soir j'ai de la misère à faire pipi", "j ai pas pissé depuis hier soir", "je fais bien moins pipi que d habitude depuis hier", "je n arrive pas à uriner depuis ce matin", "la poche de la sonde ne se remplit pas"], noMatch: ["j ai acheté des couches", "j urine normalement"] },
  },
  {
    id: "fr.urine_infection", concept: "urinary_infection", category: "red_flag_symptom", severity: "moderate",
    when: ["(ça pique|ça brûle|ça chauffe|chauffe) ~3 (quand je pisse|quand j urine|en faisant pipi|pour faire pipi)", "(infection urinaire|cystite|infection de la vessie|pyélonéphrite|pyélo)", "(brûle|brûlure|brûlures|pique|fait mal) ~2 (quand j urine|en urinant|quand je fais pipi|pour uriner)", "(urine|urines) ~3 (trouble|troubles|sent fort|foncée|foncées)"],
    qualifiedBy: ["@FEVER", "(reins|dos|flanc) ~2 (mal|douleur)", "@WORSE", "@SEVERE", "sang", "@PERSISTENT", "sonde"],
    examples: { match: ["ça chauffe quand je pisse et j ai de la fièvre", "ça brûle quand j urine"], noMatch: ["ça chauffe dans la cuisine", "j urine souvent la nuit"] },
  },
  {
    id: "fr.hypo", concept: "hypoglycaemia", category: "red_flag_symptom", severity: "high",
    when: ["(deux|2|double) (flèches|flèche) ~2 (vers le bas|en bas|qui descendent)", "(commence à être|suis|deviens|me sens) ~2 (moite|moites)", "(sucre|glycémie|taux de sucre) ~3 (trop bas|très bas|dans les talons|à terre|a chuté|est tombé)", "(fait|faire|fais|eu|avoir) (une|des) (baisse|baisses|chute|chutes) de (sucre|glycémie)", "(hypoglycémie|hypoglycémies|hypo|hypos|fait une hypo|sucre bas|glycémie basse)", "(sucre|glycémie|glycémies) ~3 (chuté|descendu|très basse|trop basse|effondrée|dégringolé)", "(tremblements|je tremble|tremblais) ~3 (sueurs|transpire|en sueur)", "(en sueur|transpire) ~3 (tremble|tremblais|tremblements)"],
    examples: { match: ["le capteur montre deux flèches vers le bas", "je commence à être toute moite et je tremble", "j ai fait une baisse de sucre cette nuit", "mon taux de sucre est tombé très bas", "j ai fait une grosse hypo cette nuit", "je me suis réveillée en sueur et je tremblais"], noMatch: ["il y a deux flèches sur le panneau", "l'air est moite ce soir", "j ai baissé le sucre dans mon café", "j ai acheté du sucre"] },
  },
  // a rescue glucagon given to the patient: a low they could not treat themselves
  {
    id: "fr.hypo_rescue", concept: "severe_hypoglycaemia", category: "red_flag_symptom", severity: "high", experiencer: "speaker",
    when: ["(a dû|ont dû|m a|m'a|lui a) ~3 (fait|faire|injecté|injecter|donné|donner|mis|mettre|pulvérisé) ~3 (glucagon|glucagen|baqsimi)"],
    examples: { match: ["mon mari a dû me faire le glucagon hier soir"], noMatch: ["le glucagon est dans le frigo"] },
  },
  {
    id: "fr.hyper", concept: "hyperglycaemia", category: "red_flag_symptom", severity: "high",
    when: ["(sucre|glycémie|taux de sucre) ~3 (dans le plafond|crève le plafond|ne descend plus|descend pas)", "(glycémie|taux de sucre|mon sucre|son sucre) ~2 (trop haut|très haut)", "(le diabète|mon diabète|son diabète) ~3 (est monté|a monté|monte|très haut|déséquilibré|déréglé)", "(lecteur|capteur|freestyle|glucomètre) ~3 (affiche|indique|marque|dit) ~2 (hi|high|haut|erreur)", "(glycémie|glycémies|sucre) ~3 (très haute|très élevée|explose|au plafond|ne descend pas|ne baisse pas|trop haute)", "(cétones|cétonurie|acétone) ~3 (positive|positives|élevée|élevées)?", "(lecteur|appareil) ~3 (affiche|indique|marque) ~1 (hi|high)"],
    examples: { match: ["le diabète est monté depuis hier", "le capteur affiche hi", "ma glycémie est très élevée et ne baisse pas", "j ai de l acétone dans les urines"], noMatch: ["le prix du sucre est très haut", "des prix élevés"] },
  },
  {
    id: "fr.anaphylaxis", concept: "allergic_reaction", category: "severe_side_effect", severity: "urgent",
    when: ["(gorge|langue|lèvres|visage|yeux) ~3 (enflé|enflée|enflées|enflés|enflent|boursouflé|boursouflée|bouffie|double de volume)", "(ma|la) gorge ~2 (se serre|se resserre|se referme|qui se ferme)", "@AIRWAY_PART ~3 (gonflée|gonflées|gonflé|gonflent|enflée|enflées|se ferme|serrée)", "(réaction allergique|choc anaphylactique|anaphylaxie|oedème de quincke|œdème de quincke)", "(gorge) ~2 (se ferme|serrée|se resserre)"],
    examples: { match: ["j ai les lèvres enflées depuis l antibiotique", "ma gorge se resserre", "mes lèvres ont gonflé après le cachet", "j ai la gorge qui se ferme"], noMatch: ["mes yeux sont fatigués", "je suis allergique aux chats"] },
  },
  {
    id: "fr.skin_reaction", concept: "skin_reaction", category: "severe_side_effect", severity: "high",
    when: ["(boutons|plaques|rougeurs|cloques|bulles|taches rouges) ~4 (sur tout le corps|de partout|depuis que|qui s étendent)", "(la peau) ~3 (part en lambeaux|se décolle|qui se détache)", "(ça me gratte|ça gratte|démange) ~3 (partout|de partout|tout le corps)", "(urticaire|éruption|plaques rouges|boutons partout|cloques|ampoules|démangeaisons partout|rougeurs partout)", "(peau|bouche|lèvres) ~3 (pèle|qui pèle|cloques|aphtes|plaies)"],
    examples: { match: ["j ai des boutons de partout depuis que je prends l antibiotique", "la peau se décolle sur les bras", "j ai de l urticaire partout", "des plaques rouges sont apparues sur le dos"], noMatch: ["le papier peint se décolle", "des plaques de chocolat"] },
  },
  {
    id: "fr.side_effect", concept: "side_effect", category: "severe_side_effect", severity: "high",
    when: ["(ce médicament|ce cachet|ces cachets|ces pilules|le traitement|la chimio) ~4 (me rend malade|me met à plat|me démolit|ne me réussit pas|me réussit pas)", "(je supporte pas|je ne supporte pas|supporte mal|tolère mal|je tolère pas) ~3 (@MED|le traitement|ce traitement|les cachets|la chimio)", "(depuis que) ~2 (j ai commencé|je prends|j ai changé|on a augmenté) ~4 (@MED|la dose|le nouveau|la nouvelle)?", "(effet secondaire|effets secondaires|effet indésirable|effets indésirables)", "(@MED) ~4 (me donne|me donnent|me rend|me rendent|me fait) ~3 (nausées|vertiges|diarrhée|mal|malade|boutons|toux|sommeil)"],
    qualifiedBy: ["@SEVERE", "@WORSE", "@PERSISTENT", "@SUDDEN", "urticaire", "gonfl*", "saign*", "vomi*", "malaise", "vertige*", "jaune*", "je ne peux plus", "arrêté", "peur", "mal", "muscle*", "douleur*"],
    examples: { match: ["ce médicament me rend malade, je vomis tous les jours", "depuis que je prends le nouveau traitement j ai des vertiges tous les jours"], noMatch: ["je supporte pas mon voisin", "je prends mes cachets le matin"] },
  },
  {
    id: "fr.fall", concept: "fall_or_head_injury", category: "red_flag_symptom", severity: "high",
    when: ["(chu tombé|chu tombée|je me suis étalé|je me suis étalée|je me suis ramassé|je me suis ramassée|pris une débarque|pris une plonge|je me suis vautré|je me suis vautrée|je me suis affalé|je me suis affalée)", "(est tombé|est tombée) ~3 (par terre|au sol|dans la salle de bain|dans l escalier|de son lit|du lit|de la chaise|dans la douche|sur la tête|cette nuit|ce matin)", "(j ai glissé|il a glissé|elle a glissé) ~3 (tombé|tombée|par terre|au sol|dans la douche|dans l escalier|sur la glace)", "(s est cogné|s est cognée|s est tapé|s est tapée) ~2 la tête", "(bosse|prune) ~3 (sur la tête|au front|sur le front)", "(je suis tombé|je suis tombée|j ai chuté|je suis tombé par terre|j ai fait une chute|je me suis cassé la figure|je me suis cassée la figure)", "(je me suis cogné|je me suis cognée|je me suis tapé|je me suis tapée) ~2 la tête", "(plusieurs|deux|trois|quelques) chutes", "(pas|plus) ~2 (pu|pouvais|pouvait|réussi à|arrivé à|arrivée à) (me|se) relever", "(par terre|au sol) ~3 (des heures|une heure|toute la nuit|plus d une heure|un bon moment)"],
    examples: { match: ["j ai pris une débarque sur la glace", "ma mère est tombée dans la salle de bain cette nuit", "il s est cogné la tête contre le lavabo", "elle a fait plusieurs chutes ce mois ci", "je n ai pas pu me relever tout seul", "il est resté par terre toute la nuit", "je suis tombée dans l escalier hier", "je me suis cogné la tête contre le placard"], noMatch: ["la nuit est tombée vite", "elle est tombée amoureuse", "je suis tombé amoureux", "la nuit est tombée"] },
  },
  {
    id: "fr.joint", concept: "dislocation_or_implant_problem", category: "red_flag_symptom", severity: "urgent",
    when: ["(hanche|prothèse|genou|épaule) ~3 (déboîtée|démise|luxée|s est déboîtée|est sortie|a sauté)", "(je ne peux plus|je peux plus|je peux pu|impossible de) ~2 (marcher dessus|m appuyer dessus|mettre le pied à terre|poser le pied à terre)", "(jambe|pied|hanche|genou) ~4 (plus courte|tournée|déboîtée|de travers)", "(entendu|senti) ~2 (un craquement|un clac|un déclic) ~4 (hanche|genou|épaule)", "@CANT ~2 (poser le pied|m appuyer|mettre du poids)"],
    examples: { match: ["ma prothèse de hanche s est déboîtée", "je peux plus marcher dessus", "ma jambe opérée paraît plus courte", "je ne peux pas poser le pied par terre"], noMatch: ["l épaule d agneau est au four", "je me suis appuyé sur la table"] },
  },
  {
    id: "fr.tube_stoma", concept: "device_or_stoma_problem", category: "red_flag_symptom", severity: "high",
    when: ["(sonde|cathéter|drain|tuyau|picc|pac|perfusion|perf) ~4 (arraché|arrachée|ne coule plus|coule plus|s est déplacé|s est déplacée)", "(il|elle|je|j) (a|ai) (arraché|retiré|enlevé) ~2 (sa|la|ma|son|le|mon) (sonde|cathéter|perfusion|perf|drain|tuyau)", 
      // high output from a stoma (dehydration risk): the bag emptied many times, or litres
      "(vidé|vide|vider|changé|change) ~3 [la] (poche) ~4 @NUM (fois)", "(poche|stomie) ~8 (litre*)", "(poche) ~3 (se remplit) ~3 (toutes les heures|très vite|en une heure)","(stomie) ~4 (noire|violette|foncée|saigne|gonflée|rentrée)", "(drain|sonde|cathéter|tuyau|picc|chambre implantable) ~3 (est sorti|s est arraché|bouché|bloqué|tombé)", "(poche) ~4 (rien ne sort|vide depuis)"],
    examples: { match: ["il a arraché sa sonde cette nuit", "le drain ne coule plus depuis hier", "j'ai vidé la poche neuf fois depuis ce matin", "mon drain est sorti cette nuit", "la stomie est toute violette"], noMatch: ["le robinet ne coule plus", "la poche de mon manteau"] },
  },
  {
    // du mal à avaler, fausses routes avec l'eau (dysphagie nouvelle)
    id: "fr.swallowing", concept: "swallowing_difficulty", category: "red_flag_symptom", severity: "high",
    when: ["(ça|la nourriture|les aliments|la viande) ~3 (ne passe pas|passe pas|passe plus|reste coincé|reste coincée|reste pris|reste prise) ~3 (dans la gorge|dans le gosier|en travers)", "(s étouffe|m étouffe|s étrangle|m étrangle|tousse) ~3 (en mangeant|en buvant|avec l eau|quand il boit|quand elle boit|quand je bois|à chaque repas)", "(ressort|ressortait) ~2 par le nez", "(du mal|difficulté|difficultés|peine|impossible) ~2 (à|a|pour) avaler", "(je m étouffe|je m étrangle|fausse route|fausses routes|ça passe de travers|ca passe de travers|avale de travers)"],
    examples: { match: ["la viande reste coincée dans la gorge", "il tousse à chaque repas en buvant", "depuis hier j ai du mal à avaler", "je fais des fausses routes avec l eau"], noMatch: ["ça passe pas à la télé ce soir", "j avale mes comprimés sans problème"] },
  },
  {
    // picotements autour de la bouche, crampe de la main en griffe (calcium bas après chirurgie du cou)
    id: "fr.low_calcium_signs", concept: "hypocalcaemia_signs", category: "red_flag_symptom", severity: "high",
    when: ["(crampes|crispations|fourmis|picotements|fourmillements) ~4 (au bout des doigts|bout des doigts|autour des lèvres|aux lèvres)", "(mains|doigts) ~3 (se crispent|se recroquevillent|se raidissent)", "(lèvres|bouche|autour de la bouche) ~4 (fourmill*|picot*|engourdi*)", "(fourmill*|picot*) ~4 (lèvres|autour de la bouche)", "(main|mains|doigts) ~4 (en griffe|crispé*|crampe*|bloqué*)"],
    examples: { match: ["j ai des fourmis au bout des doigts depuis l opération de la thyroïde", "mes doigts se recroquevillent tout seuls", "j ai des fourmillements autour de la bouche", "ma main s est mise en griffe ce matin"], noMatch: ["j ai les doigts gelés", "j ai les lèvres sèches"] },
  },
  {
    // un nouveau-né trop endormi pour téter
    id: "fr.infant_drowsy", concept: "confusion_drowsiness", category: "red_flag_symptom", severity: "urgent",
    when: ["(est|était) ~2 (amorphe|léthargique|comme une poupée de chiffon|comme une chiffe molle)", "(très|trop|tellement|si) (endormi|endormie|somnolent|somnolente) ~6 (tét*|biberon|sein|réveiller)", "(tellement|si|trop) (endormi|endormie|somnolent|somnolente) (qu|que)", "(difficile|impossible|dur) ~2 (de|à) (la|le) réveiller", "(ne tète que|tète seulement|ne boit que) ~3 (minute|minutes|secondes)", "(tout mou|toute molle)"],
    examples: { match: ["il est amorphe et ne boit presque pas son biberon", "elle est tellement endormie qu elle ne tète pas", "il ne tète que deux minutes"], noMatch: ["le bébé boit bien son biberon", "le bébé dort bien entre les tétées"] },
  },
  {
    // un site de cathéter ou de chambre implantable qui semble infecté
    id: "fr.line_site", concept: "wound_problem", category: "red_flag_symptom", severity: "high",
    when: ["(chambre implantable|pac|picc|cathéter|cathe|point d entrée|site) ~6 (rouge|gonfl*|chaud|chaude|pus|suinte|suintant)"],
    examples: { match: ["la peau autour du PAC est rouge et gonflée"], noMatch: ["on a rincé le cathéter lundi"] },
  },
  {
    id: "fr.urine_foamy", concept: "urine_foamy", category: "red_flag_symptom", severity: "high",
    when: ["(urine|urines|pipi) ~4 (mousseuse*|mousse|pleine de mousse)", "mousse ~3 (urine|urines|pipi)"],
    examples: { match: ["mes urines sont mousseuses depuis lundi"], noMatch: ["la bière mousse beaucoup"] },
  },
  {
    id: "fr.fetal_movement", concept: "reduced_fetal_movement", category: "red_flag_symptom", severity: "urgent", experiencer: "any",
    when: ["(je le sens plus|je la sens plus|je le sens pu|je la sens pu|je le sens pas bouger|je la sens pas bouger)", "(moins de coups|beaucoup moins bouger|bouge beaucoup moins|ne tape plus|tape plus|bouge pu)", "(bébé|bebe|petit|petite) ~4 (très calme|tres calme|tout calme|immobile|n a pas bougé|n a pas bouge|a pas bougé|pas bougé|pas senti bouger)", "(bébé) ~4 (ne bouge plus|bouge moins|ne bouge pas|bouge presque plus|ne tape plus|est calme)", "(bébé) ~2 bouge ~2 moins", "(je ne sens plus|je sens plus|je ne le sens plus|je ne la sens plus) ~3 (bébé|bouger|les mouvements|les coups)?", "(moins de) (mouvements|coups)"],
    examples: { match: ["depuis hier je le sens pas bouger", "le bébé bouge pu depuis ce matin", "le bébé est tout calme depuis hier soir", "le bébé bouge beaucoup moins depuis hier", "je ne le sens plus bouger"], noMatch: ["le bébé bouge tout le temps", "le bébé bouge beaucoup"] },
  },
  {
    // pendant la grossesse ou après l'accouchement : vue trouble, mouches, visage ou mains gonflés (prééclampsie)
    id: "fr.pregnancy_vision_swelling", concept: "pregnancy_warning_signs", category: "red_flag_symptom", severity: "high", pregnancyQualifies: true,
    when: [
      "(vue|vision|yeux) ~4 (trouble|floue|flou|brouillée|brouillee|bizarre|voilée|voilee)",
      "(vois|voyais) ~2 (des étoiles|des etoiles|des points|des mouches|des flashs|des éclairs|des eclairs|des taches|des lumières|des lumieres)",
      "(visage|mains|doigts|paupières|paupieres) ~4 (gonflé|gonflés|gonflée|gonflées|gonfle|gonflent|enflé|enflés|enflée|enflées|bouffi|bouffis|bouffie|bouffies)",
      "(bague|alliance|bagues) ~4 (ne|n) ~2 (sort|sortent|passe|passent|rentre|rentrent) ~1 plus",
    ],
    qualifiedBy: ["@SUDDEN", "@WORSE", "@NEW", "@SEVERE", "aujourd hui", "ce matin", "du jour au lendemain"],
    examples: {
      match: ["j'ai la vue toute trouble depuis ce matin", "je vois des mouches quand je me lève", "mes doigts sont gonflés, mon alliance ne passe plus"],
      noMatch: ["la photo est floue", "on a vu des étoiles filantes"],
    },
  },
  {
    id: "fr.pregnancy_signs", concept: "pregnancy_warning_signs", category: "red_flag_symptom", severity: "urgent",
    when: ["(poche a percé|poche s est rompue|les eaux ont percé|fissure de la poche)", "(ça coule|je perds|perte) ~3 (du liquide|de l eau|de l eau claire) ~3 (en bas|par en bas|dans ma culotte|sans arrêt)", "(saigne|saignement|sang|pertes de sang|pertes rouges) ~4 (par en bas|dans ma petite culotte|dans mes sous vêtements|dans ma bobette|dans mes bobettes)", "(le ventre qui durcit|le ventre durcit|ventre dur) ~4 (toutes les|régulièrement|qui reviennent)", "(perdu les eaux|poche des eaux|perte de liquide)", "(contractions) ~4 (toutes les|régulières|rapprochées|fortes)", "(saignement*|sang|saigne) ~4 (vaginal|en bas|dans ma culotte|dans la culotte)"],
    examples: { match: ["je perds de l eau claire par en bas", "il y a du sang dans mes bobettes", "le ventre durcit toutes les cinq minutes", "je crois que j ai perdu les eaux", "j ai des saignements en bas"], noMatch: ["j ai perdu de l eau dans la cave", "je bois beaucoup d eau"] },
  },
  {
    id: "fr.reliever_overuse", concept: "reliever_overuse", category: "red_flag_symptom", severity: "high",
    when: ["(ventoline|ventolin|pompe bleue|la bleue|inhalateur|pompe) ~6 (aux heures|à chaque heure|toutes les demi heures|fait plus rien|fait pu rien|ne fait plus rien|soulage pas|me soulage pas|dure pas)", "@RELIEVER ~6 @NUM ou @NUM (fois|bouffées|bouffée)", "@RELIEVER ~8 toutes les (deux|trois|2|3) heures", "(ventoline|salbutamol|bronchodilatateur|inhalateur|spray|pompe) ~6 @NUM (fois|bouffées|bouffée|pulvérisations)", "(ventoline|salbutamol|inhalateur|spray|pompe) ~6 (toutes les heures|toute la journée|sans arrêt|beaucoup plus|plus que d habitude|ne fait plus effet|ne fait rien|ne tient pas|soulage plus)"],
    examples: { match: ["je prends ma pompe bleue aux heures et ça fait pu rien", "j ai pris la ventoline six fois aujourd hui", "la ventoline ne fait plus effet"], noMatch: ["ma pompe est dans mon sac", "j ai ma ventoline dans mon sac"] },
  },
  {
    id: "fr.child_breathing", concept: "breathlessness", category: "red_flag_symptom", severity: "urgent", experiencer: "any",
    when: ["(on voit|je vois) ~2 (ses côtes|les côtes) ~3 (quand il respire|quand elle respire|à chaque respiration)", "(geint|gémit|grogne) ~3 (en respirant|quand il respire|quand elle respire|à chaque respiration)", "(son nez|ses narines|narines) ~2 (battent|s ouvrent et se ferment)", "(côtes|cou|ventre|thorax) ~3 (se creusent|se creuse|creuse|rentrent|tirage)", "(creuse|creusent|se creuse|tire|ça tire) ~3 (côtes|cou|ventre)", "(tirage|battement des ailes du nez|battements des ailes du nez|ailes du nez qui battent|narines qui bougent)", "(respire) (avec|par) (le)? ~1 ventre"],
    examples: { match: ["on voit ses côtes quand il respire", "elle geint à chaque respiration", "ça creuse sous les côtes quand il respire", "elle a un tirage"], noMatch: ["on voit ses côtes tellement il est maigre", "il respire par le nez"] },
  },
  {
    id: "fr.stool_count", concept: "abdominal_or_gi_red_flag", category: "red_flag_symptom", severity: "high",
    when: ["(selle|selles|toilettes|diarrhée|liquide) ~8 (cinq|six|sept|huit|neuf|dix|#) ~2 fois", "(cinq|six|sept|huit|neuf|dix|#) ~2 fois ~8 (selle|selles|liquide|diarrhée|toilettes)"],
    examples: { match: ["je vais aux toilettes sept fois par jour, c est tout liquide", "la diarrhée revient six fois par jour"], noMatch: ["je vais aux toilettes deux fois par jour", "j ai marché cinq fois autour du parc"] },
  },
  {
    id: "fr.vomiting_diarrhoea", concept: "abdominal_or_gi_red_flag", category: "red_flag_symptom", severity: "high",
    when: ["(vomi*|vomissements|dégueul*|dégobill*) ~8 (chiasse|courante|selles liquides)", "(chiasse|courante|selles liquides) ~8 (vomi*|vomissements|dégueul*|dégobill*)", "(vomi*|vomissements|vomit) ~8 (diarrhée|diarrhées|la courante)", "(diarrhée|diarrhées) ~8 (vomi*|vomissements|vomit)"],
    examples: { match: ["il a la chiasse et il vomit depuis cette nuit", "depuis cette nuit je vomis et j ai la diarrhée"], noMatch: ["le compte courant est vide", "ni vomissements ni diarrhée"] },
  },
  {
    id: "fr.spreading_past_mark", concept: "wound_problem", category: "red_flag_symptom", severity: "high",
    when: ["(dépasse|dépassé|dépassait|déborde|sort|sorti) ~3 (le trait|la ligne|le tracé|la marque|le contour)"],
    examples: { match: ["la rougeur dépasse le trait que le médecin a fait"], noMatch: ["je dépasse la voiture"] },
  },
  {
    id: "fr.dizziness", concept: "dizziness_or_balance", category: "red_flag_symptom", severity: "high",
    when: ["(je ne tiens pas|je tiens pas|je ne tiens plus|je tiens plus|je tiens pu) debout", "(je tangue|je zigzague|je marche de travers|comme sur un bateau|comme bourré|comme bourrée|comme paqueté|comme paquetée|comme si j avais bu)", "(la pièce|le plafond|les murs|la chambre) ~2 (tourne|tournent|tournait|bougent)", "(vertige|vertiges|étourdi|étourdie|étourdissement*|la tête qui tourne|tête qui tourne|tout tourne|je titube|comme ivre|comme saoul|comme saoule|perdu l équilibre|je perds l équilibre)"],
    qualifiedBy: ["@WORSE", "@NEW", "@SUDDEN", "@SEVERE", "@PERSISTENT", "tomb*", "chute", "malaise", "noir", "en me levant", "debout"],
    examples: { match: ["je tiens plus debout depuis ce matin", "la pièce tourne d un coup quand je me lève", "j ai des vertiges depuis ce matin", "je titube comme si j étais saoule"], noMatch: ["le film tourne en boucle", "je marche bien"] },
  },
  {
    id: "fr.sputum", concept: "sputum_change", category: "red_flag_symptom", severity: "high",
    when: ["(ce que je crache|ce que je tousse|sécrétions|flegmes|flegme|crachat|mucus) ~5 (vert*|jaune*|marron|brun*|foncé*|rouille|avec du sang|rosé*|plus épais*)", "(crachats|glaires|expectorations|mucosités) ~5 (vert*|jaune*|marron|brun*|foncé*|avec du sang|plus épais*)"],
    examples: { match: ["ce que je crache est devenu vert foncé", "mes crachats sont devenus verts"], noMatch: ["le flegme britannique", "le thé vert"] },
  },
  {
    id: "fr.growing_lump", concept: "growing_lump", category: "red_flag_symptom", severity: "high",
    when: ["(kyste|nodule|noeud|bosse|grosseur) ~6 (qui pousse|a poussé|a grossi|s agrandit|plus gros)", "(boule|bosse|grosseur|masse|ganglion) ~6 (grossit|grandit|plus grosse|nouvelle|nouveau|dure)", "(j ai trouvé|j ai senti|je sens|j ai remarqué) ~2 (une|un)? ~1 (boule|bosse|grosseur|ganglion)"],
    examples: { match: ["le kyste au cou a grossi", "la boule sous le bras grossit", "j ai senti une petite boule dans le cou"], noMatch: ["le noeud de ma cravate", "une boule de glace"] },
  },
  // the patient hurt, threatened or afraid of someone at home
  {
    id: "fr.unsafe_at_home", concept: "unsafe_at_home", category: "emotional_distress", severity: "urgent", experiencer: "any", questionMeansHypothetical: false, persists: true,
    when: ["peur (de mon chum|de ma blonde|de mon gendre|de mon ex|de mon petit ami|de ma fille|de mon père|de ma mère|d elle)", "peur ~2 (de rentrer|d être|de rester|de retourner) ~2 (à la maison|chez moi|chez nous)", "peur (de lui|de mon mari|de mon conjoint|de mon copain|de mon compagnon|de mon fils|de ma femme)", "(je ne me sens pas|me sens pas|je me sens pas) en sécurité ~2 (à la maison|chez moi|avec lui|avec elle)", "peur ~3 pour moi", "(couteau|couteaux|arme|fusil|pistolet|lame) ~5 (disparu|disparus|caché|cachés|introuvable|manque)", "(a disparu|ont disparu|il a caché|elle a caché) ~3 (le couteau|les couteaux|l arme|le fusil)"],
    examples: { match: ["j ai peur de mon chum quand il boit", "j ai peur pour moi et pour les enfants", "le couteau à pain a disparu du tiroir", "j ai peur de rentrer à la maison", "je ne me sens pas en sécurité chez moi"], noMatch: ["j ai peur de l orage", "j ai peur des piqûres"] },
  },
  {
    // a danger in the home (une flamme près de l oxygène, le gaz oublié allumé, une personne confuse dehors la nuit)
    id: "fr.unsafe_at_home.hazard", concept: "unsafe_at_home", category: "emotional_distress", severity: "urgent", experiencer: "any", questionMeansHypothetical: false, persists: true,
    when: ["(cuisine|maison|chambre|salon|appartement|pièce) ~3 (pleine de fumée|plein de fumée|remplie de fumée|rempli de fumée|enfumée|enfumé)", "(poêle|casserole|rideau|rideaux|four|radiateur|quelque chose) ~3 (en feu|a pris feu|prend feu|en flammes|brûle)", 
      "(fume|fument|continue de fumer|allume une cigarette|s allume une clope|bougie|bougies|gazinière|cuisinière à gaz) ~8 (oxygène|concentrateur|bouteille d oxygène|lunettes à oxygène)",
      "(oxygène|concentrateur|bouteille d oxygène|lunettes à oxygène) ~8 (fume|fument|continue de fumer|allume une cigarette|s allume une clope|bougie|bougies|gazinière|cuisinière à gaz)",
      "(laisse|laissé|laissait|oublie|oublié) ~3 (le gaz|la gazinière|le feu|la plaque|les plaques|le four) (allumé|allumée|allumés|allumées|ouvert)",
      "(retrouvé|retrouvée|trouvé|trouvée|erre|errait|errer|sorti|sortie) ~8 (en pyjama|en chemise de nuit|en robe de chambre|à (deux|trois|quatre|cinq|#) heures du matin|en pleine nuit|au milieu de la nuit)",
    ],
    examples: { match: ["la cuisine est pleine de fumée", "la casserole a pris feu sur la plaque", "mon mari fume encore dans la chambre où est mon concentrateur", "elle laisse le gaz allumé sans casserole", "les voisins l ont retrouvé dehors en pyjama"], noMatch: ["le saumon fumé de la cuisine", "j ai arrêté les cigarettes bien avant l oxygène", "je suis sortie tôt ce matin"] },
  },
  {
    id: "fr.unsafe_at_home.violence", concept: "unsafe_at_home", category: "emotional_distress", severity: "urgent", experiencer: "any", questionMeansHypothetical: false, persists: true,
    when: ["(m attrape|m a attrapé|m a attrapée|me secoue|m a secoué|m a secouée|me serre|me pousse|m a poussé|m a poussée|me tire) ~3 (fort|violemment|brutalement|par les bras|par le bras|par les cheveux|contre le mur)", "(pris|attrapé|saisi|tenu|plaqué|empoigné) ~3 par (la gorge|le cou)", "(mains|main) (autour de|sur) (mon|ma) (cou|gorge)", "m (a|avait) (étranglé|étranglée|étouffé|étouffée)", "(fouille|regarde|vérifie|checke) ~2 (mon|mes) (cell|cellulaire|téléphone|portable|messages|textos)", "(a pris|garde|a gardé|me prend) ~2 (ma|mes|mon) (carte|cartes|pension|argent|paie)", "(devient|est devenu|devenait) ~2 (agressif|violent|agressive|violente)", "(a lancé|a balancé|a jeté|a garroché|lance|balance) ~2 (une chaise|la chaise|une assiette|des assiettes|la table|un verre|des affaires) ~3 (contre|sur|à travers|par)", "(a donné|a mis) ~2 (un coup de poing|un coup de pied) ~2 (dans|contre) (la|le) (porte|mur|fenêtre)", "(m a|m'a|me) (tapé|tapée|cogné|cognée|battu|battue|tabassé|tabassée|donné une claque|donné une gifle|donné des coups|donné un coup de poing|mis une claque|mis une baffe|mis une raclée|pris à la gorge|tiré les cheveux|enfermé|enfermée)", "(il|elle) me (bat|tape|cogne|maltraite|brutalise)", "(m a|m'a|me) (frappé|frappée|frappe|poussé|poussée|pousse|bousculé|bousculée|menacé|menacée|menace|giflé|giflée|étranglé|étranglée|serré le cou)"],
    with: ["(chum|blonde|gendre|frère|soeur|neveu|petit fils|petite fille|il|elle|mari|conjoint|conjointe|copain|copine|compagnon|compagne|fils|fille|père|mère|femme|ex)"],
    window: 8,
    examples: { match: ["quand il a bu, mon conjoint me secoue violemment", "mon chum m'a pris par la gorge hier soir", "il a mis ses mains autour de mon cou", "il fouille mon cell tous les soirs", "mon chum garde ma carte de banque", "quand il boit il devient agressif", "mon fils a lancé une chaise contre le mur hier soir", "il a donné un coup de poing dans la porte", "mon chum m a donné une claque hier soir", "il me bat quand il a bu", "mon conjoint m a poussée contre le mur"], noMatch: ["il m'a pris par la main pour traverser", "la banque a gardé ma carte expirée", "le chien devient agressif avec le facteur", "j ai jeté la chaise cassée à la poubelle", "le petit m a tapé dans la main pour jouer", "le chien me pousse pour sortir"] },
  },
  {
    // taken other than the label or the prescriber says (see en.label_mismatch)
    id: "fr.label_mismatch", concept: "dose_schedule_error", category: "medication_problem", severity: "high", experiencer: "speaker", persists: true,
    when: ["(boîte|étiquette|notice|ordonnance|papier|feuille|pharmacien|pharmacienne) ~3 (dit|disait|indique|marque) ~5 (une fois|deux fois|trois fois|quatre fois|toutes les|par jour|par semaine|un|une|deux|demi) ~6 mais ~5 (prends|prenais|je le prends|je la prends|je les prends|je prends|donne|j en prends) ~4 (un|une|deux|les deux|tous|chaque|seulement|que)", "(je dois|je devrais|il faut) [le|la|les] prendre ~6 (une fois|deux fois|trois fois|par jour|par semaine|toutes les) ~6 mais ~5 (je le prends|je la prends|je les prends|je prends|j en prends) ~4 (un|une|deux|seulement|que|chaque)"],
    examples: { match: ["la boîte dit deux fois par jour mais j en prends seulement un le matin", "je dois le prendre une fois par semaine mais je le prends chaque jour"], noMatch: ["la boîte dit deux fois par jour et c est ce que je fais", "la notice dit de le prendre au repas"] },
  },
  {
    // thoughts of ending one's life said as "it", after the call has named them (the agent's question or
    // the patient's own words earlier): unnamed, the turn is only held for review
    id: "fr.self_harm.thoughts", concept: "suicidal_or_self_harm", category: "emotional_distress", severity: "urgent", experiencer: "speaker", questionMeansHypothetical: false, qualifiedInHistory: true,
    when: ["(parfois|des fois|la nuit|souvent|le soir|de temps en temps|certains soirs) ~2 (j y pense|j y ai pensé|j y repense|ça me traverse l esprit|ça me passe par la tête)", "(j y pense|j y repense|ça me traverse l esprit|ça me passe par la tête) ~2 (parfois|des fois|la nuit|souvent|le soir|de temps en temps|certains soirs)"],
    qualifiedBy: ["suicid*", "(me|vous|se) tuer", "en finir", "mettre fin à (mes|vos|ses) jours", "(me|vous|se) faire du mal", "ne plus (me|vous|se) réveiller", "disparaître", "mourir"],
    examples: { match: ["je n ai rien prévu, mais des fois j y pense", "ça me traverse l esprit la nuit", "j y pense souvent le soir"], noMatch: ["j y pense pour le rendez vous de demain", "parfois je vais au marché"] },
  },
  {
    // a medicine given every hour or two: far past any label (see en.rescue_dose_hourly)
    id: "fr.rescue_dose_hourly", concept: "medication_overuse", category: "medication_problem", severity: "high", persists: true, needsMedicationContext: true,
    when: ["(donné|donne|donnais|donnons|pris|prends|prenais|avalé|avale) ~6 toutes les (heures|demi heures|deux heures|2 heures|heure et demie)"],
    examples: { match: ["je lui donne le doliprane toutes les deux heures parce que la fièvre remonte", "je prends un comprimé contre la douleur toutes les heures"], noMatch: ["je lui donne le doliprane toutes les six heures", "je lui donne à boire toutes les deux heures"] },
  },
  {
    id: "fr.self_harm", concept: "suicidal_or_self_harm", category: "emotional_distress", severity: "urgent", conditionalIsReal: true, experiencer: "speaker", questionMeansHypothetical: false,
    when: ["(ce serait|ça serait|ca serait|c serait) (plus simple|plus facile|mieux) ~2 de (plus|pu|jamais) me réveiller", "(ce serait|ça serait|ca serait|ce serait tellement) (plus simple|plus facile|mieux) ~2 (de ne pas me réveiller|de pas me réveiller|de ne plus me réveiller|de disparaître|de disparaitre|de mourir|de plus être là|de ne plus être là)", "(me foutre en l air|me jeter sous un train|me jeter du pont|me jeter par la fenêtre|me pendre|me tirer une balle|m ouvrir les veines|sauter du pont|sauter par la fenêtre|m enlever la vie|m ôter la vie)", "(envie de crever|je veux crever|j veux crever|jveux crever)", "(plus|pu|pas|perdu) le goût de vivre", "(que le bon dieu|que dieu|que le seigneur) ~2 (me prenne|vienne me chercher|me rappelle à lui)", "rejoindre ~3 (au ciel|là haut|mon défunt|ma défunte|au paradis)", "(mieux|plus simple|plus facile) ~4 si (je|j) ~2 (mourais|étais mort|étais morte|y étais resté|y étais restée|disparaissais|partais (avec|pour de bon|pour toujours|dans mon sommeil|pendant mon sommeil))", 
      // no wish to live, a wish to be dead
      "(plus|pas|aucune|perdu l) ~2 envie de vivre", "(j avais qu à|j ai qu à|je n avais qu à|je n ai qu à|il suffirait de|il suffisait de|j avais juste à) (sauter|me jeter|en finir|tout arrêter|me laisser tomber)", "envie de (mourir|disparaître|disparaitre|en finir)", "(marre|fatigué|fatiguée|lasse|las) de vivre", "(plus|pas) (de )?raison de vivre",
      "(me tuer|me suicider|mettre fin à mes jours|en finir|me faire du mal|me blesser|me couper|me supprimer)", "(suicid*)",
      "(envie|j aimerais|je voudrais|je préférerais|souhaiterais) ~3 (mourir|être mort|être morte|disparaître|ne plus me réveiller|ne pas me réveiller|dormir pour toujours)",
      "(ne plus me réveiller|ne pas me réveiller|ne jamais me réveiller)", "(plus simple|plus facile|mieux) ~3 si (je|j) (ne|n)? (me réveillais|me réveillerais) (pas|plus|jamais)", "si (je|j) (ne|n)? (me réveillais|me réveillerais) (pas|plus|jamais) !(à|a|assez|avant|pour)",
      "(je ne veux plus|je veux plus) ~1 (vivre|être là|continuer|me réveiller)",
      "(mieux|mieux sans moi) ~3 (sans moi|si je n étais plus là|si j étais mort|si j étais morte|si je disparaissais)",
      "mieux ~6 si (je n|j) (étais|serais) (pas|plus) là",
      "(pensées|idées|pense) ~3 (de mort|noires|à mourir|à en finir|à me faire du mal)",
      "sans (me|plus me|jamais me) réveiller", "(ça|cela) (arrangerait|soulagerait) tout le monde", "si je n étais (plus)? là",
      // an overdose thought: thinking of swallowing every tablet there is
      "(pensé|pense|pensais|penser|envie|tenté|tentée) ~2 (à|a|de) (prendre|avaler) (tous|toutes) (mes|les) (comprimés|cachets|pilules|médicaments|médocs)",
    ],
    examples: { match: ["des fois je pense que ce serait plus facile de plus me réveiller", "des fois je me dis que ce serait plus simple de ne pas me réveiller", "j ai pu le goût de vivre", "des fois j ai envie de me foutre en l air", "que le bon dieu vienne me chercher, j en peux plus", "je veux aller rejoindre mon défunt", "parfois je pense que si je me réveillais plus, ce serait plus calme", "parfois ce serait plus facile si je ne me réveillais plus", "ce serait mieux si je partais pour de bon", "j ai plus envie de vivre", "parfois j aimerais ne plus me réveiller", "ils seraient mieux sans moi", "j ai des idées noires", "parfois je pense qu'ils seraient mieux, mon mari et les enfants, si j'étais plus là", "la nuit dernière j'ai pensé à avaler toutes mes pilules"], noMatch: ["que le bon dieu te bénisse", "je crève de chaud ici", "ce serait mieux si je partais plus tôt au travail demain", "je pensais qu'il fallait prendre tous les comprimés le matin", "je meurs de faim", "si je ne me réveillais pas à temps je raterais le train"] },
  },
  {
    id: "fr.hopeless", concept: "emotional_distress", category: "emotional_distress", severity: "high", experiencer: "speaker", questionMeansHypothetical: false,
    when: ["(ça|ca|cela) (ne )?vaut plus (trop |vraiment |tellement )?la peine", "plus personne ne m attend", "(je suis à boutte|à boutte|chu à boutte|je suis brûlé|je suis brûlée|chu brûlé|chu brûlée|burn out|burnout)", "(je n y arrive plus|j y arrive plus|j y arrive pu) ~3 (avec lui|avec elle|avec tout ça|toute seule|tout seul)", "(je ne vois|je vois) (plus|pas|pu) (le bout du tunnel|d issue|d avenir)", "(cafard|déprime|le blues|les bleus) ~3 (tout le temps|tous les jours|depuis des semaines|depuis des mois|sans arrêt|en permanence)", "(suis|être|devenu|devenue|sens|sentir) ~2 une (charge|poids) (pour|à)", "(n arrive|arrive) plus ~1 (à faire face|a faire face|à tenir|a tenir|à m en sortir|a m en sortir)", "(je craque|je m effondre|je sombre)", 
      "(à quoi bon|a quoi bon|ça sert à rien|ça ne sert à rien|plus de sens|aucun sens)", "(je ne sers|je sers) (plus|à) ~1 rien",
      "(serait|seraient) ~2 mieux ~4 (avec quelqu un d autre|avec une autre mère|avec une autre maman|avec un autre père)",
      "(je ne fais que gêner|je gêne tout le monde|je suis de trop|je suis un fardeau|un poids pour)",
      "(je n en peux plus|j en peux plus|je craque|je suis à bout|au bout du rouleau|je m effondre)",
      "(désespéré|désespérée|désespoir|plus d espoir|aucun espoir)",
      "(un poids|un fardeau) ~2 (pour)",
      "(je pleure|pleurer|je pleurais) ~3 (tout le temps|tous les jours|sans arrêt|sans raison|toute la journée)",
      "(je me sens|je suis|j ai le moral) ~2 @MOOD_LOW ~3 (tout le temps|tous les jours|depuis des semaines|depuis|toujours)",
      "(déprimé|déprimée|dépression)",
      "(crises d angoisse|crise d angoisse|attaques de panique|crise de panique)",
      "(personne ne) ~2 (s en soucie|remarquerait|me regretterait)",
      "(je ne dors plus|je dors plus|je ne mange plus|je mange plus) ~3 (depuis|du tout)?",
    ],
    examples: { match: ["je me dis parfois que ça ne vaut plus trop la peine", "je suis à boutte avec mon mari malade", "je vois plus le bout du tunnel", "j ai le cafard tous les jours", "j ai l impression que je ne sers plus à rien", "je suis devenue une charge pour mes enfants", "je n arrive plus à faire face", "ma fille serait mieux avec quelqu un d autre", "je suis de trop dans cette maison", "je n en peux plus de tout ça", "je me sens comme un poids pour ma famille", "je pleure tous les jours sans raison"], noMatch: ["le pain est brûlé", "je prends en charge mes papiers", "à quoi sert la pilule bleue"] },
  },
  {
    // un anti-inflammatoire sans ordonnance avec un anticoagulant, des reins ou un coeur fragiles, du lithium, de la cortisone, une grossesse
    id: "fr.nsaid_interaction", concept: "drug_interaction", category: "medication_problem", severity: "high", experiencer: "speaker", persists: true, qualifiedInHistory: true,
    when: ["(pris|prends|prenais|pris de l|acheté|achete|commencé|commence|avalé|avale) ~4 @NSAID", "@NSAID ~5 (tous les jours|par jour|depuis|toute la semaine|deux fois|trois fois|pour (mon|ma|mes|le|la))"],
    qualifiedBy: ["@ANTICOAG", "rein", "reins", "rénal", "renal", "rénale", "renale", "dialyse", "insuffisance cardiaque", "lithium", "méthotrexate", "methotrexate", "cortisone", "cortico*", "prednisone", "ulcère*", "ulcere*", "greffe", "tacrolimus", "ciclosporine", "diurétique*", "diuretique*", "furosémide", "lasilix", "enceinte", "grossesse"],
    window: 30,
    examples: { match: ["je suis anticoagulée et j ai pris du motrin pour mon dos", "je suis sous previscan et je prends de l'ibuprofène pour le genou", "j'ai pris du naproxène toute la semaine, avec mes reins"], noMatch: ["le motrin est dans la pharmacie", "l'ibuprofène est dans le placard"] },
  },
  {
    // un taux de médicament dans le sang trop haut ou toxique (lithium, digoxine, tacrolimus...)
    id: "fr.drug_level", concept: "drug_level_out_of_range", category: "medication_problem", severity: "high", persists: true,
    when: [
      "(taux|niveau|dosage|lithémie|lithemie) ~3 (@MED)? ~4 (trop haut|trop élevé|trop eleve|élevé|eleve|toxique|au dessus|hors norme)",
      "(intoxication|surdosage|toxicité|toxicite) ~3 (@MED)",
    ],
    needsMedicationContext: true,
    examples: { match: ["le labo a appelé, mon taux de lithium est trop élevé", "ils pensent à une intoxication à la digoxine"], noMatch: ["mon niveau d'anglais est élevé"] },
  },
  {
    // oxygène à domicile monté par le patient lui-même : avoir besoin de plus d'oxygène est le signe d'alerte
    id: "fr.oxygen_self_adjusted", concept: "oxygen_need_rising", category: "medication_problem", severity: "high", experiencer: "speaker", persists: true,
    when: ["(monté|monte|augmenté|augmente|mis|remonté|poussé) ~4 (à|a) @NUM (litres|l)", "(oxygène|oxygene|concentrateur|débit|debit) ~4 (monté|augmenté|à @NUM litres|a @NUM litres)"],
    examples: { match: ["je l ai monté à cinq litres moi même", "l oxygène est à 4 litres depuis ce matin"], noMatch: ["le livreur d oxygène passe mardi"] },
  },
  {
    id: "fr.med_missed", concept: "missed_dose", category: "medication_problem", severity: "high", persists: true,
    when: ["(ne suis pas allé|ne suis pas allée|suis pas allé|suis pas allée|n ai pas pu aller|ai pas pu aller) ~5 (faire|chercher|pour) ~2 (mon|ma|son|sa|l) (injection|piqûre|perfusion|dépôt)", "(je lui ai pas|je ne lui ai pas|on lui a pas|on ne lui a pas) (donné|fait|mis) ~2 (son|sa|ses|le|la) ~1 @MED", "(jai oublié|joublie|jai pas pris|jai sauté) ~3 (@MED|@MED_PRONOUN|de prendre|ma dose|mes)", "(oublié|oubliée) de (lui|leur) (donner|mettre|faire|administrer) ~3 (@MED|@MED_PRONOUN|ses|son|sa)?", "(je lui ai pas|je ne lui ai pas|je lui ai jamais) (donné|mis|fait) ~3 (@MED|ses|son|sa|la dose)", "(zappé|loupé) ~3 (@MED|@MED_PRONOUN|ma dose|mes|ma|mon)", 
      // days of doses forgotten, or the medicine left behind while away
      "(oublié|oublie|sauté|saute|pas pris) ~2 (deux|trois|quatre|quelques|plusieurs|#) (jours|soirs|matins|doses|prises)", "(oublié|oublie) ~2 (la|les|le|mes|mon|ma) (@MED|boîte|boite|plaquette*) ~3 (à la maison|a la maison|chez moi|chez (ma|mon))",
      "(oublié|oubliée|sauté|pas pris|pas mis|pas fait|rien pris) ~3 (@MED|@MED_PRONOUN|de prendre|ma dose|mon traitement)",
      "(j ai oublié|j oublie|oublié) ~2 (de le prendre|de la prendre|de les prendre|de prendre|de faire|de mettre)",
      "(je ne l ai pas pris|je l ai pas pris|je ne les ai pas pris|je les ai pas pris|je ne l ai pas prise|je l ai pas prise)",
      "(depuis) ~2 (deux|trois|quelques|plusieurs) (jours) ~2 (sans|je ne prends|je prends plus)",
      "(me suis|m étais|me suis pas|me suis plus) ~1 (pas|plus)? ~1 (piqué|piquée|injecté|injectée|fait ma piqûre|fait mon injection)",
    ],
    needsMedicationContext: true,
    examples: { match: ["je ne suis pas allée faire mon injection ce mois ci", "hier soir je lui ai pas donné son insuline", "jai oublié mes pilules hier", "j ai oublié de lui donner ses cachets ce matin", "j ai zappé mon comprimé du soir", "j ai oublié deux jours de suite mes comprimés", "j ai oublié mon comprimé du soir hier", "j ai sauté la dose d insuline ce matin"], noMatch: ["je ne suis pas allé au marché", "je lui ai pas donné le papier", "j ai oublié de lui donner son goûter", "j ai oublié mes lunettes"] },
  },
  {
    id: "fr.med_double", concept: "double_dose", category: "medication_problem", severity: "high", persists: true,
    when: ["(j en ai pris|j ai pris|je lui en ai donné|il en a pris|elle en a pris) (deux|les deux) (d un coup|d un seul coup|en même temps|ensemble|à la fois)", "(reprises|repris|reprise|pris|prises) ~3 (deuxième fois|deux fois|une autre fois|par erreur)", "(a eu|eu|reçu|pris) (la|sa|ma|une) (dose|prise) ~2 deux fois", "(je lui ai|on lui a|il lui a|elle lui a) (redonné|redonne|remis) ~3 (derrière|sans savoir|par erreur|encore)", "(j ai pris|il a pris|elle a pris) ~2 (celles|ceux|celui|celle) de (demain|ce soir) ~2 (aussi|en avance|déjà)", "(j ai|jai) (repris|redonné|remis) ~3 (un|une|le|la|les|@MED) ~3 (par erreur|sans faire exprès|en trop|pour être sûr|pour être sûre|au cas où)", "(avait|avais) déjà (pris|eu|reçu) ~8 (redonné|repris|remis|encore un|encore une|un autre|une autre|deuxième)", "(pris|mis|fait|injecté) ~3 (deux fois|double dose|une dose de trop|deux comprimés|deux cachets|encore une|une deuxième|en double)", "(double dose|dose double|doublé la dose|reprise par erreur)", "(pris|prends|prenais|donné|donne|mis|injecté) ~4 au lieu (d|de|du) ~2 (un|une|deux|trois|demi|la moitié|un quart|#|la dose)", "(plus si|pu si|pas sûr si|pas sûre si|doute si) ~4 (pris|prise) ~8 (repris|reprendre|un autre|une autre|un deuxième|une deuxième|encore un|encore une)", "en ai repris (un|une|deux|trois|quatre|#)", "(@MED) ~4 (deux fois|en double) ~3 (par erreur|sans faire exprès)?"],
    needsMedicationContext: true,
    examples: { match: ["j avais oublié celui de lundi alors mardi j en ai pris deux d un coup", "mon mari lui avait déjà donné son sirop et je lui ai redonné derrière sans savoir", "je me souvenais plus et j ai repris mes comprimés une deuxième fois", "j ai pris celles de demain aussi", "j ai redonné un cachet au cas où", "elle avait déjà pris son comprimé et je lui en ai redonné un", "j'étais pu sûr d'avoir pris mon comprimé, alors j'en ai repris deux", "j'ai pris deux comprimés au lieu d'un", "j ai pris deux fois mon cachet par erreur", "je me suis fait une double dose d insuline", "je ne savais plus si j avais pris le cachet du soir alors j en ai repris un"], noMatch: ["je les ai reprises après l opération comme prévu", "j ai repris du gâteau", "je prends deux comprimés par jour comme prévu"] },
  },
  {
    id: "fr.med_wrong", concept: "wrong_medicine", category: "medication_problem", severity: "high", experiencer: "speaker", persists: true,
    when: ["(mal lu|lu de travers|mal compris) ~3 (l ordonnance|la feuille|la boîte|l étiquette|le papier)?", "(les|mes) (anciens|anciennes|vieilles|vieux) ~4 (et|avec|en plus des) ~2 (les|mes) (nouveaux|nouvelles)", "(donné|pris|avalé|mis) ~4 (les cachets de|les comprimés de|les pilules de|le médicament de|les médicaments de|la pompe de|l insuline de) ~2 (mon|ma|son|sa) ~1 (mari|femme|chum|blonde|voisin|voisine|frère|soeur|mère|père|fille|fils|coloc)", "(je me suis|me suis) (mélangé|mélangée|mêlé|mêlée|gouré|gourée) ~3 (dans|de|avec) ~2 (les|mes) ~1 (@MED|cachets|pilules|boîtes|médicaments|piluliers|pilulier)", "(pris|avalé) ~4 (celui de mon|celle de mon|ceux de mon|le médicament de|les médicaments de|le mauvais|la mauvaise|les mauvais)", "(confondu|mélangé|je me suis trompé|je me suis trompée) ~3 (@MED|de médicament|de cachet|de boîte)", "(@MED) ~4 (par erreur|sans faire exprès)",
      // les médicaments d'un autre pris à la place des siens
      "(prends|prenais|pris|avalé|avalais|avale) ~5 au lieu (des miens|du mien|de la mienne|des miennes|de mes|de mon|de ma)",
      // un médicament donné par quelqu'un d'autre
      "(@MED|cachets|comprimés|somnifères|xanax|valium) ~3 (qu un|qu une|que mon|que ma) ~1 (pote|ami|amie|copain|copine|voisin|voisine|frère|sœur|cousin|cousine) ~2 (m a|m avait) (filé|filés|filée|filées|donné|donnés|donnée|données|passé|passés|refilé|refilés)"],
    examples: { match: ["j ai mal lu l ordonnance et j en ai pris deux", "je prenais les anciens et les nouveaux en même temps", "je me suis mêlée dans mes pilules à matin", "j ai pris les cachets de mon chum", "j ai pris le cachet de mon mari par erreur", "je me suis trompée de boîte ce matin", "j ai pris deux somnifères qu une copine m a filés", "depuis lundi je prenais les comprimés de ma sœur au lieu des miens"], noMatch: ["j ai bien lu l ordonnance", "je me suis mêlée dans les dates", "je me suis trompée de rue"] },
  },
  {
    // a medicine taken once a week taken every day (or twice a week): methotrexate taken daily is a
    // known cause of fatal poisoning; weekly injections doubled up likewise
    id: "fr.weekly_med_too_often", concept: "dose_schedule_error", category: "medication_problem", severity: "high", experiencer: "any", persists: true,
    when: ["@WEEKLY_MED ~4 @MORE_THAN_WEEKLY", "@MORE_THAN_WEEKLY ~2 (le|la|mon|ma|son|sa) @WEEKLY_MED"],
    examples: { match: ["je prends le méthotrexate tous les matins depuis la nouvelle boîte", "elle fait son ozempic deux fois par semaine pour maigrir plus vite"],
      noMatch: ["le méthotrexate c'est le lundi et l'acide folique le vendredi", "je marche tous les jours au parc"] },
  },
  {
    // two blood thinners at once: an old one not stopped when the new one began
    id: "fr.anticoag_double", concept: "anticoagulant_duplication", category: "medication_problem", severity: "high", experiencer: "speaker", persists: true,
    when: ["(prends|pris|donne|donné|prenait|donnais) ~2 (le|la|l|mon|ma|son|sa) [nouveau|nouvelle|ancien|ancienne|vieux|vieille] @ANTICOAG [nouveau|nouvelle|ancien|ancienne] (et|plus|avec|en plus de) (le|la|l|mon|ma|son|sa) [nouveau|nouvelle|ancien|ancienne|vieux|vieille] @ANTICOAG"],
    examples: { match: ["je lui donne le nouveau xarelto et l'ancien previscan"], noMatch: ["on a remplacé le previscan par l'eliquis"] },
  },
  {
    // sore mouth or mouth ulcers on a medicine that can strip the blood of white cells (methotrexate,
    // carbimazole, clozapine): a warning sign of toxicity. Named in the call, the medicine qualifies
    // it; otherwise (chemotherapy, where mild sores are expected) it is held for review
    id: "fr.mouth_ulcers_toxicity", concept: "mucositis_or_neutropenia", category: "red_flag_symptom", severity: "high", qualifiedInHistory: true,
    when: ["(aphtes|ulcères|ulceres|plaies|boutons|cloques) ~4 (bouche|gencives|langue|lèvres|joues)", "(bouche|gencives|langue) ~3 (à vif|a vif|pleine d aphtes|en sang|saigne|saignent)"],
    qualifiedBy: ["méthotrexate", "methotrexate", "azathioprine", "carbimazole", "néomercazole", "thiamazole", "clozapine", "léflunomide", "leflunomide"],
    examples: { match: ["depuis le méthotrexate j'ai des aphtes plein la bouche", "j'ai la bouche à vif depuis trois jours"], noMatch: ["le dentiste a regardé mes gencives", "je me suis mordu la langue"] },
  },
  {
    // heat on a medicine patch (fentanyl, buprénorphine): the warmth drives the dose in faster
    id: "fr.patch_heat", concept: "dose_schedule_error", category: "medication_problem", severity: "high", experiencer: "speaker", persists: true,
    when: ["(bouillotte|coussin chauffant|couverture chauffante|couverture électrique|compresse chaude|sac magique|bouillotte sèche) ~8 (sur|par dessus|contre|juste sur) ~2 (le|mon|son) (patch|timbre)"],
    examples: { match: ["le soir je mets la bouillotte juste sur le patch pour le dos"], noMatch: ["j enlève le patch avant la douche"] },
  },
  {
    id: "fr.med_ran_out", concept: "medication_supply", category: "medication_problem", severity: "high", persists: true, experiencer: "speaker",
    when: ["(jen ai plus|jai plus de|j ai pu de|j en ai pu|il m en reste pu|reste pu) ~3 (@MED|@MED_PRONOUN)?", "(à court|en panne) de (@MED|médicaments|pilules|cachets|insuline)", "(prescription|ordonnance) ~3 (est échue|échue|a expiré|est finie)", "(pharmacie|pharmacien|pharmacienne) ~6 (en manque|backorder|back order|en commande|n en a pas|en a pas|en a pu)", "(pas les moyens|pas l argent|pas d argent|coûte trop cher) ~5 (@MED|pilules|cachets|médicaments|insuline)", 
      // "plus de" names what ran out; without a medicine after it, it is anything ("plus de saucisson")
      "(plus de|n ai plus de|j ai plus de|j ai pu de|j ai pu d|ai pu de|ai pu d|je suis à court de|à court de|fini mes|terminé mes) ~3 @MED",
      "(il ne me reste plus|il me reste plus|il ne m en reste plus|il m en reste plus|il m en reste pas|il ne m en reste pas|en rupture|fini la boîte|fini ma boîte)",
      "(j|je n) en ai plus ~3 (depuis|de|du tout)?",
      "(assurance|assurances|mutuelle|sécu|sécurité sociale) ~3 (couvre|couvrent|rembourse|remboursent|prend|prennent) ~1 (pas|plus)", "(prescription|ordonnance|renouvellement) ~2 (était finie|est finie|finie|expirée|terminée|pas renouvelée)",
      "(@MED) ~4 (fini|terminé|épuisé|en rupture|plus en stock|il n y en a plus)",
      "(pharmacie|pharmacien) ~5 (n avait pas|n a pas|l avait pas|l a pas|avait pas|a pas|en rupture|plus en stock|pas en stock|pas reçu|pas de stock|n en avait plus|n en a plus|en avait plus|en a plus)",
      "(trop cher|trop chère|pas les moyens|pas remboursé|ne peux pas payer|peux pas payer|coûte trop) ~4 (@MED|@MED_PRONOUN)?",
      "(ordonnance) ~4 (expirée|périmée|plus valable|pas renouvelée|fini)",
    ],
    needsMedicationContext: true,
    examples: { match: ["mes pilules de pression, jen ai plus depuis lundi", "la pharmacie a mon médicament en back order", "j ai pas d argent pour mes médicaments ce mois ci", "mon ordonnance est expirée et je n'ai plus de comprimés", "mes cachets, il ne m'en reste plus depuis hier", "je n ai plus de comprimés depuis vendredi", "la pharmacie était en rupture de mon anticoagulant", "l insuline est trop chère ce mois ci"], noMatch: ["j ai pas d argent pour les vacances", "il n y a plus de lait", "plus de saucisson, plus de fromage, plus rien"] },
  },
  {
    id: "fr.med_stopped", concept: "stopped_medicine", category: "medication_problem", severity: "high", persists: true,
    when: ["(j ai lâché|lâché|j ai laissé faire|laissé faire|j ai cessé|cessé|j ai stoppé|stoppé|j ai tout arrêté|jai arrêté) ~3 (@MED|@MED_PRONOUN|de les prendre|de le prendre|de la prendre|de prendre)", "(je|j) (le|la|les) (prends|prenais) pu ~3 (depuis|parce que|car)?", "je (lai|lais|les ai|lavais) (arrêté|arrêtée|arrêtés|arrêtées|lâché|lâchée|lâchés|laissé tombé|laissée tomber)", "(je lui donne|je leur donne) (plus|pu|pas) ~3 (@MED|ses|son|sa)", "(un jour sur deux|tous les deux jours|la moitié) ~4 (pour que ça dure|pour faire durer|pour économiser|pour étirer)", 
      "(arrêté|arrête|j ai arrêté|j arrête|je ne prends plus|je prends plus|laissé tomber|abandonné) ~3 (@MED|@MED_PRONOUN|de le prendre|de la prendre|de les prendre|de prendre)",
      "(j ai décidé|décidé) ~2 (de ne plus|d arrêter|de réduire|de diminuer|de couper)",
      "(je|j) (l|les) (ai|avais) (arrêté|arrêtée|arrêtés|arrêtées|laissé tomber|stoppé|stoppée|abandonné|abandonnée)",
      "(je|j) (le|la|les) (prends|prenais) (plus|pas) ~3 (depuis|parce que|car)?",
      "(je|j) (l|les) (ai|avais) (plus|pas|jamais) (pris|prise|prises|reprise|repris)",
      "(je coupe|coupé|je prends) ~2 (en deux|la moitié|un demi) ~3 (pour que ça dure|pour faire durer|comprimé|cachet)?",
      "(je le prends|je la prends|je les prends) (seulement|que) ~2 (quand|si)",
    ],
    needsMedicationContext: true,
    examples: { match: ["j ai lâché les pilules de cholestérol", "les gouttes je lai arrêtée lundi passé", "je lui donne plus ses cachets parce qu il dort trop", "je les prends un jour sur deux pour faire durer", "mon comprimé pour la thyroïde, je l ai plus pris depuis lundi", "j ai arrêté la statine à cause des douleurs", "je ne prends plus le diurétique", "je coupe les comprimés en deux pour que ça dure"], noMatch: ["j ai lâché la cigarette", "j ai arrêté de fumer"] },
  },
  {
    id: "fr.contact_request", concept: "doctor_request", category: "doctor_request", severity: "moderate", experiencer: "any", questionMeansHypothetical: false,
    when: ["@CONTACT_VERB"],
    with: ["@CARE_PERSON", "(@WANT|me|m|moi)"],
    window: 10,
    examples: { match: ["jaimerais jaser avec linfirmière", "est ce que le doc peut mappeler", "je veux parler à du vrai monde", "j aimerais que l infirmière me rappelle", "est ce que le docteur peut m appeler aujourd hui", "je voudrais parler à une vraie personne", "je préfère parler au médecin lui même"], noMatch: ["linfirmière m a dit que c était normal", "le médecin m a dit que c était normal"] },
  },

  {
    // une crise telle que la famille la décrit (raide, secousses, bave, yeux révulsés), chaque signe avec un autre
    id: "fr.seizure", concept: "seizure", category: "red_flag_symptom", severity: "urgent",
    when: [
      "(convulsion|convulsions|convulsé|convulse|convulsait|convulser|crise d épilepsie|crise épileptique|crise convulsive|crise comitiale|yeux révulsés)",
      "(raide|raidi|raidie|tout raide|toute raide|crispé|crispée) ~6 (trembl*|secou*|convuls*|répondait (pas|plus)|réagissait (pas|plus)|écume|bave|yeux)",
      "(tremblait|secoué|secouée|secouait|gigotait|tressautait) ~4 (de partout|tout le corps|sans arrêt|sans s arrêter) ~6 (répond*|réagiss*|bave|écume|yeux|pipi|mordu)",
      "(yeux) ~3 (en l air|à l envers|qui roulaient|tournés vers le haut|blancs) ~8 (trembl*|secou*|convuls*|bave|écume|répond*|raide*)",
      "(bave|écume|mousse) ~3 (aux lèvres|à la bouche|de la bouche) ~8 (trembl*|secou*|convuls*|yeux|répond*|par terre|raide*)",
      "(mordu|mordue) la langue ~8 (trembl*|convuls*|crise|secou*|répond*|bave)",
    ],
    examples: {
      match: ["il a fait une convulsion dans son lit", "elle était toute raide et ça tremblait, elle répondait plus", "il avait les yeux révulsés", "de la bave à la bouche et il tremblait par terre"],
      noMatch: ["je tremblais de froid à l arrêt de bus", "il écumait de rage à la bouche"],
    },
  },
  {
    // un choc du défibrillateur implanté
    id: "fr.device_shock", concept: "device_shock", category: "red_flag_symptom", severity: "urgent",
    when: [
      "(défibrillateur|défib|pacemaker|stimulateur|boîtier|appareil du coeur|appareil pour le coeur|dai) ~5 (choc|décharge|s est déclenché|a tiré|m a envoyé|m a choqué|a choqué|coup de jus|secousse)",
      "(choc|décharge|coup de jus|secousse électrique) ~4 (du|de mon|par le|par mon) ~1 (défibrillateur|défib|pacemaker|boîtier|stimulateur|dai)",
    ],
    examples: {
      match: ["mon défibrillateur m a envoyé un choc cette nuit", "j ai reçu une décharge de mon boîtier", "j ai eu comme un coup de jus du défib"],
      noMatch: ["le téléphone est déchargé", "j ai eu un choc en apprenant la nouvelle"],
    },
  },
  {
    // une plaie ou un ulcère qui ne cicatrise pas : infection, circulation, pied diabétique
    id: "fr.wound_not_healing", concept: "wound_not_healing", category: "red_flag_symptom", severity: "high",
    when: ["(ne guérit pas|guérit pas|ne cicatrise pas|cicatrise pas|ne se referme pas|se referme pas|ne ferme pas|ferme pas|toujours ouverte|toujours ouvert|encore ouverte|ne s améliore pas|guérit jamais|cicatrise jamais)"],
    with: ["(plaie|plaies|ulcère|ulcères|escarre|escarres|coupure|blessure|ampoule|bobo|croûte|cloque|petit trou)"],
    window: 14,
    examples: {
      match: ["j ai une plaie au pied qui ne guérit pas depuis un mois", "l ulcère de la cheville ne se referme pas", "la coupure au doigt est toujours ouverte après trois semaines"],
      noMatch: ["la plaie a bien cicatrisé", "le magasin ne ferme pas le dimanche"],
    },
  },
];

export const FR_IDIOMS: readonly IdiomSpec[] = [
  // a thyroid disease name split by speech-to-text ("hypo thyroid"): not a low sugar
  { id: "fr.idiom.hypo_thyroide", when: ["hypo (thyroïdie|thyroide|thyroïde|thyroidie)"], examples: { match: ["je prends le levothyrox pour mon hypo thyroïdie"], noMatch: ["j ai fait une hypo cette nuit"] } },
  { id: "fr.idiom.va_me_tuer", when: ["(régime|diète|travail|boulot|chaleur|ça|cela|ce truc|cette histoire|les enfants|la paperasse) ~2 (va|vont) me tuer", "(régime|diète) sans * ~2 (va|vont) me tuer", "(ça|cela|ce régime|ce travail) me tue"], examples: { match: ["ce boulot va me tuer, je vous jure", "ce travail me tue", "ce régime sans sucre, il va me tuer"], noMatch: ["j ai envie de me tuer"] } },
  { id: "fr.idiom.surprise_et_argent", when: ["(failli|presque) (tomber|tombé|tombée) (de ma chaise|à la renverse|a la renverse)", "(tombé|tombée|tombe) des nues", "(tombé|tombée) de (ma|la) chaise (quand|en)", "(budget|argent|fins de mois) ~2 (serré|serrés|serrée|difficiles|justes)"], examples: { match: ["j ai failli tomber de ma chaise en voyant la facture", "le budget est serré ce mois ci"], noMatch: ["j ai failli tomber dans l escalier"] } },
  { id: "fr.idiom.noms_de_maladie", when: ["fièvre jaune", "rhume des foins", "fièvre typhoïde"], examples: { match: ["il faut le vaccin contre la fièvre jaune"], noMatch: ["j ai de la fièvre depuis hier"] } },
  { id: "fr.idiom.soulagement", when: ["(un poids en moins|ça m enlève un poids|enlève un poids)"], examples: { match: ["ouf, ça m enlève un poids"], noMatch: ["mon poids a augmenté"] } },
  { id: "fr.idiom.casse_tete", when: ["(casse tête|prise de tête)", "(paperasse|formulaire|dossier|ça|c est) ~3 (un mal de tête|une migraine)"], examples: { match: ["ce formulaire est un vrai casse tête"], noMatch: ["j ai mal à la tête"] } },
  { id: "fr.idiom.mourir_de", when: ["(je meurs|mourir|je mourais) (de faim|de soif|d envie|de rire|de chaud|d ennui)"], examples: { match: ["je meurs d envie de revoir la mer"], noMatch: ["j ai envie de mourir"] } },
  { id: "fr.idiom.autres", when: [
    "(numéro de téléphone|numéro de dossier)", "(prise de sang|analyse de sang|analyses de sang|bilan sanguin|analyse d urine)",
    "(tomber amoureux|tombée amoureuse|tombé amoureux|la nuit tombe|la nuit est tombée|ça tombe bien|tombe bien|tombe mal)",
    "(tension au travail|tension au boulot)", "(de tout coeur|de tout cœur|mal au coeur pour|j ai le coeur gros)", "(coup de fil|coup de téléphone)",
    "(ça me fait mal au coeur|ça me fait de la peine)",
    // une visite passée n'est pas une demande : "à la dernière consultation, le Dr..."
    "(dernière|précédente) (consultation|visite)", "(dernier|précédent) (rendez vous|rdv|contrôle)",
  ], examples: { match: ["j ai une prise de sang lundi", "ça tombe bien", "à la dernière consultation il m a baissé la dose"], noMatch: ["je suis tombée"] } },
];
