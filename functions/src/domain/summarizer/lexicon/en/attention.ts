/**
 * English clinical concepts: term classes, concept rules and idioms, in the rule language of
 * ../types.ts. Each rule is one concept of ../CHECKLIST.md, built from body sites, symptoms and
 * qualifiers rather than from sentences; its examples are ours and its unit test runs them.
 */

import type { ConceptRule, IdiomSpec } from "../types";

export const EN_TERMS: Readonly<Record<string, readonly string[]>> = {
  // ----------------------------------------------------------------- people and possession
  MY: ["my", "the", "this", "that", "me", "a", "both", "one", "left", "right", "both my"],
  CANT: ["can't", "cannot", "can not", "couldn't", "could not", "unable to", "not able to", "haven't been able to", "hasn't been able to", "have not been able to", "wasn't able to", "not been able to", "struggl* to", "hard to", "hardly", "barely", "no way i can",
    // regional and spoken forms: Scots "cannae", "ain't able to", "can't seem to"
    "cannae", "canna", "couldnae", "cudnae", "ain't able to", "aint able to", "can't seem to", "cant seem to", "can't even", "cant even", "unable", "not able"],
  // Clinicians and care services who can change a treatment ("the cardiologist cut my dose").
  CLINICIAN: [
    "doctor", "doc", "dr", "doctors", "surgeon", "nurse", "consultant", "specialist", "gp", "physician", "midwife", "pharmacist",
    "practitioner", "provider", "cardiologist", "oncologist", "neurologist", "psychiatrist", "endocrinologist", "nephrologist",
    "rheumatologist", "dermatologist", "urologist", "gynaecologist", "gynecologist", "obstetrician", "paediatrician", "pediatrician",
    "haematologist", "hematologist", "gastroenterologist", "pulmonologist", "team", "ward", "hospital", "clinic", "they",
  ],
  CARE_PERSON: [
    "doctor", "doc", "dr", "doctors", "surgeon", "nurse", "nurses", "consultant", "specialist", "gp", "physician", "cardiologist",
    "midwife", "someone", "somebody", "anyone", "anybody", "person", "human", "human being", "team", "clinic", "office", "practice",
    "care team", "on call", "oncologist", "dietitian", "pharmacist", "provider", "practitioner", "staff", "receptionist",
    "worker", "key worker", "keyworker", "social worker", "care coordinator", "case manager", "counsellor", "counselor",
    "therapist", "psychiatrist", "health visitor", "district nurse",
    "medic", "medics", "dietician", "physio", "physiotherapist", "podiatrist", "psychologist", "cpn", "crisis team", "locum", "registrar", "out of hours",
    "ambulance", "paramedic", "paramedics",
  ],
  // ----------------------------------------------------------------- body sites
  CHEST: ["chest", "breastbone", "breast bone", "sternum", "rib cage", "heart area", "chest bone", "breastplate", "breast plate", "chest wall"],
  HEAD: ["head", "temples", "forehead", "skull"],
  LEG: ["leg", "legs", "calf", "calves", "thigh", "thighs", "shin", "shins"],
  CALF: ["calf", "calves", "back of my leg", "back of the leg", "back of my knee", "calf muscle", "back of my calf", "back of me leg", "behind my knee", "behind the knee", "back of the knee"],
  LOWER_LIMB: ["ankle", "ankles", "feet", "foot", "leg", "legs", "shins", "lower legs", "toes", "calves", "insteps", "tops of my feet", "legs and feet"],
  ARM: ["arm", "arms", "hand", "hands", "shoulder", "jaw", "neck", "back"],
  LIMB: ["arm", "arms", "leg", "legs", "hand", "hands", "foot", "feet", "fingers", "toes", "finger", "toe"],
  BELLY: ["belly", "stomach", "tummy", "abdomen", "abdominal", "gut", "tum", "lower belly", "side", "guts", "insides", "abdo", "belly button", "bellybutton", "stomache"],
  FACE_PART: ["face", "mouth", "smile", "lip", "eyelid", "one side of my face", "cheek", "lips", "corner of my mouth", "side of my mouth", "side of his face", "side of her face", "side of me face"],
  AIRWAY_PART: ["lips", "lip", "tongue", "throat", "face", "eyelids", "mouth", "eyes", "windpipe"],
  EYE: ["eye", "eyes", "vision", "sight", "eyesight"],
  WOUND: [
    "wound", "wounds", "incision", "incisions", "cut", "scar", "stitches", "sutures", "staples", "dressing", "dressings",
    "bandage", "site", "port site", "drain site", "steri strips", "strips", "graft", "stoma", "line site", "picc", "op site",
    "stitch", "stiches", "clips", "op wound", "operation wound", "operation site", "surgical site", "surgery site", "keyhole", "scab", "laceration", "skin graft",
  ],
  URINE: ["pee", "peeing", "wee", "urine", "urinate", "urinating", "water", "bladder", "catheter", "bag", "piss", "pissing", "weeing", "wees", "pees", "wee wee", "pee pee", "peepee", "widdle", "tinkle", "waterworks"],
  STOOL: ["stool", "stools", "poo", "poop", "bowel movement", "bowel movements", "motions", "number two", "back passage", "poos", "poops", "bm", "bms", "number twos", "bowels", "doo doo", "poopoo", "poo poo"],
  // ----------------------------------------------------------------- symptoms
  PAIN: [
    "pain", "pains", "painful", "hurt", "hurts", "hurting", "ache", "aches", "aching", "achy", "sore", "soreness", "discomfort",
    "agony", "tender", "throb*", "stabbing", "sharp", "burning", "cramp", "cramps", "cramping",
    // spoken forms: Indian English "paining", UK "giving me gyp", "killing me" (only ever read next to a body site)
    "paining", "pained", "hurted", "hurtin", "achin", "burns", "killing me", "murdering me", "giving me gyp", "giving me jip", "searing", "gnawing",
  ],
  PRESSURE: ["pressure", "tight", "tightness", "heavy", "heaviness", "squeez*", "crush*", "pressing", "clamp*", "band", "vice", "weight", "tightening", "tightened", "constrict*", "squashing", "squashed", "gripping", "clenching", "clenched"],
  SWELL: ["swollen", "swelling", "swelled", "swell*", "puffy", "puffier", "puffed up", "puffed", "bloated", "ballooned", "fat", "fatter", "bigger", "huge", "tight", "more swollen",
    // how people say it: "swole up" (US), "blown up", "up like balloons", "full of water", "retaining fluid"
    "swole", "blown up", "blew up", "puffing up", "like balloons", "like a balloon", "like tree trunks", "like elephant*", "like footballs", "like sausages",
    "full of water", "full of fluid", "water retention", "fluid retention", "oedema", "edema"],
  RED_HOT: ["red", "redness", "hot", "warm", "inflamed", "angry", "purple", "hard", "shiny"],
  DISCHARGE: [
    "pus", "puss", "ooz*", "leak*", "weep*", "seep*", "discharg*", "drain*", "goo", "gooey", "gunk", "gunky", "mucky", "slimy", "crust*",
    "yellow*", "green*", "cloudy", "smell*", "stink*", "whiff", "nasty smell", "fluid",
    // UK and Scots smell words, "gunge", "manky"
    "pong*", "reek*", "minging", "mingin", "rank", "gunge", "gungy", "muck", "manky", "festering", "fester*",
  ],
  OPENING: ["opening", "opened", "open", "gaping", "gap", "split*", "coming apart", "came apart", "pulling apart", "come undone", "bust open", "burst open",
    "burst", "busted", "popped open", "pulled open", "came undone", "come apart", "unzipped", "given way", "gave way", "come away", "came away"],
  BREATHE: ["breathe", "breath", "breathing", "catch my breath", "get my breath", "get air", "get enough air", "get a breath", "catch me breath", "get me breath", "draw breath", "draw a breath", "get a breath in", "get any air", "get air in"],
  BREATHLESS: ["short of breath", "shortness of breath", "out of breath", "breathless*", "winded", "puffed out", "puffing", "gasping", "wheez*", "can't get my breath", "short winded",
    // speech-to-text and regional: "short of breathe", "out of puff", "no puff", "huffing and puffing", Australian "I'm puffed"
    "short of breathe", "shortness of breathe", "short of wind", "out of wind", "out of puff", "no puff", "lost my puff", "huffing and puffing", "huff and puff",
    "panting", "air hunger", "tight chested", "(i'm|im|i am|i get|i got|getting|gets|get) [so|really|that|totally|completely|dead] puffed !(up)", "breath is short", "short breath"],
  NUMB: ["numb", "numbness", "tingl*", "pins and needles", "dead", "no feeling", "can't feel", "numbed", "deadness", "gone dead", "pins n needles", "prickl*", "no sensation", "lost the feeling", "lost feeling", "cannae feel"],
  WEAK: ["weak", "weakness", "heavy", "droop*", "droop", "limp", "floppy", "useless", "paralys*", "gave way", "giving way", "won't work", "weakened", "no strength", "lost strength", "lost the strength", "like jelly", "gone to jelly", "gave out", "dead weight", "won't move", "wont move"],
  DIZZY: ["dizz*", "light headed", "lightheaded*", "woozy", "giddy", "spinning", "vertigo", "off balance", "unsteady",
    "whoozy", "swimmy", "swimmy headed", "muzzy", "muzzy headed", "faint headed", "head is spinning", "head's spinning", "head spinning", "head swimming", "head's swimming",
    "off kilter", "giddiness", "losing my balance", "lose my balance", "lost my balance", "wobbly on my feet", "unsteady on my feet"],
  VOMIT: ["vomit*", "throw* up", "threw up", "being sick", "been sick", "puk*", "sick up", "bring* up", "retch*", "spew*", "chuck* up", "barf*", "upchuck*", "boak*", "boke", "boking", "vomming"],
  BLEED: ["bleed*", "blood", "bloody", "bled"],
  FEVER: [
    "fever*", "feverish", "temperature", "temp", "chills", "chilly", "rigors", "shivers", "shivering", "shivery", "shaking",
    "hot and cold", "cold and hot", "burning up", "night sweats", "sweats", "clammy",
    "febrile", "pyrexi*", "boiling hot", "burning hot", "roasting hot", "sweating cobs", "cold sweat", "cold sweats", "teeth chattering",
  ],
  RASH: ["rash", "rashes", "hives", "welts", "blotch*", "spots", "blister*", "peeling", "itchy bumps", "bumps", "nettle rash", "urticaria", "lumps all over", "bumps all over"],
  VISION_SIGN: [
    "curtain", "shadow", "veil", "shade", "dark patch", "black spot", "dark spot", "grey patch", "flash*", "floaters",
    "specks", "cobweb*", "blurr*", "blurry", "double vision", "seeing double", "halos",
    "zigzag*", "zig zag*", "sparkl*", "wavy lines", "tadpoles",
  ],
  MOOD_LOW: ["low", "down", "flat", "empty", "miserable", "numb", "hopeless", "worthless", "useless", "depressed", "sad", "alone", "lonely", "dark",
    "tearful", "teary", "weepy", "blue", "anxious", "panicky", "on edge", "bleak", "wretched", "in despair", "despairing", "low in myself", "down in myself", "in the dumps", "down in the dumps"],
  // ----------------------------------------------------------------- qualifiers
  SEVERE: [
    "severe", "severely", "terrible", "terribly", "awful", "horrible", "horrendous", "unbearable", "excruciating", "agonising",
    "agonizing", "intense", "crippling", "worst", "killing me", "really bad", "so bad", "very bad", "real bad", "bad", "massive",
    "crushing", "splitting", "blinding", "a lot of", "lots of", "loads of", "extreme", "extremely", "really", "so much",
    // spoken and regional intensifiers: UK "something chronic", Irish "desperate", "savage", "brutal", US "wicked bad"
    "something chronic", "something shocking", "something awful", "something terrible", "something fierce", "shocking", "wicked bad", "proper bad", "well bad",
    "dead bad", "desperate", "brutal", "savage", "murder", "torture", "like hell", "like mad", "like crazy", "ferocious", "vicious", "fierce", "dreadful",
    "dreadfully", "nasty", "raging", "stonking", "almighty", "hellish", "off the charts", "off the scale", "through the roof", "ten out of ten", "can't bear it", "cant bear it",
  ],
  WORSE: [
    "worse", "worsening", "getting worse", "gotten worse", "got worse", "more and more", "increasing", "spreading", "spread",
    "growing", "bigger", "higher", "keeps getting", "not getting better", "no better", "not improving", "more than before",
    "more than usual", "worse than", "heavier", "more ~3 than (usual|normal|before|ever|last week|yesterday)",
    "worser", "worse and worse", "much worse", "way worse", "gone downhill", "going downhill", "taken a turn", "took a turn for the worse", "deteriorat*",
    "flared up", "flaring up", "more often", "more frequent", "doubled", "getting bad", "gotten bad",
  ],
  NEW: [
    "new", "started", "start*", "came on", "come on", "just", "appeared", "popped up", "first time", "never had", "since yesterday",
    "since last night", "since this morning", "since monday", "since the weekend", "this morning", "today", "yesterday",
    "last night", "tonight", "overnight", "since", "now", "at the moment", "right now",
    "never had (this|that|it|one) before", "never felt", "never been like this", "not normal for me", "not usual for me", "unusual for me", "out of character",
    "this afternoon", "this evening", "earlier today", "since lunch", "since lunchtime", "since teatime", "since tea", "since breakfast", "since dinner", "since supper", "brand new",
  ],
  SUDDEN: ["sudden", "suddenly", "all of a sudden", "out of nowhere", "out of the blue", "came on fast", "all at once", "in seconds",
    "outta nowhere", "from nowhere", "out the blue", "just like that", "without warning", "no warning", "came on quick*", "came on sudden", "like a bolt", "like a thunderclap",
    "in an instant", "within minutes", "in minutes", "hit me like"],
  PERSISTENT: [
    "won't go", "won't go away", "not going away", "doesn't go away", "won't stop", "wont stop", "not stopping", "hasn't stopped",
    "keeps", "keep", "kept", "constant", "constantly", "all day", "all night", "all the time", "for days", "for hours", "non stop",
    "nonstop", "every day", "still", "days now", "for a week", "since", "ongoing", "on and off", "every night",
    "won't settle", "not settling", "won't ease", "not easing", "won't shift", "won't budge", "still there", "still going", "all morning", "all afternoon", "all evening",
    "all week", "for ages", "ages now", "day and night", "round the clock", "twenty four seven", "the whole day", "the whole night", "every single day", "keeps coming back",
    "for (@NUM|several|a few|a couple of|couple of) (days|hours|weeks|nights)", "continuous*", "relentless",
  ],
  AT_REST: ["at rest", "resting", "sitting still", "sitting down", "lying down", "in bed", "doing nothing", "talking", "getting dressed", "at night", "wakes me", "woke me",
    "sat down", "sat still", "sat in my chair", "sitting in my chair", "watching (tv|telly|the telly|television)", "laying down", "laying in bed", "lying in bed", "not doing anything",
    "just sitting", "sitting here", "sat here", "on the sofa", "on the couch", "in the night", "during the night", "having a wash", "getting washed", "in the shower", "eating", "speaking"],
  // ----------------------------------------------------------------- medicines
  MED_NOUN: [
    "infusion", "infusions",
    "pill", "pills", "tablet", "tablets", "meds", "medication", "medications", "medicine", "medicines", "dose", "doses", "dosage",
    "insulin", "injection", "injections", "shot", "shots", "jab", "jabs", "inhaler", "inhalers", "puffer", "puffers", "reliever", "relievers", "patch", "patches",
    "drops", "eye drops", "capsule", "capsules", "prescription", "prescriptions", "script", "refill", "refills", "antibiotic*",
    "painkiller*", "pain killers", "pain pills", "pain meds", "water pill*", "blood thinner*", "thinners", "sleeping pill*",
    "steroid*", "bolus", "basal", "units", "pen", "pens", "vial", "vials", "cartridge*", "nebuli*", "spray", "cream",
    "chemo", "chemo tablets", "supplement*", "drop", "heart pills", "blood pressure pills", "blood pressure tablets", "sugar pills",
    "water tablets", "diuretic*", "statin*", "antidepressant*", "ones", "milligram", "milligrams", "mg", "mcg", "micrograms",
    "vitamin*", "multivitamin*", "folic acid", "folate", "iron", "b12", "prenatal*", "probiotic*", "laxative*",
    // Nigerian and Indian English "my drugs" (medicines), possessed so that street drugs stay out; other forms
    "my drugs", "me drugs", "his drugs", "her drugs", "medecine", "medicen", "medicines", "pessary", "pessaries", "suppository", "suppositories", "sachet", "sachets",
    "syrup", "linctus", "eyedrops", "anti sickness", "antisickness", "diabetes tablets", "diabetic tablets", "thyroid tablets",
  ],
  DRUG: [
    "hydroxyurea", "hydroxycarbamide",
    "hydrocortisone", "fludrocortisone", "cortisone",
    "warfarin", "coumadin", "eliquis", "apixaban", "xarelto", "rivaroxaban", "dabigatran", "pradaxa", "heparin", "clexane",
    "enoxaparin", "lovenox", "aspirin", "clopidogrel", "plavix", "ticagrelor", "brilinta", "metformin", "glipizide",
    "gliclazide", "insulin", "lantus", "levemir", "tresiba", "novorapid", "humalog", "ozempic", "semaglutide", "trulicity",
    "jardiance", "farxiga", "januvia", "lisinopril", "ramipril", "enalapril", "losartan", "valsartan", "entresto",
    "amlodipine", "nifedipine", "metoprolol", "bisoprolol", "carvedilol", "atenolol", "propranolol", "furosemide", "lasix",
    "bumetanide", "torsemide", "spironolactone", "eplerenone", "hydrochlorothiazide", "digoxin", "amiodarone", "atorvastatin",
    "simvastatin", "rosuvastatin", "levothyroxine", "synthroid", "thyroxine", "allopurinol", "colchicine", "prednisone",
    "prednisolone", "dexamethasone", "methotrexate", "tamoxifen", "letrozole", "capecitabine", "oxycodone", "oxy", "percocet",
    "tramadol", "codeine", "morphine", "hydrocodone", "vicodin", "gabapentin", "pregabalin", "lyrica", "sertraline",
    "fluoxetine", "citalopram", "escitalopram", "lexapro", "zoloft", "prozac", "venlafaxine", "mirtazapine", "lithium",
    "quetiapine", "olanzapine", "risperidone", "lamotrigine", "levetiracetam", "keppra", "valproate", "carbamazepine",
    "phenytoin", "omeprazole", "pantoprazole", "lansoprazole", "tylenol", "acetaminophen", "paracetamol", "ibuprofen",
    "advil", "motrin", "naproxen", "aleve", "amoxicillin", "augmentin", "cephalexin", "keflex", "doxycycline",
    "ciprofloxacin", "nitrofurantoin", "trimethoprim", "albuterol", "salbutamol", "ventolin", "symbicort", "seretide",
    "advair", "spiriva", "montelukast", "nitro", "nitroglycerin", "gtn", "glucagon", "tacrolimus", "mycophenolate",
    "cyclosporine", "adalimumab", "humira", "epipen", "alendronate", "fosamax", "finasteride", "tamsulosin", "flomax",
    "latanoprost", "timolol", "zopiclone", "zolpidem", "melatonin", "sumatriptan", "ondansetron", "zofran", "senna",
    "lactulose", "iron tablets", "potassium", "ferrous", "vitamin d", "calcium",
    // UK and US brand and old names, and speech-to-text mishearings of the names above
    "frusemide", "frusamide", "furosamide", "lasics", "warfrin", "wafarin", "elliquis", "eloquis", "eliquus", "zarelto", "xeralto", "zeralto", "rivaroxiban", "apixiban",
    "metforman", "metphormin", "lisinipril", "amlodopine", "amlodapine", "bisoprolal", "bizoprolol", "atorvastin", "simvastin", "clopidogrol", "clopidigrel",
    "co codamol", "cocodamol", "solpadeine", "oramorph", "oxynorm", "oxycontin", "zapain", "levothyroxin", "thyroxin", "setraline", "pregablin", "gabapenten",
    "novomix", "humulin", "lantis", "toujeo", "fiasp", "victoza", "mounjaro", "tirzepatide", "wegovy", "rybelsus", "forxiga", "valium", "xanax", "ativan",
    "salbutomol", "ventalin", "venalin", "nurofen", "panadol", "calpol", "pred",
  ],
  /** Drug names no list has, known by the endings of their international names. */
  DRUG_SHAPE: ["*salazine", "*salamine", 
    "*pril", "*sartan", "*olol", "*dipine", "*statin", "*semide", "*thiazide", "*xaban", "*gatran", "*parin", "*gliptin",
    "*gliflozin", "*glutide", "*formin", "*prazole", "*tidine", "*oxetine", "*afaxine", "*triptan", "*azepam", "*zolam",
    "*codone", "*morphone", "*phine", "*mab", "*tinib", "*cycline", "*cillin", "*floxacin", "*mycin", "*azole", "*clovir", "*navir", "*gravir", "*buvir", "*fovir", "*tamivir", "*previr", "*asvir",
    "*lukast", "*sone", "*solone", "*tadine", "*setron", "*dronate", "*profen", "*coxib", "*pramine", "*tyline", "*peridone",
    "*apine", "*trigine", "*tiapine", "*osin", "*steride", "*caine", "*barbital", "*ximab", "*zumab",
  ],
  NSAID: ["ibuprofen", "advil", "motrin", "nurofen", "naproxen", "aleve", "diclofenac", "voltaren", "voltarol", "celecoxib", "meloxicam", "anti inflammator*", "antiinflammator*", "nsaid*", "*profen", "*coxib",
    "brufen", "neurofen", "ibuprofin", "ibuprophen", "iboprofen", "ibruprofen", "naprosyn", "naproxin", "mobic", "arthrotec", "indomethacin", "indocin", "etoricoxib", "arcoxia", "celebrex", "diclo", "dichlofenac", "diclofenic"],
  ANTICOAG: ["warfarin", "coumadin", "jantoven", "apixaban", "eliquis", "rivaroxaban", "xarelto", "edoxaban", "dabigatran", "pradaxa", "heparin", "enoxaparin", "clexane", "lovenox", "blood thinner*", "thinners", "anticoagulant*", "*xaban", "*gatran",
    "warfrin", "wafarin", "elliquis", "eloquis", "eliquus", "zarelto", "xeralto", "zeralto", "rivaroxiban", "apixiban", "pradexa", "lixiana", "savaysa", "blood thinning"],
  /** Medicines whose blood level is measured: a level that is high or toxic is reported. */
  LEVEL_DRUG: ["lithium", "priadel", "digoxin", "lanoxin", "tacrolimus", "prograf", "advagraf", "cyclosporin*", "ciclosporin", "sirolimus", "everolimus", "phenytoin", "dilantin", "valproate", "depakote", "carbamazepine", "tegretol", "phenobarbital", "theophylline", "vancomycin", "gentamicin"],
  /** A quick-relief (rescue) inhaler, by name or by its colour. */
  RELIEVER: ["blue inhaler", "blue one", "blue pump", "blue puffer", "reliever", "ventolin", "salbutamol", "albuterol", "airomir", "proair", "puffer", "rescue inhaler", "inhaler", "pump", "nebuli*", "neb",
    "salamol", "easyhaler", "salbutomol", "ventalin", "venalin", "the blue", "my blue"],
  MED: ["@MED_NOUN", "@DRUG", "@DRUG_SHAPE", "@LEVEL_DRUG", "blood pressure ones", "heart ones"],
  /** What a dose is said as, when the medicine was named before: "took it", "missed one". */
  MED_PRONOUN: ["it", "them", "one", "those", "these", "that", "any", "the lot", "both"],
  TAKE: ["take", "took", "taken", "taking", "had", "have", "used", "use", "using", "inject*", "gave myself", "give myself", "did", "done", "put in", "bolus*", "swallowed", "popped", "necked", "downed", "knocked back"],
  // ----------------------------------------------------------------- numbers
  NUM: [
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen", "twenty",
    "thirteen", "fourteen", "sixteen", "seventeen", "eighteen", "nineteen", "thirty", "a dozen", "dozen", "half a dozen",
    "a few", "a couple of", "couple of", "several", "a couple", "half a", "half an", "a", "an", "#",
  ],
  /** "Many" times: four or more (twice a day is a normal use of a reliever). */
  MANY: ["four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen", "twenty", "4", "5", "6", "7", "8", "9", "10", "11", "12", "15", "20", "loads of", "so many", "lots of",
    "thirteen", "fourteen", "sixteen", "seventeen", "eighteen", "nineteen", "thirty", "a dozen", "dozen", "half a dozen", "umpteen", "countless", "heaps of", "tons of", "hundreds of"],
  // ----------------------------------------------------------------- requests
  CONTACT_VERB: [
    "call", "ring", "phone", "contact", "speak", "talk", "chat", "have a word", "see", "visit", "get in touch", "come out to", "come round to", "come over to", "come and see", "home visit", "send someone", "get back to", "reach",
    "text", "message", "email", "callback", "call back", "appointment", "consult*", "check on", "look at", "examine", "put me through", "put me thru", "transfer me", "connect me", "pass me over", "pass me on", "patch me through",
    // UK "give me a bell", US South "holler at me"
    "give me a bell", "give us a bell", "give me a shout", "give me a tinkle", "buzz me", "holler", "get hold of", "reach out", "touch base", "house call", "call round", "come round",
  ],
  WANT: [
    "want", "wanted", "wanna", "need", "needed", "would like", "i'd like", "like to", "love", "prefer", "rather", "hoping",
    "hope", "please", "can", "could", "would", "will", "may", "get", "have", "ask", "asking", "request", "arrange", "book",
    "can't i", "cant i", "couldn't i", "couldnt i", "can't you", "cant you", "couldn't you", "couldnt you", "can't someone", "couldn't someone", "can't somebody", "couldn't somebody",
    "make", "is there", "any chance", "possible", "put me through", "transfer me", "connect me", "let me", "i'd",
  ],
};

export const EN_RULES: readonly ConceptRule[] = [
  // ================================================================== cardiac and breathing
  {
    id: "en.chest_pain", concept: "chest_pain", category: "red_flag_symptom", severity: "urgent",
    when: [
      "@CHEST ~3 (@PAIN|@PRESSURE)",
      "(@PAIN|@PRESSURE) ~4 (in|on|across|around|behind|under|through|into|over|at) ~4 @CHEST",
      "(elephant|weight|brick|bricks|anvil|truck|boulder|something|someone) ~3 (sitting|sat|standing|pressing|pushing|lying|crushing|squashing|parked|resting|pushing down|on top) ~1 (on|of) [my] (chest|me)",
      "(band|vice|vise|belt|strap) ~2 (around|round|across) [my] chest",
      "(heart attack|angina)",
      "(@PAIN|@PRESSURE) ~5 (spread*|going|goes|went|radiat*|shoot*|travel*) ~2 (down|into|up|to) [my] [left] (arm|jaw|neck|back|shoulder)",
      // the chest named as "me"/"ma" chest, or something heavy said as a simile: "like someone's kneeling on me chest"
      "(@PAIN|@PRESSURE) ~4 (in|on|across|round|behind) (me|ma|mah|mi) chest",
      "(like|as if|as though) ~6 (sitting|sat|standing|stood|pressing|crushing|squashing|squeezing|stamping|kneeling|parked|lying|a weight) ~1 on [top of] (my|me|ma|the) chest",
      // the heart as the place of the pain (Indian and older speakers): "pain in my heart", "my heart is paining"
      "(pain|pains|paining|ache|aching|pressure|tightness) (in|around|round|near|over) [my|me|the] heart",
      "heart (pain|pains|is paining|is hurting|hurts|hurting) !(for|over|about)",
      "(squeez*|crushing|gripping|clenching) ~2 [my|me] heart",
      // needing the angina spray is itself a sign of chest pain now
      "(used|using|took|taken|had to (use|take)|sprayed|needed (to use|to take)) ~3 (gtn|nitro|nitroglycerin*|angina spray|spray under my tongue|tablet under my tongue|pill under my tongue)",
    ],
    examples: {
      match: [
        "there's a tight feeling across my chest when I climb the hill",
        "my chest has been aching on and off since lunch",
        "it feels like a truck is parked on my chest",
        "the pain goes down into my left arm",
        "me chest is paining since morning",
        "it's like someone is kneeling on my chest",
        "I've got a pain in my heart since lunch",
        "I had to use my GTN spray twice this morning",
        "my chest is killing me",
      ],
      noMatch: ["my chest of drawers fell over", "I bought a chest freezer", "the scar on my knee itches", "I need a new GTN spray from the chemist", "my heart hurts for my sister since the funeral"],
    },
  },
  {
    id: "en.breathing_severe", concept: "breathlessness", category: "red_flag_symptom", severity: "urgent",
    when: [
      "@CANT ~2 @BREATHE",
      "(trouble|difficulty|problems|problem|struggling|struggle|hard time|fighting|labored|laboured) ~2 (@BREATHE|breath*)",
      "(gasping|fighting) [for] (air|breath)",
      // "grasping for air" is how speech-to-text often writes "gasping"
      "(gasping|grasping|gulping|heaving|panting|struggling|labouring|laboring|straining|desperate|hungry) (for|at) [a] (air|breath|breathe|oxygen)",
      "(not getting|never getting|can't get|cannot get|cannae get) ~1 (enough|any) (air|oxygen|breath)",
      "@CANT ~2 (fill|get air into|expand) (my|me|his|her) lungs",
      "(lungs|airways|windpipe) ~3 (closing|closing up|shutting|shutting down)",
      "too (breathless|short of breath|out of breath|puffed|winded|wheezy) to (talk|speak|walk|move|eat|get up|finish|say|lie down)",
      "(breathing|panting|puffing) like a (steam train|train|dog|fish out of water)",
      "(stopped|stops|stopping|keeps stopping) breathing !(exercise*|through|in)",
      "(like) ~2 (drowning|suffocating|smothering|being smothered|breathing through a straw)",
      "(lips|fingers|fingertips|face|mouth|tongue) ~2 (turning|turned|going|gone|went|are|is|look|looks|looking) ~2 (blue|bluey|bluish|blueish|grey|gray|purple|dusky)",
      "(blue|bluey|bluish|grey|gray) (round|around) (the|his|her|my|me) (lips|mouth)",
      "(@CANT|can't) (finish|get through|say) ~2 (sentence|sentences|words|a sentence)",
      "(@CANT|can't) [really|even] (get|speak|talk in) ~2 (sentence|sentences) [out]",
      "(breathing|breath) ~2 (rattly|rattling|bubbly|gurgl*|noisy|fast|rapid|shallow)",
      "(stop|stops|stopping|stopped) ~3 (take|get|catch|for) ~2 breath ~4 (talking|sentence|speaking|a sentence|middle)",
    ],
    examples: {
      match: ["I can barely breathe when I lie down", "I'm having trouble with my breathing tonight", "my lips went a bit blue", "I can't finish a sentence without stopping", "I can't even get a full sentence out",
        "I was grasping for air on the landing", "I'm not getting enough air in", "I'm too puffed to talk", "he stopped breathing for a few seconds in his sleep", "she's gone bluish round the lips", "I cannae get me breath"],
      noMatch: ["I breathe fine", "the breathing exercises are boring", "I held my breath at the scan", "I stopped breathing exercises when I felt better", "my nails are painted blue"],
    },
  },
  {
    id: "en.breathless", concept: "breathlessness", category: "red_flag_symptom", severity: "high",
    when: ["@BREATHLESS", "(breathing|breath) ~3 (worse|harder|heavier|tighter|faster|shorter|funny|off)",
      // "bad breath" is halitosis: only the breathing is bad
      "breathing ~3 (bad|terrible|awful|dreadful|rough|shocking|poor|laboured|labored|heavy|wheezy|tight|hard work|an effort|a struggle|not right|not good|rubbish|crap)"],
    qualifiedBy: ["@WORSE", "@NEW", "@SUDDEN", "@AT_REST", "@SEVERE", "@PERSISTENT", "(can't|cannot) (walk|talk|sleep|lie|do)", "(few|couple of) (steps|stairs)", "room", "bathroom", "toilet", "kitchen",
      "(few|couple of|handful of) (yards|metres|meters|feet|paces)", "(end of the|across the|to the) (bed|garden|drive|road|room|door|front door|letterbox|mailbox|car)", "(washing|dressing|showering|eating|talking)", "on the flat"],
    examples: {
      match: ["I get short of breath walking to the kitchen", "I'm breathless even sitting down", "my breathing feels worse than yesterday", "I'm winded just walking to the letterbox",
        "I've been out of puff all day today", "I'm puffed out sat in my chair", "my breathing has been terrible since last night", "I get puffed just getting washed"],
      noMatch: ["I did the breathing exercises", "breath mints", "my husband says I have bad breath", "my ankles puffed up in the heat"],
    },
  },
  {
    id: "en.orthopnoea", concept: "breathlessness", category: "red_flag_symptom", severity: "high",
    when: [
      "@CANT ~3 (lie|lay|lying|laying|sleep|sleeping) ~2 flat",
      "(sleep|sleeping|slept|sitting|sit|sat|propped) ~4 (pillows|upright|in a chair|in the chair|in my chair|recliner|sitting up|propped up)",
      "(extra|more|another|three|four|3|4) (pillows|pillow)",
      "(wake|woke|woken|waking|wakes|waken) ~6 (gasping|breathless|short of breath|can't breathe|choking|coughing|fighting for breath|out of breath|wheez*|struggling to breathe)",
      "(sit|sat|sitting) ~3 (edge of the bed|up in bed|by the window|at the window) ~6 (breath|breathe|air)",
      "(lie|lay|lying|laying) (down|flat) ~4 (breathless|short of breath|can't breathe|cough*|choking|drowning)",
    ],
    examples: {
      match: ["I've been sleeping in the recliner because I can't lie flat", "I need three pillows now or I start coughing", "I woke up gasping twice last night"],
      noMatch: ["I lie flat on my back to sleep", "I bought new pillows for the guest room"],
    },
  },
  {
    id: "en.syncope", concept: "syncope", category: "red_flag_symptom", severity: "urgent", passingDoesNotResolve: true,
    when: [
      "(passed|passing|blacked|blacking|conked|keeled|zonked) out", "(keel|keels|keeled|keeling) over",
      "(fainted|fainting|faintness|fainting spell)",
      "(felt|feel|feeling|feels|went|go|going|got|came|come|coming|comes|turned|turning) [over] [really|very|a bit|quite|all|dead|proper] (faint|faintish)",
      "(nearly|almost|about to|going to|gonna|thought i was going to|felt like i would|felt like i was going to) ~1 (faint|pass out|black out|collapse|keel over|hit the floor|go down|drop|swoon)",
      "(collapsed|collapsing|collapse)",
      "(lost|losing) consciousness",
      "(came|come|woke) (to|up|round|around) ~3 (floor|ground)",
      // present-tense and spoken forms: "I just pass out", "I had a blackout", "I came round on the lino"
      "(i|i'll|he|she|just|keep|keeps|always|sometimes|then|and) (pass|passes|black|blacks|conk|conks) out",
      "(had|having|have|another|a few|some|been having|keep having) ~2 (blackout|blackouts|black outs|blank outs|fainting fits|faints|dizzy do)",
      "(crumpled|crumpling|slumped|slumping|slid|sliding|keeled) ~2 (to|on|onto|down on) the (floor|ground)", "(just|suddenly|she|he|i) (dropped|dropping) (to|onto|down on|on) the (floor|ground)",
      "(dropped|went down|fell) like a (stone|sack of (spuds|potatoes)|ton of bricks|rock|sack)",
      "next thing (i knew|i know|i remember) ~4 (floor|ground|lying|ambulance|paramedics|on the)",
      "(went|was|been|found (him|her|me)) (unconscious|unresponsive|out cold)",
      "(syncope|syncopal|vasovagal|vaso vagal|swooned|swooning)",
      "(greyed|grayed|whited) out",
      "(everything|it all|vision|sight|room|world|screen) ~3 (went|go|goes|going|turned|turning|gone) ~2 (grey|gray|black|dark|white|fuzzy|blank|dim)",
      "(legs|knees) ~2 (gave way|buckled|went from under|gave out)",
    ],
    examples: {
      match: ["I keeled over in the queue at the shop", "I passed out in the shower", "I nearly fainted at the bus stop", "everything went grey and I had to sit down", "my knees just buckled under me",
        "I came over all faint in the kitchen", "I had a blackout on the stairs", "she just slumped to the floor", "I went down like a sack of potatoes", "next thing I knew I was lying on the floor", "I came round on the floor of the bathroom", "I sometimes just black out when I stand"],
      noMatch: ["the faint smell of paint", "I passed the exam", "the writing is a bit faint", "we bought blackout blinds for the baby", "they pass out leaflets at the clinic", "I dropped my keys on the floor"],
    },
  },
  {
    id: "en.palpitations", concept: "palpitations", category: "red_flag_symptom", severity: "high",
    when: [
      "heart ~3 (going fast|going so fast|going too fast|going quick|beating quick|going like the clappers)",
      // UK "going ninety to the dozen", "like a train", "doing flips"; "ticker" and "pulse" for the heart
      "(heart|hearts|ticker|heartbeat|heart beat|heart rate|pulse) ~3 (going (ninety|nineteen|ten) to the dozen|going like a train|like a train|beating out of my chest|out of my chest|doing (flips|flip flops|somersaults|cartwheels|backflips)|flip flop*|flipping|somersault*|missing a beat|skipping beats|dropping beats|extra beats|all over the shop|out of whack|tripping|stuttering|stumbling|misfiring|going mental|going nuts|going berserk|haywire|going wild|thudding|drumming|racing|pounding|hammering|banging|thumping|galloping|fluttering|irregular|erratic|all over the place)",
      "(heart|heartbeat|pulse) ~3 in (my|me) (throat|ears|neck)",
      "(fluttering|flutter|flutters|thumping|pounding|racing|banging|hammering) ~2 in (my|me) (chest|throat|neck)",
      "(fast|rapid|racing|galloping|irregular|erratic|funny|skipping|jumpy) (heartbeat|heart beat|heart rate|pulse)",
      "(went|gone|going|back) into (afib|a fib|atrial fibrillation|svt)", "(afib|a fib|atrial fibrillation|svt) ~3 (back|kicked in|started|playing up|acting up|flared|going again)",
      "heart ~3 (racing|races|raced|pounding|pounds|pounded|fluttering|flutters|flutter|skipping|skips|jumping|thumping|thumps|thumped|banging|bangs|hammering|hammers|galloping|all over the place|missing beats|out of rhythm|irregular|going crazy|going mad|going really fast|beating really fast|beating so fast|beating fast|too fast|too slow|really slow)",
      "(palpitation*|racing heart|irregular heartbeat|irregular heart beat|heart flutter*|fluttering in my chest|pounding in my chest)",
    ],
    examples: {
      match: ["my heart thumps so hard I have to sit down", "my heart keeps racing for no reason", "I get palpitations at night", "my heart was pounding after the new tablet",
        "my heart's going ninety to the dozen", "my ticker's racing again", "my heart keeps doing flip flops", "my pulse is all over the place", "I can feel my heart in my throat", "I think I've gone back into afib"],
      noMatch: ["heart healthy diet", "I love my heart monitor app", "my afib has been well controlled on the tablets", "my grandson's heart is set on the new bike"],
    },
  },
  {
    id: "en.device_shock", concept: "device_shock", category: "red_flag_symptom", severity: "urgent",
    when: [
      "(defib*|icd|device|pacemaker) ~3 (fired|went off|shocked|zapped|gave me a shock|kicked|gone off|going off|thumped|jolted|booted|discharged|shocked me|gave me a (jolt|zap|belt|kick|thump))",
      "(got|had|taken|took|felt) (a|two|three|another|several) ~1 (shock|shocks|jolt|jolts|zap|zaps) ~3 (defib*|icd|device|pacemaker)",
      "(shock|jolt) ~2 from ~2 (defib*|icd|device|pacemaker)",
      // the device as "it", felt as a blow: "I'm after getting a shock off it", "got a zap off it"
      "(got|getting|get|had|took) a [right|proper|big|real] (shock|jolt|zap|belt) (off|from) (it|the thing|the box|my box|the defib|my defib)",
      "(hiccups|hiccoughs) ~3 (won't stop|all day|nonstop|non stop|for hours|constant*)",
    ],
    examples: { match: ["my defibrillator went off twice this morning", "I got a jolt from the device", "I got a right belt off it while I was gardening", "the ICD gave me a kick in the chest at lunch", "I felt two shocks from my defib"], noMatch: ["the device is charging", "a shock to hear the news", "the pacemaker check went fine"] },
  },
  {
    id: "en.bp_words", concept: "blood_pressure_abnormal", category: "red_flag_symptom", severity: "high",
    when: [
      "(blood pressure|bp|pressure) ~3 (through the roof|sky high|skyhigh|really high|very high|so high|dangerously high|crazy high|way up|way too high|really low|very low|so low|dangerously low)",
      // "high blood" and "my pressure" (Caribbean, US South, Nigerian English) for blood pressure
      "(blood pressure|bp|b p|blood pressures|my pressure|me pressure|his pressure|her pressure|high blood|low blood) ~3 (skyrocket*|sky rocket*|off the charts|off the chart|off the scale|gone crazy|gone mad|gone haywire|gone mental|through the ceiling|crashed|crashing|dropped right down|bottomed out|tanked|plummeted|super high|super low|crazy low|stupid high|dead high|dead low|proper high|proper low|well high|mega high|real high|real low|awful high|awful low|high high|way high|way low|too high|too low)",
    ],
    examples: { match: ["my blood pressure was sky high this morning", "the BP reading was really low", "my pressure is real high today", "my high blood has gone crazy this week", "the bp has crashed since the new tablet"], noMatch: ["pressure at work is high", "the tyre pressure was low", "the water pressure dropped right down", "my blood pressure is normal now"] },
  },
  // ================================================================== fluid and weight
  {
    id: "en.swelling_legs", concept: "fluid_swelling", category: "red_flag_symptom", severity: "high",
    when: [
      "@LOWER_LIMB ~4 @SWELL",
      "(swollen|swole|puffy|fat) (ankles|feet|legs|ankle|foot|leg)",
      "(@CANT|won't|wont|don't|dont|doesn't|doesnt|do not) ~2 (get|fit|put|squeeze|go|zip|do up|close) ~3 (shoes|shoe|socks|trousers|pants|jeans|slippers|boots|ring|rings|watch)",
      "(shoes|socks|slippers|boots|ring|rings|watch|waistband|trousers) ~3 (tight|tighter|too small|digging in|don't fit|won't fit|leave marks|leaves marks|marks)",
      "(belly|stomach|tummy|abdomen) ~3 (swollen|swelling|bloated|bigger|tight as a drum|like a drum|distended|ballooned|blown up|full of fluid|full of water|like i'm pregnant|like i'm (six|seven|eight|nine) months)",
      "(retaining|holding|holding on to|holding onto) (water|fluid|fluids)", "(water|fluid) (on|in) (my|me|the) (legs|ankles|feet|belly|tummy|stomach)", "cankles",
      "(dent|dents|dip|pit|pits|indent*|fingerprint) ~4 (stays|stay|stayed|when i press|where i press|press)",
    ],
    qualifiedBy: ["@WORSE", "@NEW", "@SUDDEN", "@SEVERE", "@PERSISTENT", "(both|one|only one|just one) (leg|ankle|foot|side)", "knee", "knees", "thigh", "thighs", "@NUM (pound*|kilo*|kg|lb|lbs)", "(can't|cannot|won't) (fit|get|wear)", "tight", "(puffier|fatter|more swollen)",
      "like (balloons|a balloon|tree trunks|elephant*|footballs|sausages|puddings)", "(double|twice) (the|their|its|normal) size", "(that|so|proper|dead|massively|hugely|awfully) (swollen|puffy|fat|big|bloated)", "(breathless|short of breath|out of breath|can't breathe)", "up to (my|me) knees"],
    examples: {
      match: ["her feet look puffier than yesterday", "my ankles have swelled up since the weekend", "I can't get my shoes on this morning", "my rings are so tight I can't get them off", "my tummy is swollen and tight",
        "my legs are swollen up like tree trunks", "my ankles have blown up like balloons", "me feet are swole up worse than ever", "I'm retaining water in my legs since Monday", "my legs are full of water again since the weekend"],
      noMatch: ["swollen pride", "I walked on the swell of the beach", "I drink plenty of water on my walks", "the hot water bottle is on my feet"],
    },
  },
  {
    id: "en.weight_gain_words", concept: "weight_gain", category: "red_flag_symptom", severity: "high",
    when: [
      "(gained|gain|gaining|put on|putting on|piled on|up) ~3 (@NUM) ~1 (pound*|lb|lbs|kilo*|kg|kgs|stone)",
      "(weight|scales|scale) ~4 (gone up|went up|jumped|shot up|creeping up|keeps going up|up by|up again|higher|climbing|rocketed|crept up|jumped up|piled on|gone through the roof|is up)",
      "(piled|packed|stacked|piling|packing) on ~3 (@NUM) ~1 (pound*|lb|lbs|kilo*|kg|kgs|stone)",
      "(gained|put on|putting on|gaining) ~2 (weight|pounds|kilos)",
    ],
    qualifiedBy: ["@SUDDEN", "(in|over|within) ~2 (day|days|week|night|two days|three days)", "overnight", "since", "yesterday", "this week", "fast", "quickly", "@NUM (pound*|lb|lbs|kilo*|kg|kgs)", "(monday|tuesday|wednesday|thursday|friday|saturday|sunday)", "every day", "each day"],
    examples: {
      match: ["I've put on four pounds since Tuesday", "the scales have shot up this week", "I've gained two kilos in three days", "I've piled on half a stone this week", "my weight's crept up again since Monday"],
      noMatch: ["I lost weight", "wait up for me"],
    },
  },
  // ================================================================== neurological
  {
    id: "en.stroke", concept: "stroke_signs", category: "red_flag_symptom", severity: "urgent",
    when: [
      "@FACE_PART ~3 (droop*|dropp*|lopsided|crooked|fallen|sagg*|sagged|numb*|dead|slipped|pulled to one side)",
      "(slurr*|slurry|slured|slurd)",
      "(face|mouth|smile|lip|lips|cheek) ~4 (to one side|on one side|one sided|wonky|skew whiff|skewwhiff|skew wiff|squint|twisted|hanging down|gone down)",
      "(talking|talks|talked|speaking|speaks|spoke|speech) ~2 (gibberish|double dutch|word salad|like (he's|she's|i'm|he was|she was|i was|he is|she is|a) (drunk|had a few))",
      "(speech|words|talking|voice) ~5 (all wrong|backwards|in the wrong order|come out wrong|comes out wrong|coming out wrong|came out wrong|all jumbled|all garbled)",
      "(using|saying|says|said|uses|used|coming out with|comes out with|came out with) ~2 (the wrong words|wrong words|made up words|words that (don't|dont|didn't|didnt) make sense)",
      "@CANT ~2 (get|find) (his|her|their|me) words [out]",
      "(hand|hands|fingers|arm|leg|foot) ~3 (won't|wont|wouldn't|can't|couldn't) (grip|hold|grab|lift|do what i (tell|want))",
      "(had|having|having another|another|think it's|think it was|maybe|like|it was) [a] (tia|mini stroke|ministroke|warning stroke)",
      "(speech|words|talking|voice|tongue) ~3 (slurr*|jumbl*|muddl*|garbled|wrong|funny|weird|strange|thick|mixed up|coming out wrong|won't come out)",
      // the verb before the words: "she keeps mixing up her words"
      "(mixing|mixes|mixed|muddling|muddles|muddled|jumbling|jumbles|jumbled|scrambling|scrambled) [up] [my|his|her|the|their] words",
      "@CANT ~2 (speak|talk) !(to|with)", "@CANT ~2 (get (my|the) words out|find (my|the) words|find words|say what i mean|lift my (arm|leg)|raise my (arm|leg)|grip|hold (a|my) (cup|pen|phone))",
      "(one side|left side|right side|half of my body|half my body|down one side) ~4 (@WEAK|@NUMB|dead|won't work|not working)",
      "(arm|leg|hand) ~2 (went|gone|going|goes|is|feels|felt|suddenly) ~2 (dead|limp|useless|paralys*|weak|numb|heavy|floppy)",
      "(mini stroke|a tia|another tia|having a stroke|had a stroke|stroke symptoms)",
      "(suddenly|all of a sudden) ~3 (weak|numb|couldn't (move|lift|feel|speak|see)|can't (move|lift|feel|speak|see))",
    ],
    examples: {
      match: ["the left side of my face is drooping", "my words came out all jumbled this morning", "since lunch he's been muddling up his words", "my right arm went dead and heavy", "I couldn't lift my arm for a few minutes",
        "my mouth has gone to one side", "her smile's gone all squint", "he's talking gibberish since breakfast", "she can't get her words out", "his words are coming out all wrong", "my hand won't grip the cup", "I think I had a mini stroke"],
      noMatch: ["I had a stroke of luck", "my hand writing is messy", "the dog's ears droop", "he's talking rubbish about the bins again", "the picture on the wall is squint"],
    },
  },
  {
    id: "en.seizure", concept: "seizure", category: "red_flag_symptom", severity: "urgent",
    when: ["(zoned|blanked|spaced) out ~8 (smack*|chew*|lip|lips|don't remember|didn't remember|can't remember|no memory|lost time|wasn't responding|didn't respond|not responding)", "(smacking|smacked|licking|chewing) (my|his|her|their) lips", "(staring|stared) (spell*|into space) ~8 (respond*|answer*|remember)", 
      "(seizure|seizures|convuls*|fitting)",
      "(had|having|took|another|a) ~1 (fit|fits|funny turn|episode where i shook)",
      "(grand mal|petit mal|tonic clonic|epileptic (fit|attack|seizure|episode)|absence seizure*)",
      "(started|began|went into|gone into|keeps|kept) (fitting|seizing|convulsing|a fit|a seizure)",
      "(eyes) ~3 (rolled|rolling|rolls) ~2 (back|up)",
      "(frothing|foaming) at the mouth !(about|over|at|with)",
      "(jerking|jerked|twitching|shaking) (all over|uncontrollab*) ~6 (couldn't|could not|didn't|wasn't|not) (respond*|answer*|hear*|wake|speak|talk)",
      "(shaking|jerking|twitching) ~4 (couldn't|could not|didn't) ~2 (respond|answer|stop|talk)",
    ],
    examples: { match: ["he zoned out at dinner and kept chewing at nothing, and he doesn't remember it", "my daughter said I was smacking my lips and not answering", "I had a seizure in the kitchen", "my wife says I was fitting on the floor", "I had another fit last night", "his eyes rolled back and he went stiff", "she was frothing at the mouth on the floor", "he started fitting in the bath"], noMatch: ["I zoned out during the meeting, it was boring", "my fitness tracker", "the dress fits", "I'm fit and well", "it fits in the bag", "he was foaming at the mouth about the parking fine", "she rolled her eyes at me"] },
  },
  {
    id: "en.headache", concept: "severe_headache", category: "red_flag_symptom", severity: "high", pregnancyQualifies: true,
    when: ["headache*", "migraine*", "head ~3 (pounding|splitting|exploding|going to explode|about to explode|throbbing|killing me|hurts|aching|pain)",
      // misspelt and misheard; "a sore head", "a bad head" (Scottish, Irish, Caribbean English for a headache)
      "(head ache*|headach|hedache*|migrane*|migrain*|migranes)",
      "head ~3 (banging|thumping|bursting|hammering|drumming|cracking|pulsing|thudding|sore|paining|on fire|like a drum|in a vice|fit to burst|going to burst|gonna burst|gonna explode|about to burst|like it's (going to|gonna) (burst|explode|split))",
      "(sore|bad|banging|thumping|splitting|pounding|cracking|stonking|blinding|raging|rotten|thumping|throbbing|screaming|killer|sick) head !(nurse|teacher|of|office|chef|girl|boy|start|for heights|for figures|for numbers|for business|first|count|cold|lice|injury|wound|gardener|waiter|cook|honcho)"],
    qualifiedBy: ["@SEVERE", "@WORSE", "@SUDDEN", "@PERSISTENT", "worst", "thunderclap", "vision", "blurry", "blurr*", "spots", "sick", "vomit*", "stiff neck", "pressure", "(since|after) ~2 (fall|fell|hit|bang*|knock*)", "painkillers", "tablets", "nothing helps", "won't shift",
      "(light|lights|bright|sun) ~2 (hurts|hurting|hurt|can't stand|can't bear|bothers)", "neck", "confus*", "throwing up", "being sick", "never had (one|a headache|anything) like", "like (being hit|a bang|a bolt|a gunshot|a hammer|a baseball bat|a cricket bat|being kicked|someone hit me)",
      "(wakes|woke|waking|waken*) me", "numb*", "weak*", "slurr*", "double", "dizz*", "paracetamol", "ibuprofen", "co codamol", "cocodamol", "not touching it"],
    examples: { match: ["I've had a splitting headache since this morning", "worst headache of my life", "my head is pounding and the light hurts",
      "my head's been banging since yesterday", "I've a bad head for three days and the paracetamol isn't touching it", "I've had a sore head since the morning", "my head feels like it's going to burst", "got a migrane that won't shift"],
      noMatch: ["heading to the shops", "the head nurse was lovely", "I've a bad head for heights", "the head teacher rang about the school trip", "he has a head cold"] },
  },
  {
    id: "en.confusion", concept: "confusion_drowsiness", category: "red_flag_symptom", severity: "high",
    when: [
      "(i've been|i'm|i am|i get|been|getting|feeling|feel|felt|keep getting|really|very|so) ~2 (confused|muddled|disorient*|foggy|befuddled) !(about|by|with|as|over|on|regarding|because)",
      "@CANT ~1 (stay awake|keep my eyes open|think straight|remember where|wake up properly)",
      "(confused|muddled|mixed up) about (where i am|where i was|who|what day|the time|what year)",
      "(not making|making no) sense",
      "(seeing things|hearing voices|hallucinat*)",
      "(seeing|seein|saw|see|seen) ~3 (things|bugs|insects|spiders|creatures|animals|people) ~4 (crawling|crawlin|crawl|running|on the wall|on the walls|on the ceiling|that aren't there|that weren't there|nobody else)",
      "(drowsy|sleepy|sleeping) ~3 (all day|all the time|can't wake|hard to wake|won't wake)",
      "(forgetting|forgot) ~3 (where i am|where i was|who|my own)",
      // carers' words: "away with the fairies", "doolally", "doesn't know what day it is", "can't rouse her"
      "(away with the fairies|off with the fairies|doolally|gone gaga|in a daze|dazed and confused|bewildered|not with it|not all there|all at sea)",
      "(doesn't|does not|didn't|did not|don't|can't|couldn't|cannae|no longer) (know|knows|remember) (where (he|she|i|they) (is|am|are|was)|what day it is|what year it is|what day it was|who (i|he|she|we) (am|is|are)|where (he|she) lives)",
      "(didn't|did not|doesn't|does not|couldn't|can't|not) (recognise|recognize|know) (his|her|their|my|me) own (wife|husband|son|daughter|kids|children|family|house|home|grandchildren)",
      "(he's|she's|he is|she is|i'm|im|i am|he was|she was|i was|talking|talks|speech) ~2 (not making|making no|making little) [any|much] sense",
      "(talking|talks|talked|babbling) ~2 (nonsense|gibberish)",
      "(can't|cannot|couldn't|can not|struggling to|hard to|difficult to|impossible to) (wake|rouse|waken) (him|her|them|mum|dad|mam|mom|nan|gran|grandad|granddad|grandma|grandpa)",
      "(won't|wouldn't|will not|would not) (wake|rouse|come round|respond) ~3 (properly|at all|when i|even when|no matter)",
      "(unrousable|not rousable|hard to rouse|barely rousable)",
      "(keeps|keep|kept) (nodding|dozing|dropping|drifting) off ~3 (mid sentence|mid conversation|while (eating|talking)|in (his|her|my) (dinner|food|chair)|at the table|talking to me|all the time|constantly)",
    ],
    examples: { match: ["I've been really confused since yesterday", "I can't stay awake during the day", "I keep seeing things that aren't there", "last night I saw bugs crawling on the ceiling",
      "she's been away with the fairies since this morning", "he doesn't know what day it is today", "she didn't recognise her own daughter", "he's not making any sense when he talks", "we can't rouse her properly", "he keeps nodding off mid sentence"],
      noMatch: ["I'm confused about the diet sheet", "the leaflet confused me", "this letter is not making any sense to me", "I can't wake up early for the bus", "I don't know where the car keys are"] },
  },
  {
    id: "en.saddle", concept: "saddle_numbness", category: "red_flag_symptom", severity: "urgent",
    when: [
      "@NUMB ~6 (down below|privates|private parts|groin|saddle|bottom|bum|back passage|between my legs|inner thighs|genital*|down there|crotch|backside|arse|buttocks|butt|nether regions|my bits|undercarriage|perineum|back side|front bottom|where i sit)",
      // cannot feel the paper when wiping: the classic cauda equina complaint
      "@CANT ~2 feel ~4 (wipe|wiping|wiped|toilet paper|loo roll|tissue|the paper)",
      "(no|lost the|lost|losing the) (urge|sensation|feeling) ~3 (to (pee|wee|go|poo)|when i (pee|wee|go)|bladder|bowel*|in my (bum|bottom|backside))",
      "(down below|saddle|groin|bottom|between my legs|down there|inner thighs|crotch|privates|backside|back side|buttocks|bum|arse|butt|my bits|nether regions|undercarriage) ~4 @NUMB",
      "(lost|losing|no) (control) ~2 (bladder|bowel*|pee|wee)",
      "(wet|wetting|soiled|peed|pooed|pooped|weed|wee'd|pissed|messed) (myself|meself|my (pants|trousers|knickers|undies))",
      "@CANT ~2 (hold|control) ~2 (it|my (water|bladder|bowels|wee|pee))",
      "(both legs|legs) ~3 (gave way|giving way|went (weak|dead|numb)|gone (weak|dead|numb)|weak)",
    ],
    examples: { match: ["it's gone numb between my legs", "I wet myself without noticing", "both legs went weak on the stairs", "I can't feel the toilet paper when I wipe", "my backside has gone numb since the back went", "I pee'd my pants and never felt it coming, no urge to go at all"], noMatch: ["I lost the remote control", "the bottom drawer is stuck", "the dog messed on the carpet"] },
  },
  // ================================================================== eyes
  {
    id: "en.vision", concept: "vision_loss", category: "red_flag_symptom", severity: "urgent",
    when: [
      "(curtain|shadow|veil|shade|cloud|blind|dark patch|black spot|dark spot|grey patch|gray patch) ~5 (over|across|in front of|covering|blocking|coming down|came down|coming up|moving|in|from)",
      "(lost|losing|loss of|lose) ~2 (vision|sight|eyesight)",
      "(gone|went|going|suddenly|am|i'm|is) blind ~3 (in|out of|on) ~2 (eye|one eye|left|right|side)",
      "@CANT see ~2 (a thing|anything|nothing|properly|at all) ~3 (out of|in|with|from) ~2 (eye|eyes|side)",
      "(dark|black|grey|gray) (blob|smudge|blot|blotch|patch|shape|blind) ~4 (in|over|across|covering) ~2 (my|me|the) (eye|vision|sight)",
      "(lightning|camera flash*|flashbulb*|strobe*|flickering lights) ~5 (eye|eyes|vision|corner|side)",
      "(tadpoles|cobwebs|spider webs|squiggles|black dots|black specks|soot|flies) ~5 (in my (eye|vision)|floating|in front of my eye|across my eye)",
      "(straight lines|door frames|doorframes|lamp posts|lines) ~4 (wavy|bendy|bent|wonky|distorted|crooked|wiggly)",
      "(seeing|see|saw) (two of everything|everything twice)",
      "@CANT see ~3 (out of|with|from|through|in) ~2 (eye|eyes|side)",
      "(vision|sight|eyesight) ~4 (went|gone|going|goes|is|getting|got|turned|suddenly) ~3 (black|dark|dim|cloudy|misty|grey|gray|worse|blurry|blurred|fuzzy)",
      "(flash*|sparks|sparkl*) ~3 (light|lights)",
      "(lights|sparks) ~2 flash*",
      "(shower|swarm|lots|loads|cloud|burst|bunch|hundreds|dozens|tons|heaps|masses) of ~1 (floaters|black dots|spots|specks|dots|soot|pepper|tadpoles)",
      "new floaters",
      "floaters ~3 (suddenly|new|more|loads|lots)",
      "(double vision|seeing double)",
      "(eye) ~3 (@SEVERE) ~2 (pain|hurt*|ache|aching|throbbing)",
      "(eye pain|pain in my eye|pain in the eye) ~3 (@SEVERE|agony|unbearable)",
      "(eye) ~2 (agony|killing me|excruciating|unbearable)",
    ],
    examples: { match: ["there's a curtain coming down over my left eye", "I keep seeing flashes of light", "my vision went dark for a minute", "I'm seeing double when I look up",
      "I've gone blind in my right eye", "there's a dark blob over my sight in the left eye", "it's like lightning in the corner of my eye", "I've got hundreds of tadpoles floating in my eye", "the door frames look all wavy", "I'm seeing two of everything"],
      noMatch: ["the curtains in the lounge", "I flashed my headlights", "my vision is fine", "the lightning kept us up last night", "there's a smudge on my glasses"] },
  },
  // ================================================================== infection and wounds
  {
    id: "en.fever", concept: "fever", category: "red_flag_symptom", severity: "high",
    when: [
      "(fever*|feverish)",
      "(running|got|have|had|has|with|spiking|spiked|spike|high|raised) ~1 [a] [high|bit of a|slight|low grade] (temp|temperature)",
      "(chills|rigors|the shivers|shivery|shivering|shaking) ~4 (can't stop|uncontrollabl*|blankets|teeth|chattering|like a leaf|all night|under the covers)",
      "(chills|rigors|shivers)",
      "(hot and cold|cold and hot|burning up|hot then cold)",
      "(night sweats|soaked in sweat|drenched in sweat|sweating buckets|soaking the sheets)",
    ],
    examples: { match: ["I've had chills and a fever since last night", "I've been running a temperature", "I keep going hot and cold", "I woke up soaked in sweat"], noMatch: ["my hay fever is fine this year", "the temperature in the room is nice"] },
  },
  {
    id: "en.wound", concept: "wound_problem", category: "red_flag_symptom", severity: "high",
    when: [
      "@WOUND ~6 (@DISCHARGE|@OPENING|infected|angry|inflamed|hot|red and (swollen|hot|sore|angry)|hot and red|swollen and red|spreading|streak*|weeping|bleeding through|black|dusky|smells)",
      "(@DISCHARGE) ~5 (from|out of|around|on|coming out of|round|under|through) ~3 @WOUND",
      "(red|redness|swelling|streaks|streak) ~3 (spread*|getting bigger|growing|tracking|moving|going up)",
      "spreading ~1 (red*|rash)",
      "red (streaks|streak|lines|line) ~3 (going|spreading|running|tracking|up|along|from)",
      "hot to [the]touch",
      "(it's|it is|looks|look|gone|going|getting|got|turned|think it's|looking) ~2 infected",
      "(pus|puss)",
    ],
    examples: {
      match: ["the incision is weeping a yellowish fluid", "there's a bad smell coming from under the dressing", "the redness around the scar is spreading up my arm", "one end of the wound has opened up"],
      noMatch: ["the cut on the cheese board", "I changed the dressing and it looks clean"],
    },
  },
  {
    // a wound or skin sore that does not heal: infection, poor circulation or diabetes foot
    id: "en.wound_not_healing", concept: "wound_not_healing", category: "red_flag_symptom", severity: "high",
    when: ["(not healing|isn't healing|isnt healing|won't heal|wont heal|hasn't healed|hasnt healed|not healed|never healed|not getting better|isn't getting better|isnt getting better|not closing|won't close|hasn't closed|still open)"],
    with: ["(sore|sores|ulcer|ulcers|wound|cut|blister|graze|scab)"],
    window: 14,
    examples: { match: ["the blister on my heel still hasn't healed after three weeks", "I've a sore on my shin that won't heal", "there's an ulcer on my ankle, a month now and it isn't getting better", "the cut on my foot is a month old and still open"], noMatch: ["the cut on my finger healed nicely", "my cold is not getting better"] },
  },
  // ================================================================== bleeding
  {
    id: "en.bleeding_heavy", concept: "bleeding", category: "red_flag_symptom", severity: "urgent",
    when: [
      "bleed* ~3 (through|won't stop|wont stop|wouldn't stop|not stopp*|hasn't stopped|keeps|heavily|heavy|a lot|loads|everywhere|badly|like crazy|like a tap|for (an hour|hours)|again)",
      "(heavy|heavier|lots of|a lot of|loads of|gushing|pouring|uncontrolled|big) ~1 (bleeding|blood|bleed)",
      "(peeing|pee|weeing|wee|urinating|passing|pissing) ~1 (blood|red)", "(blood|bloody) ~2 (in|when i) (pee|wee|urine|water)",
      "(soak*|filled|filling|drenched|through) ~3 (pad|pads|dressing|dressings|bandage|bandages|gauze|towel|towels|sheets|underwear|knickers|clothes|shirt)",
      "(pad|pads|dressing|dressings|bandage|gauze|towel|sheets|clothes|shirt|pillow) ~3 (soaked|drenched|full of blood|covered in blood|red through)",
      "(clots|clot|clumps) ~3 (size|bigger|big|large|golf|plum|egg|fist|lemon|coin)",
      "(big|large|huge|massive) clots",
      "(cough*|vomit*|throw* up|threw up|spit*|spat|sick|bring* up|brought up|hack*) ~2 [up]~2 (blood|red|bloody)",
      "blood ~3 (when|while|as|every time|whenever) ~1 [i] (cough|spit|retch|vomit|throw up|blow my nose|pee|poo|wee)",
      "blood ~2 (in|from) ~2 (vomit|sick|spit|phlegm|mucus|mouth|ear|stool|stools|poo|poop|urine|pee|wee|back passage|bottom|toilet|bowl)",
      // blood seen on the toilet paper or tissue after wiping: bleeding from below
      "blood ~2 (in|on) ~2 (paper|toilet paper|tissue|tissues|loo roll|toilet roll|wipe|wipes)", "blood when i (wipe|wiped)",
      "(black|tarry|tar|maroon) ~2 (stool|stools|poo|poop|bowel movements|motions|like tar)",
      "(stool|stools|poo|poop|motions) ~5 (black|tarry|like tar|bloody)",
      "coffee grounds",
      "(pee|urine|wee|bag|catheter) ~5 (red|pink|bloody|dark red|bright red|cola|coke|coca cola|strong tea|black tea|clots|full of blood)",
      "(mouth|throat) ~4 (fill*|full) ~2 (blood)",
      "(mouth|throat) ~2 (keeps|kept|keep)? ~1 (filling|fills|filled) [up]",
      "bright red ~2 (blood|bleeding)",
    ],
    examples: {
      match: ["there was bright red blood on the toilet paper this morning", "I've been peeing blood since the morning", "I've bled through two pads in an hour", "there's blood in my poo this morning", "I coughed up some blood", "my stools have gone black and sticky", "my stools over the weekend have looked black"],
      noMatch: ["I had a blood test on Monday", "bleeding heart liberal", "the blood results came back fine"],
    },
  },
  {
    id: "en.bleeding_minor", concept: "bleeding_minor", category: "red_flag_symptom", severity: "moderate",
    when: [
      "(nose bleed|nosebleed|nosebleeds|nose bleeds|nose) ~3 (bleed*|won't stop|again|every day|keeps)",
      "(nosebleed|nosebleeds|nose bleeds|nose bleed)",
      "gums ~2 bleed*",
      "bleed* ~2 (gums|nose)",
      "bruis* ~3 (easily|everywhere|all over|for no reason|out of nowhere|big|huge)",
      "(huge|massive|big|large) bruis*",
      "(bruise|bruising|haematoma|hematoma) ~6 (getting bigger|bigger|growing|spreading|swelling up|hard lump)",
      "(blood|bleeding) ~2 (spotting|spots)",
    ],
    qualifiedBy: ["@PERSISTENT", "@SEVERE", "@WORSE", "(for|over) ~2 (minutes|hours|an hour|half an hour|twenty|ten|15|20|30)", "won't stop", "every day", "keeps", "massive", "huge", "everywhere"],
    examples: { match: ["the bruise in my groin is getting bigger", "my nose keeps bleeding every day", "my gums bleed when I brush", "I bruise really easily now"], noMatch: ["I nosed around the shop"] },
  },
  {
    id: "en.dvt", concept: "leg_clot_signs", category: "red_flag_symptom", severity: "urgent",
    when: [
      "@CALF ~8 (swollen|swelling|swelled|puff*|hard|tight|hot|warm|red|throbbing|tender|aching|ache|pain*|hurt*|sore|cramp*|bigger|fatter|thicker|huge|rock|stone|solid)",
      "(swollen|swelling|hard|tight|hot|warm|red|throbbing|tender|aching|pain*|sore|cramp*) ~5 (calf|calves)",
      "(leg|legs|thigh) ~6 (tight and (hot|warm|red|swollen)|(hot|warm|red|swollen) and (tight|hot|warm|red|swollen|hard|painful|sore)|gone [all] (tight|hard|hot|red)|hard as|like a (rock|stone|brick|balloon)|twice the size|double the size|bigger than the other)",
      "one leg ~3 (bigger|fatter|swollen|thicker)",
      "(ankle|leg|foot|knee|calf|shin|thigh) ~6 (swollen and (hot|red|warm)|(hot|red|warm) and swollen)",
      "(calf|leg) ~6 (bigger|fatter|thicker) than the other",
    ],
    examples: { match: ["my calf is hot and really tender", "there's a hard, sore spot in my left calf", "one leg is bigger than the other now"], noMatch: ["the calf at the farm", "I stretched my legs"] },
  },
  {
    id: "en.circulation", concept: "poor_circulation", category: "red_flag_symptom", severity: "high",
    when: ["(foot|leg|arm|hand|toes|fingers) ~3 (gone|went|going|feels|feel|is) [kind of|sort of|a bit|all|completely] dead", "(foot|leg) ~4 (flops|flopping|drags|dragging|slaps down)", 
      "(fingers|toes|hand|foot|feet|finger|toe) ~3 (turned|turning|gone|going|went|are|is|look|looks) ~2 (blue|white|pale|purple|black|ice cold|freezing|grey|gray|mottled)",
      "@LIMB ~6 (cold and (pale|white|blue|grey|gray|numb|mottled)|(pale|white|blue|grey|gray|mottled) and cold|stone cold|ice cold)",
      "@CANT (feel|move|wiggle|wriggle) ~1 [my|the] (toes|fingers|foot|feet|hand)",
      "(cast|plaster|splint|brace|bandage|boot) ~4 (too tight|really tight|very tight|so tight|digging in|cutting in|tighter)",
    ],
    examples: { match: ["since lunch my right foot has gone sort of dead", "my foot keeps flopping when I walk", "my toes have gone white and cold under the cast", "I can't wiggle my fingers", "the plaster is digging in"], noMatch: ["my phone is dead", "it's cold outside", "my hands are cold in winter"] },
  },
  {
    id: "en.pain_severe", concept: "uncontrolled_pain", category: "red_flag_symptom", severity: "high",
    when: [
      "(severe|unbearable|excruciating|agonising|agonizing|crippling|horrendous|horrific|terrible|awful|intense|stabbing|worst|horrible|bad|sharp|shooting) ~2 (pain|pains|ache|aching|cramps|cramping)",
      "(unbearable|excruciating|in agony|agony|so much pain|worst pain)",
      "(10|ten|eleven|11|nine|9) out of (10|ten)",
      "(pain|it|hurt*|ache) ~3 (worse and worse|off the charts|off the scale|getting worse|got worse|much worse|way worse|a lot worse)",
      "(painkillers|pain killers|pain pills|pain meds|pain medication|pain medicine|tablets|oxy*|morphine|tramadol|codeine|@DRUG) ~3 (aren't|arent|isn't|isnt|not|don't|dont|doesn't|doesnt|do not|does not|no longer|barely|hardly) ~1 (working|helping|touching|doing anything|doing a thing|doing much|cutting it|holding|controlling|making a dent|help|work|touch)",
      "@CANT ~2 (sleep|move|walk|stand|sit|bear weight|put weight|breathe|turn) ~4 (for|because of|with|from) ~1 [the] (pain|hurting)",
    ],
    examples: { match: ["the pain is unbearable at night", "my painkillers aren't touching it", "it's a nine out of ten", "I can't sleep because of the pain"], noMatch: ["it's a pain in the neck to fill in", "the pain is much better now"] },
  },
  {
    id: "en.belly", concept: "abdominal_or_gi_red_flag", category: "red_flag_symptom", severity: "high",
    when: [
      "@CANT ~1 keep ~3 (anything|food|fluids|fluid|water|drinks|it|pills|tablets|meds|medicine|liquids) down",
      "(haven't|havent|have not|hasn't|hasnt|not|didn't|didnt|no|nothing|never) ~2 (kept|keep|keeping|held|hold|holding|stayed|staying) ~3 (anything|food|fluids|fluid|water|drinks|a thing|liquids|a drop|it) ~1 down",
      "(vomit*|throwing up|threw up|being sick|been sick|puking|sick) ~4 (all (day|night|morning)|non stop|nonstop|every (hour|time)|since|(@NUM) times|constantly|can't stop|won't stop|again and again|keep|all the time|everything)",
      "(can't|cant|cannot|couldn't) stop (vomiting|throwing up|being sick)",
      "(bringing|brought|throwing|threw|chucking|chucked|sicking|sicked) up (everything|all|every bit|anything i)",
      "(keep|kept|keeps) [on] (being sick|vomiting|throwing up)",
      "(diarrh*|the runs|loose stools|watery stools) ~4 (all (day|night)|non stop|(@NUM) times|won't stop|since|watery|blood|every hour|constant*)",
      "@SEVERE ~1 (belly|stomach|tummy|abdominal|gut) ~1 (pain|ache|cramps|cramp)",
      "(belly|stomach|tummy|abdomen) ~3 (rigid|rock hard|hard as|board)",
      "@CANT ~1 (swallow|drink anything|eat or drink|get (anything|fluids|water) down)",
      "(yellow) ~2 (skin|eyes|whites)",
      "(skin|eyes|whites of my eyes) ~3 yellow*",
      "jaundice*",
      "(haven't|havent|not|no) ~2 (pooed|pooped|had a bowel movement|opened my bowels|passed wind|farted|been to the toilet|been for a poo|had a poo|done a poo|gone for a poo|been for a number two|had a number two) ~3 (days|since|for)",
      // barely drinking: "she's hardly drunk anything since the morning"
      "(not|isn't|isnt|hasn't|hasnt|barely|hardly|won't|wont|refusing to|refuses to|refused to) [really|been|even] (drinking|drunk|drink|drank) ~2 (since|all day|a drop|any fluids|fluids|water|milk|her feeds|his feeds|feeds)",
      "(only|just) (had|taken|drunk|managed) (a few|a couple of|a|two|three) (sips|sip|mouthfuls|mouthful)",
    ],
    examples: { match: ["I haven't kept a drop of water down since lunch", "I've been bringing up everything I eat since Monday", "I can't keep anything down, not even water", "I've been sick six times since lunch", "the whites of my eyes look yellow", "I've had diarrhoea all day", "he's hardly drunk anything since breakfast", "she's only had a few sips of juice all day", "I haven't been for a poo since Friday"], noMatch: ["I'm sick of the rain", "sick note for work", "I'm not drinking alcohol at the moment"] },
  },
  // ================================================================== urinary
  {
    id: "en.urine_retention", concept: "urinary_retention_or_output", category: "red_flag_symptom", severity: "urgent",
    when: [
      "@CANT ~2 (pee|wee|urinate|pass (water|urine)|empty [my]bladder|go to the toilet|go to the loo|go to the bathroom)",
      "(hasn't|hasnt|has not|haven't|havent|isn't|isnt|is not|not|stopped) ~1 (fill*|drain*|empt*|flow*|peed|weed|urinated|passed urine|passed water|been for a wee) ~3 (since|for|in|all (day|night|afternoon|morning)|hours|today)",
      "(bag|catheter|tube) ~4 (blocked|bypass*|fell out|came out|pulled out|not draining|isn't draining|stopped draining|leaking around)",
      "(hardly|barely|nothing|not much|very little|only [a] (drop|trickle|dribble|few drops)|just [a] (drop|trickle|dribble)) ~3 (comes|coming|came) out",
      "(only|just) ~2 [a] (drop|dribble|trickle|few drops) ~3 (bag|toilet|pot)",
      // little urine while ill: once or twice in a day, or dark as tea
      "(only|just|barely|hardly) ~2 (peed|pee'd|weed|wee'd|urinated|passed (water|urine)|been (to the (toilet|loo|bathroom)|for a wee)) ~2 (once|one time|twice|two times) ~3 (today|all day|since|in|yesterday|this)",
      "(bladder|lower belly|belly|tummy) ~5 (like a drum|rock hard|bursting|full and i can't|so full)",
    ],
    examples: { match: ["I've only been for a wee twice since yesterday", "I haven't been able to pee since this morning", "the catheter bag isn't draining", "only a dribble comes out when I try"], noMatch: ["I peed fine after the walk"] },
  },
  {
    id: "en.urine_infection", concept: "urinary_infection", category: "red_flag_symptom", severity: "moderate",
    when: ["(burning|stinging|pain|hurts|sore|it burns) ~2 (when|while|to|as) ~1 [i] (pee|wee|urinate|pass water)", "(cloudy|smelly|dark) ~2 (pee|urine|wee)", "(pee|urine|wee) ~3 (smells|cloudy|dark brown|brown|cola|like tea)"],
    qualifiedBy: ["@FEVER", "(back|side|loin|flank) ~2 (pain|ache|hurts)", "@WORSE", "@SEVERE", "blood", "@PERSISTENT", "catheter"],
    examples: { match: ["it burns when I pee", "my urine is cloudy and smells strong"], noMatch: ["I need to pee a lot at night"] },
  },
  // ================================================================== diabetes
  {
    id: "en.hypo", concept: "hypoglycaemia", category: "red_flag_symptom", severity: "high",
    when: [
      "(hypo|hypos) !(kit|plan|box|treatment|pack|sheet|rules|sweets|snacks|supplies|stash|bag|drill)",
      "(hypoglyc*|low blood sugar|low blood sugars|low sugar|sugar low|sugars low|went low|gone low|going low|go low|ran low|running low|dropped low|crashed)",
      "(sugar|sugars|glucose|bg|levels|level|reading|readings|numbers|number) ~3 (dropped|crashed|tanked|plummeted|bottomed|really low|very low|so low|way down|through the floor|dipping|dipped|low)",
      "(drenched|soaked|dripping|pouring) ~3 (sweat*|shak*|trembl*)",
      "(sweaty|sweating|clammy) and (shaky|shaking|trembl*)",
      "(shaky|shaking|trembl*) and (sweaty|sweating|clammy)",
    ],
    examples: { match: ["I had a bad hypo in the night", "my sugars dropped really low after the walk", "I woke up sweaty and shaking"], noMatch: ["the hypo kit is in my bag"] },
  },
  // a rescue glucagon given to the patient: a low they could not treat themselves
  {
    id: "en.hypo_rescue", concept: "severe_hypoglycaemia", category: "red_flag_symptom", severity: "high", experiencer: "speaker",
    when: ["(gave|give|given|giving|had to (give|use|inject|spray)|needed|used|injected|jabbed|sprayed) ~4 (glucagon|baqsimi|gvoke|ogluo)", "(glucagon|baqsimi|gvoke|ogluo) ~3 (given|used|injected|shot|jab)"],
    examples: { match: ["my husband had to give me the glucagon last night"], noMatch: ["the glucagon is in the fridge door"] },
  },
  {
    id: "en.hyper", concept: "hyperglycaemia", category: "red_flag_symptom", severity: "high",
    when: ["(strip|stick|dipstick) ~4 (moderate|large|dark purple|deep purple|purple|maroon)", 
      "(sugar|sugars|glucose|bg|levels|reading|readings|numbers) ~3 (through the roof|sky high|really high|very high|so high|off the charts|won't come down|not coming down|in the twenties|in the 20s|in the 300s|in the four hundreds|in the 400s|stuck high|high all day)",
      "ketone* ~3 (high|positive|large|moderate|are up|showing|purple|dark|2|3)",
      "(high|positive|large) ketones",
      "(meter|monitor|sensor|reading|machine|sugar|sugars|glucose|bg) ~3 (says|saying|said|shows|showing|reads|reading) [just] (hi|high)",
      "fruity breath",
      "(thirsty|drinking) ~4 (all the time|constantly|can't stop|gallons) ~4 (pee*|wee*)",
    ],
    examples: { match: ["the ketone strip went dark purple this morning", "my sugars have been sky high all week", "the ketone strip is showing purple", "the meter just says HI"], noMatch: ["the test strip is in the drawer", "high hopes", "I'm drinking enough water"] },
  },
  // ================================================================== allergy and side effects
  {
    id: "en.anaphylaxis", concept: "allergic_reaction", category: "severe_side_effect", severity: "urgent",
    when: [
      "@AIRWAY_PART ~3 (swell*|swollen|puff*|closing|tighten*|thick|big|blown up)",
      "(allergic reaction|anaphyla*)",
      "throat ~2 (closing|tight|closing up|swelling)",
    ],
    examples: { match: ["my lips started swelling after the tablet", "my throat feels like it's closing", "I think I'm having an allergic reaction"], noMatch: ["I'm allergic to cats", "my throat is a bit dry"] },
  },
  {
    id: "en.skin_reaction", concept: "skin_reaction", category: "severe_side_effect", severity: "high",
    when: [
      "(hives|welts|wheals)",
      "(rash|rashes|spots|blotches) ~5 (spread*|all over|blister*|peel*|came up|come up|came out|broke out|appeared|everywhere|since i started|after (taking|starting)|itchy|raised|purple|won't fade|doesn't fade)",
      "(broke|broken|breaking|came|come|coming) out in ~1 [a] (rash|hives|spots|blisters|welts)",
      "(skin|mouth|lips|eyes) ~3 (peel*|blister*|sores|ulcers)",
      "mouth (ulcers|sores)",
      "(ulcers|sores) ~3 (mouth|tongue|lips|gums|throat)",
      "(rash|rashes)",
    ],
    examples: { match: ["I've come out in hives all over", "there's a rash spreading across my back", "my skin is peeling on my palms"], noMatch: ["don't be rash", "I rashly agreed"] },
  },
  {
    id: "en.side_effect", concept: "side_effect", category: "severe_side_effect", severity: "high",
    when: [
      "(since|after) ~2 [i] (started|starting|taking|began|switched|changing|changed|upping|went up on) ~4 (@MED|dose|new one|new tablets|new pills|them|it)",
      "side effect*",
      "(reaction|reacting) ~3 [to] [the|my|this] (@MED|new one|drug)",
      "(@MED) ~4 (making me|made me|give me|gives me|giving me|gave me) ~3 (sick|dizzy|faint|rash|itchy|swollen|bleed*|vomit*|confused|sleepy|shaky|jaundice|yellow|headache*|diarrh*|palpitation*|cough)",
      "(muscle|muscles|legs|arms) ~3 (ache|aching|pain|weak|cramp*) ~6 (statin*|@DRUG_SHAPE|tablets|pills)",
    ],
    qualifiedBy: ["@SEVERE", "@WORSE", "@PERSISTENT", "@SUDDEN", "rash", "hives", "swell*", "bleed*", "vomit*", "faint*", "dizz*", "yellow", "confus*", "palpitation*", "can't", "stopped", "scared", "worried", "bad", "muscle", "dark"],
    examples: { match: ["since I started the new tablets I feel dizzy and sick every morning", "the metformin is making me vomit"], noMatch: ["I take my tablets with food"] },
  },
  // ================================================================== falls and injuries
  {
    id: "en.fall", concept: "fall_or_head_injury", category: "red_flag_symptom", severity: "high",
    when: [
      "(had a|had another|took a|took another) ~1 (fall|tumble|spill)",
      "i (fell|tripped and fell|slipped and fell|went down|toppled) !(asleep|for|in love|behind|through)",
      "(i've|ive|i have) (fallen|had a fall|been falling)",
      "(slipped|tripped) and (fell|went down|landed)",
      "fell (over|down|off|out of|onto|down the stairs|on the (floor|stairs|ice|ground|pavement|step|steps))",
      "(hit|banged|bumped|knocked|smacked|cracked) my head",
      "(keep|kept|keeps) falling",
      "(couple of|few|two|three|several|a lot of|lots of) (falls|tumbles|spills)",
      // the long lie: not able to get up after going down
      "(couldn't|could not|can't|cannot|wasn't able to|was not able to|unable to) get [myself|himself|herself] [back] up ~3 (floor|ground)",
      "(on|down on) the (floor|ground) ~3 (for (hours|an hour|ages|a long time|half an hour|the night|all night)|over an hour|till morning|until morning)",
    ],
    examples: { match: ["I had a fall in the garden yesterday", "I slipped and fell getting out of the bath", "I banged my head on the cupboard", "she's had a few tumbles in the kitchen lately", "he couldn't get himself up off the bathroom floor", "I was down on the floor for hours before anyone came"], noMatch: ["I fell asleep in front of the telly", "prices fell", "I fell in love with the puppy"] },
  },
  {
    id: "en.joint", concept: "dislocation_or_implant_problem", category: "red_flag_symptom", severity: "urgent",
    when: [
      "(leg|foot|knee|arm|hip) ~4 (looks|is|seems|gone|went) ~2 (shorter|turned (out|in)|twisted|rotated|the wrong way|out of place|out of its socket)",
      "(heard|felt) ~2 [a] (clunk|pop|crack|snap) ~4 (hip|knee|shoulder|joint|ankle)",
      "@CANT ~2 (put|bear|take) [any]weight",
    ],
    examples: { match: ["my leg looks shorter than the other one", "I heard a clunk in my new hip", "I can't put any weight on it"], noMatch: ["the weight loss group"] },
  },
  {
    id: "en.tube_stoma", concept: "device_or_stoma_problem", category: "red_flag_symptom", severity: "high",
    when: [
      // high output from a stoma (dehydration risk): the bag emptied many times, or litres
      "(emptied|empty|emptying|changed|changing) ~3 [the|my] (bag|pouch) ~4 (@MANY|#) (times|x)", "(bag|pouch|stoma|output) ~8 (litre*|liter*|#l)", "(bag|pouch) ~3 (filling|fills|filled) ~3 (every hour|so fast|really fast|within the hour)",
      "stoma ~4 (dark|purple|black|grey|gray|blue|bleeding|swollen|retract*|pulled in|sunk*|sunken|not working)",
      "nothing ~4 (out of|from|in|into) [my|the] (stoma|bag|colostomy|ileostomy)",
      "(feeding tube|peg|drain|chest drain|nephrostomy|picc|line|port|tube|catheter) ~3 (came out|fell out|pulled out|come out|blocked|slipped out|leaking)",
    ],
    examples: { match: ["I've emptied the bag nine times since breakfast", "the stoma looks dark purple today", "my drain fell out in bed", "nothing has come out of the bag since yesterday"], noMatch: ["the bag is in the car"] },
  },
  {
    id: "en.growing_lump", concept: "growing_lump", category: "red_flag_symptom", severity: "high",
    when: ["(lump|swelling|bulge|lumps) ~6 (growing|getting bigger|bigger and bigger|spreading|new|hard|painful)", "(found|noticed|feel|felt) ~3 [a] [new] (lump|lumps)"],
    examples: { match: ["the lump under my arm is getting bigger", "I found a new lump near the scar"], noMatch: ["a lump of sugar in my tea"] },
  },
  {
    // seeing people or animals that are not there (new visual hallucinations)
    id: "en.hallucination", concept: "confusion_drowsiness", category: "red_flag_symptom", severity: "high",
    when: [
      "(keep|kept|keeps|been|started|start) seeing ~3 (a|an|people|someone|somebody|little|children|kids|animals|faces|a man|a woman|insects|bugs|things)",
      "(seeing|see|saw|hearing|hear|heard) ~4 (that|who|which) ~2 (isn't|aren't|wasn't|weren't|are not|is not) (there|real)",
      // voices from where no one speaks, talking about the patient
      "(through the (wall|walls|floor|ceiling)|in (my|his|her) head|inside (my|his|her) head|on the (radio|tv|telly)) ~6 (saying|talking|whispering|telling|laughing) ~3 (about me|about him|about her|me to|him to|her to)",
    ],
    examples: { match: ["I keep seeing a small dog in the corner of the bedroom", "I hear voices that aren't there", "the people through the wall keep whispering about me at night"], noMatch: ["I keep seeing my friends on Sundays", "I saw the nurse yesterday"] },
  },
  {
    // blood coughed up by the patient (or the child the call is about)
    id: "en.coughed_blood", concept: "bleeding", category: "red_flag_symptom", severity: "urgent",
    when: ["(coughed|coughing|coughs|cough|hacked|hacking|brought|bringing) up ~8 (bright red|blood|bloody|red blood|clots)", "(spoonful|mouthful|cupful|teaspoon*|tablespoon*) ~3 (bright red|of blood|of red)"],
    examples: { match: ["he coughed up what looked like bright red blood", "I'm bringing up bloody stuff"], noMatch: ["I coughed up some clear phlegm"] },
  },
  {
    // hard to swallow, choking on drinks, food or water going the wrong way (new dysphagia)
    id: "en.swallowing", concept: "swallowing_difficulty", category: "red_flag_symptom", severity: "high",
    when: [
      "(hard|difficult|trouble|struggling|struggle|can't|cannot|unable) ~2 [to] swallow*",
      "(choking|choke|choked|chokes|gagging|coughing|splutter*) on (water|drinks|my drinks|fluids|liquids|food|my food|tea|soup|everything)",
      "(drinks|drink|water|food|soup|tea|coffee|milk|it) ~3 (goes|going|went) down the wrong way",
      "(comes|came|coming) (back )?out (of )?(my|his|her) nose",
    ],
    examples: { match: ["since this morning it's hard to swallow and I keep choking on water", "my tea keeps going down the wrong way"], noMatch: ["it hurts to swallow with this sore throat", "I swallowed the tablet fine"] },
  },
  {
    // an implanted port, line or drain site that looks infected
    id: "en.line_site", concept: "wound_problem", category: "red_flag_symptom", severity: "high",
    when: [
      "(port|line|picc|hickman|cannula|drain site|catheter site|insertion site|site|pump site) ~8 (puffy|red|redder|hot|swollen|angry|weeping|oozing|pus)",
      "(skin|area) (round|around|over|near) ~2 (it|port|line|picc|site|the port|the line) ~5 (puffy|red|redder|hot|swollen|angry|weeping|oozing)",
    ],
    examples: { match: ["the skin around the port has gone pink and puffy", "the picc site is red and oozing"], noMatch: ["the port was flushed on Monday"] },
  },
  {
    // tingling round the mouth and in the fingertips, hand cramping into a claw (low calcium after neck surgery)
    id: "en.low_calcium_signs", concept: "hypocalcaemia_signs", category: "red_flag_symptom", severity: "high",
    when: [
      "(lips|lip|mouth|round my mouth|around my mouth|face) ~4 (tingl*|pins and needles|numb|fizzy|buzzing)",
      "(tingl*|pins and needles|numb) ~4 (lips|lip|round my mouth|around my mouth)",
      "(hand|hands|fingers|wrist) ~5 (claw|clawed|cramped up|cramping up|locked|spasm*|curled up)",
    ],
    examples: { match: ["my lips have gone all tingly since lunch", "my fingers cramped into a claw while I was writing"], noMatch: ["my lips are dry from the heating"] },
  },
  {
    // a newborn too sleepy to feed, hard to wake, or feeding only a few minutes (the baby of the parent on the call)
    id: "en.infant_drowsy", concept: "confusion_drowsiness", category: "red_flag_symptom", severity: "urgent",
    when: [
      "(so|very|too|really|extra) sleepy ~8 (feed*|suck*|latch*|wake|nurse|nursing|bottle|boob|breast)",
      "(hard|difficult|impossible|can't|cannot|won't) ~1 [to] wake (her|him|the baby|them) ~3 (for|to) (feed*|feeds|a feed)",
      "(only|just) (sucks|feeds|nurses|latches|drinks|suckles|feeding|sucking) ~3 (for|a) ~3 (minute|minutes|couple|few seconds|seconds)",
      "(floppy|limp) ~3 (baby|she|he|when i (pick|lift))",
    ],
    examples: { match: ["she's so sleepy she falls off the breast after a minute", "he only sucks for a couple of minutes then dozes off"], noMatch: ["the baby slept well and fed every three hours"] },
  },
  // ================================================================== pregnancy
  {
    // foamy or frothy urine (protein leaking from the kidneys)
    id: "en.urine_foamy", concept: "urine_foamy", category: "red_flag_symptom", severity: "high",
    when: ["(pee|wee|urine|piss|wee wee) ~5 (foamy|frothy|bubbly|fizzy|full of bubbles)", "(foamy|frothy|bubbly) (pee|wee|urine)"],
    examples: { match: ["my wee has been really frothy all week", "there's foamy urine every morning"], noMatch: ["the beer was frothy"] },
  },
  {
    // few wet nappies for a baby: a parent's count is the baby's output
    id: "en.few_wet_nappies", concept: "urinary_retention_or_output", category: "red_flag_symptom", severity: "high", experiencer: "any",
    when: ["(only|just|one|two|three|no|hardly any|barely any) wet (ones|nappies|diapers|nappy|diaper)", "(nappies|diapers|nappy|diaper) ~4 (dry|barely wet|hardly wet|not wet)"],
    examples: { match: ["only two wet nappies since yesterday morning", "her diaper is still dry after six hours"], noMatch: ["she's had eight wet nappies today"] },
  },
  {
    id: "en.fetal_movement", concept: "reduced_fetal_movement", category: "red_flag_symptom", severity: "urgent", experiencer: "any",
    when: ["(baby|babe|bump|little one) ~4 (really still|very still|so still|still all|not moved|hasn't moved|hasnt moved|not kicked|hasn't kicked|quiet all (day|morning|night|afternoon|evening))", 
      "(baby|babe|bump|little one) ~4 (hasn't|hasnt|has not|isn't|isnt|not|stopped|barely|hardly|less|quieter|quiet|slower) ~2 (moving|moved|kicking|kicked|as active|much)",
      "(@CANT|barely|hardly|not|haven't|havent|didn't) ~2 (felt|feel|feeling) ~3 (kicks|kick|movements|movement|the baby move|baby moving|him move|her move)",
      "(fewer|less|no|reduced) (kicks|fetal movements|baby movements|movements)",
      "(baby|babe|bump|little one) ~3 (been|is|has been|so|really|real|very|gone|went) ~2 (quiet|quieter|still|calm)",
      "(only|just) (felt|feel|had|counted) ~3 (one|two|three|a couple|a few|#) ~2 (kicks|kick|movements|moves|flutters|wiggles|times)",
    ],
    examples: { match: ["the baby has been really still since last night", "the baby hasn't moved much since yesterday", "I haven't felt any kicks today", "fewer kicks than usual", "the baby has been very still this afternoon", "I've only felt two little kicks since breakfast"], noMatch: ["the baby is kicking lots", "we moved house"] },
  },
  {
    // in pregnancy or after birth: blurred or spotty sight, a puffy face or hands (pre-eclampsia)
    id: "en.pregnancy_vision_swelling", concept: "pregnancy_warning_signs", category: "red_flag_symptom", severity: "high", pregnancyQualifies: true,
    when: [
      "(vision|sight|eyes|eyesight) ~4 (blurry|blurred|blurring|fuzzy|spotty|sparkly|funny|strange|weird|wobbly|hazy|misty|not right|gone off)",
      "(seeing|getting|keep seeing) ~2 (spots|stars|sparkles|zigzags|zig zags|flashing|flashes|floaters|dots|wavy lines)",
      "(blurry|blurred|fuzzy|spotty|hazy) ~2 (vision|sight|eyes|eyesight)",
      "(everything|things|words|letters|the screen|the page) ~3 (look|looks|looking|went|gone|going|is|are) ~2 (blurry|blurred|fuzzy|hazy|double|wobbly)",
      "(face|hands|fingers|eyelids|eyes) ~4 (puffy|swollen|swelling|swelled|puffed up|bloated|fat)",
      "(rings|ring|wedding ring) ~4 (won't|don't|doesn't|can't|wont|dont|doesnt) ~2 (come off|fit|go on|go over)",
    ],
    qualifiedBy: ["@SUDDEN", "@WORSE", "@NEW", "@SEVERE", "overnight", "today", "this morning"],
    examples: {
      match: ["I'm 33 weeks and my eyes have gone all fuzzy this morning", "i keep seeing sparkles at the edge of things", "my fingers are so puffy my wedding ring won't come off"],
      noMatch: ["the photo came out blurry", "i saw stars on the camping trip"],
    },
  },
  {
    id: "en.pregnancy_signs", concept: "pregnancy_warning_signs", category: "red_flag_symptom", severity: "urgent",
    when: [
      "(waters|water) ~2 (broke|broken|went|gone|leaking)",
      "(leaking|gush of|trickle of) ~2 (fluid|water)",
      "(contractions|tightenings) ~4 (every|regular|closer|minutes|started|painful)",
      "(bleeding|blood|spotting) ~4 (down below|vagina*|from down there|in my (pants|knickers|underwear))",
      "(pain|pains) ~3 (under my ribs|below my ribs|upper right|top of my (belly|bump))",
      "(face|hands|fingers) ~3 (swollen|puffy|swelled|swelling) ~3 (suddenly|all of a sudden|overnight|today|this morning)",
    ],
    examples: { match: ["I think my waters have broken", "there's bright blood in my knickers", "I've got pain under my ribs on the right"], noMatch: ["I drink lots of water"] },
  },
  // ================================================================== mental health
  {
    id: "en.dizziness", concept: "dizziness_or_balance", category: "red_flag_symptom", severity: "high",
    when: ["@DIZZY", "(wobbly|staggering|stagger*|like i was drunk|like im drunk|like i'm drunk|like drunk|can't walk straight|walking into (walls|things)|legs like jelly|keep (falling|tipping) over)",
      "(room|ceiling|everything|world|house|floor) ~3 (spinning|spins|spun|going round|going round and round|whirling|swimming|tilting|tilted|moving|swaying)",
      "(lost|losing|lose|keep losing|kept losing) (my|me|his|her) (balance|footing)",
      "(all over the place|unsteady|wobbly|not steady|off balance) on (my|me|his|her) (feet|legs|pins)",
      "(falling|leaning|tipping|pulling|veering|keeling) (to|towards) (one side|the left|the right|the side)",
      "(keep|kept|keeps) (bumping|walking|banging) into (things|walls|doors|the walls|furniture)"],
    qualifiedBy: ["@WORSE", "@NEW", "@SUDDEN", "@SEVERE", "@PERSISTENT", "fall*", "fell", "faint*", "black*", "drunk", "room spinning", "every time i stand", "when i stand", "can't stand", "(get|getting|got|sit|sitting) (up|out of bed|out of the chair)", "stand up", "standing up", "stood up",
      "(sick|vomit*|throwing up|threw up)", "(headache|double vision|slurr*|numb*)", "(hit|banged|bumped) (my|me) head", "(nearly|almost) (fell|went over|went down)", "hold on to", "hold onto", "(grab|grabbing|grabbed) (the|something|onto|on to)", "have to (sit|lie) down"],
    examples: { match: ["I've been really dizzy all day", "I was wobbly like I was drunk walking to the toilet", "I go a bit light headed whenever I stand up", "the room keeps spinning round and I've been sick",
      "I keep losing my balance since yesterday", "I'm all over the place on my feet this morning", "I've gone all swimmy headed and had to sit down"], noMatch: ["I'm steady on my feet now", "the washing machine is on the spin cycle"] },
  },
  {
    id: "en.sputum", concept: "sputum_change", category: "red_flag_symptom", severity: "high",
    when: ["(phlegm|sputum|mucus|spit|gunk|stuff i cough up|stuff i'm coughing up|what i cough up) ~5 (green*|yellow*|brown*|rusty|bloody|darker|thicker|changed colour|changed color|more of it)", "(coughing up|bringing up|hacking up) ~3 (green*|yellow*|brown*|rusty) ~2 (phlegm|stuff|gunk|mucus|sputum)?"],
    examples: { match: ["my phlegm's gone a greeny colour", "I'm coughing up yellow stuff"], noMatch: ["the green tea is nice"] },
  },
  {
    id: "en.reliever_overuse", concept: "reliever_overuse", category: "red_flag_symptom", severity: "high",
    when: ["@RELIEVER ~6 (@MANY|#) (or|to) (@MANY|#) (times|puffs|goes)", "@RELIEVER ~8 every (two|three|2|3|couple of) hours", "@RELIEVER ~8 every [single] (hour|half hour|hour or so)",
      "(blue inhaler|reliever|ventolin|salbutamol|albuterol|puffer|rescue inhaler|inhaler|nebuli*|neb) ~6 (@MANY) (times|puffs|goes)",
      "(blue inhaler|reliever|ventolin|salbutamol|albuterol|puffer|rescue inhaler|inhaler|nebuli*) ~8 (every [one|single] (hour|half hour|couple of hours|two hours|few hours|hour or so)|all day|a lot more|more than usual|more often|constantly|isn't holding|not holding|not lasting|wearing off|doesn't last|isn't helping|not helping)",
      "(using|usin|used|taking|takin|took|needing|needin|needed) ~2 (it|the blue one|my blue one) ~3 every (hour|half hour|couple of hours|two hours|2 hours)", "(using|usin|used|taking|takin|took|needing|needin|needed) ~2 (the blue one|my blue one) ~3 (@NUM) times",
    ],
    examples: { match: ["im usin the blue one every couple of hours", "I've had the blue pump nine or ten times since tea time", "the blue one every two hours since midnight", "I've needed the blue inhaler every hour since lunch", "I used my reliever eight times today", "the ventolin isn't holding any more", "I've been on the blue one about every hour since yesterday", "using it every two hours now"], noMatch: ["I keep my inhaler in my bag"] },
  },
  {
    id: "en.child_breathing", concept: "breathlessness", category: "red_flag_symptom", severity: "urgent", experiencer: "any",
    when: [
      "(ribs|chest|tummy|belly|neck|throat|skin) ~4 (sucking in|sucks in|pulling in|pulls in|caving in|sinking in|going in and out|going in|goes in|sinks in)",
      "(sucking|pulling|caving) in ~3 (under|between|below) ~2 (his|her|the|their) (ribs|rib cage|ribcage|collarbone)",
      "(nostrils|nose) ~2 (flaring|flare|flared|opening and closing)",
      "(breathing|breathes) (with|from) (his|her|the) (tummy|belly|stomach)",
      "too breathless to (feed|eat|talk|cry|play)",
    ],
    examples: { match: ["his ribs are sucking in when he breathes", "her nostrils are flaring", "she's breathing with her tummy"], noMatch: ["he breathes through his nose"] },
  },
  {
    id: "en.stool_count", concept: "abdominal_or_gi_red_flag", category: "red_flag_symptom", severity: "high",
    when: ["(five|six|seven|eight|nine|ten|dozen|#) ~2 (times|motions|stools|bowel movements|trips) ~8 (watery|diarrh*|loose|runny|liquid|toilet|loo|bathroom)", "(watery|diarrh*|loose|runny|liquid|motions|stools) ~8 (five|six|seven|eight|nine|ten|#) ~1 (times|motions|stools)"],
    examples: { match: ["since Monday I've been to the loo seven times a day, all watery", "the diarrhoea is coming six or seven times a day"], noMatch: ["I went to the toilet twice today", "I walked five times round the park"] },
  },
  {
    id: "en.vomiting_diarrhoea", concept: "abdominal_or_gi_red_flag", category: "red_flag_symptom", severity: "high",
    when: ["(vomit*|throwing up|being sick|threw up|sick) ~8 (diarrh*|the runs|loose stools|watery stools)", "(diarrh*|the runs) ~8 (vomit*|throwing up|being sick|threw up)"],
    examples: { match: ["I've been throwing up and I've got diarrhoea since last night"], noMatch: ["no vomiting and no diarrhoea"] },
  },
  {
    id: "en.spreading_past_mark", concept: "wound_problem", category: "red_flag_symptom", severity: "high",
    when: ["(past|beyond|outside|over) ~2 (the|that) ~1 (pen|marker)? ~1 (line|lines|mark|marks|outline|border)", "(spread|spreading|gone|went|grown|creeping) ~3 (past|beyond|outside|over) ~2 (the )?(line|lines|mark|marks|pen)"],
    examples: { match: ["the redness has gone past the pen line the nurse drew", "it's spread outside the mark"], noMatch: ["I stayed inside the lines"] },
  },
  // the patient hurt, threatened or afraid of someone at home
  {
    id: "en.unsafe_at_home", concept: "unsafe_at_home", category: "emotional_distress", severity: "urgent", experiencer: "any", questionMeansHypothetical: false, persists: true,
    when: ["(scared|afraid|frightened|terrified) ~2 (to (be|go|stay) [at] home|of (him|her|what he|what she|my (husband|wife|partner|boyfriend|girlfriend|son|daughter|dad|father|mum|mom|mother|carer)))", "(don't|dont|do not|never) feel safe ~2 (at home|in the house|with (him|her|my))",
      // afraid of what a person will do next: "scared he'll come back"
      "(scared|afraid|frightened|terrified) ~2 (he'll|she'll|he will|she will|he might|she might|he's going to|she's going to|he's gonna|she's gonna) ~3 (come back|come round|turn up|show up|find me|hurt|hit|kill|take)",
      // afraid for one's own safety; a weapon gone missing or hidden at home
      "(scared|afraid|frightened|terrified|fear) ~2 for (myself|my (own )?safety|my life)", "(knife|knives|gun|weapon|weapons|blade) ~5 (missing|gone missing|disappeared|hidden|hid|hiding|under (his|her) (bed|pillow))"],
    examples: { match: ["I'm frightened for my own safety", "I can't find the carving knife, he's hidden it somewhere", "honestly I'm scared to be at home with him", "I don't feel safe at home any more", "I'm frightened he'll turn up at the flat again"], noMatch: ["I'm scared of needles", "I'm scared it'll come back after the op"] },
  },
  {
    // a danger in the home that the patient or carer describes: flame near home oxygen, the cooker
    // left burning, a confused person found outside at night
    id: "en.unsafe_at_home.hazard", concept: "unsafe_at_home", category: "emotional_distress", severity: "urgent", experiencer: "any", questionMeansHypothetical: false, persists: true,
    when: [
      "(smokes|still smokes|keeps smoking|been smoking|is smoking|lights up|lit up|lighting up|a cigarette|a fag|his fags|her fags|a smoke|candles|candle|gas (hob|stove|ring|fire)|open fire) ~8 (oxygen|o2|concentrator|oxygen cylinder|oxygen tank|tubing)",
      // the concentrator is "the machine" to most patients: a smoker in the same room as it
      "(smokes|still smokes|keeps smoking|been smoking|is smoking|lights up|lit up|lighting up) ~8 (where|next to|by|near|beside|right by|same room as) ~3 the machine",
      "(oxygen|o2|concentrator|oxygen cylinder|oxygen tank|tubing) ~8 (smokes|still smokes|keeps smoking|been smoking|is smoking|lights up|lit up|lighting up|a cigarette|a fag|his fags|her fags|a smoke|candles|candle|gas (hob|stove|ring|fire)|open fire)",
      "(keeps|kept|keep|again|twice|forgot|forgets|forgotten) ~3 (left|leaving|leave|turned|turning) the (gas|hob|cooker|stove|oven|gas ring|rings|taps) on",
      "(left|leaves|leaving) the (gas|hob|cooker|stove|oven|gas ring|chip pan) on ~4 (all night|overnight|for hours|nothing on|empty|again|burning)",
      "(gas|hob|cooker|stove|oven|gas ring|ring) [has|had|was] [been] [left] on ~4 (nothing on|no pan|empty|all night|flame|burning)",
      "(found|find|wandering|wandered|wanders|got lost|walking) ~8 (in (his|her|their) (pyjamas|pajamas|nightie|nightdress|nightgown|dressing gown)|at (one|two|three|four|five|@NUM) in the morning|in the middle of the night)",
    ],
    examples: {
      match: ["my husband still smokes in the bedroom where my oxygen is", "my son smokes in the lounge right next to where the machine is", "he lit up a cigarette right by the concentrator", "she keeps leaving the gas on", "the police found him wandering in his pyjamas"],
      noMatch: ["I gave up cigarettes years before the oxygen", "I left the oven on a low heat for the roast", "we went walking in the morning", "he keeps sneaking out to the garage in his slippers"],
    },
  },
  {
    id: "en.unsafe_at_home.violence", concept: "unsafe_at_home", category: "emotional_distress", severity: "urgent", experiencer: "any", questionMeansHypothetical: false, persists: true,
    when: ["(hit|hits|hitting|pushed|pushes|shoved|shoves|slapped|slaps|punched|kicked|choked|chokes|strangled|grabbed|threatened|threatens|threatening) ~2 me", "(hit|pushed|shoved|slapped|punched|kicked|grabbed|twisted|yanked|squeezed) my (arm|arms|wrist|wrists|neck|throat|hair|face|shoulder)",
      "(won't|wont|doesn't|doesnt|don't|dont|does not|will not) [really] take no for an answer", "(throws|threw|throwing|smashes|smashed|punches|punched) ~2 (stuff|things|plates|walls|the wall|doors)"],
    with: ["(he|she|husband|wife|partner|boyfriend|girlfriend|son|daughter|dad|father|mum|mom|mother|carer|ex)"],
    window: 8,
    examples: { match: ["when he's been drinking he smashes plates and he won't take no for an answer", "he twisted my wrist when I said no", "my partner shoved me into the door last night"], noMatch: ["the dog pushed past me at the door"] },
  },
  {
    id: "en.self_harm", concept: "suicidal_or_self_harm", category: "emotional_distress", severity: "urgent", conditionalIsReal: true,
    experiencer: "speaker", questionMeansHypothetical: false,
    when: [
      // no wish to live, a wish to be dead
      "(lost|losing|no) [the] will to live", "(tired|sick|weary) of (living !(in|here|with|at|like|on|next|near|out|under|by)|being alive|life !(in|here|with|at|as|on))", "(wish|wishing|want|wanting) ~2 (i was|i were|to be) dead", "no (reason|point) (to|in) (living|going on|carrying on)",
      "(kill|killing|harm|harming) myself",
      "(want|wanted|wanna|going to|gonna|thinking|thought|thoughts|urge|urges|tempted|might|could|feel like|scared i'll|afraid i'll|been|keep|kept|started|stop myself) ~3 (hurt|hurting|cut|cutting|burn|burning) myself",
      "(self harm*|self-harm*|selfharm*)",
      // self-harm coming back, named by its act alone: "the urge to cut again"
      "(want|wanted|wanna|thinking|thought|thoughts|urge|urges|tempted|started|been|back to) ~3 (cutting|burning|scratching|cut|burn) again",
      "(end|ending|take|taking) my [own]life",
      "(end|ending|finish) it [all]",
      "suicid*",
      "(want|wanted|wanna|wish|wished|wishing|rather|would rather|prefer) ~2 [to] (die|be dead|disappear|not [be] (here|alive|around)|not exist|never wake up|not wake up|go to sleep and not wake up|sleep forever)",
      "(don't|dont|do not|didn't) ~1 want to (be (here|alive|around)|live|wake up|go on|carry on|exist|be around any more)",
      "(no|not any|not much) (reason|point) ~2 (to|in) ~1 (live|living|going on|carrying on|being here|waking up|getting up|anything|any of it|trying)",
      "better off ~3 (dead|without me|if i wasn't here|if i was gone|if i weren't around)",
      "(thoughts|thinking|thought|think|thinks) ~2 (of|about) ~2 (dying|death|hurting myself|harming myself|killing myself|ending|not being here|not waking up)",
      "(wish|wished|hope|hoping) ~2 (i|it) ~3 (was dead|were dead|had never|never woke|wouldn't wake|didn't wake|would not wake|won't wake|don't wake|would just end|was all over)",
      "(hurt|harm) ~2 (the baby|my baby|the kids|my kids|my children)",
      "(go to sleep|fall asleep) and (not|never) wake", "if i (just|simply)? (sleep|slept|went to sleep|go to sleep|fell asleep) and (don't|dont|didn't|didnt|never|not) wake",
      "if i (just|simply)? (wasn't|weren't|was not|were not|wasnt|werent) (around|here|alive|there|in the picture)",
      "if i (just)? (disappeared|went away for good|died|didn't wake up)",
      "(pills|tablets) ~4 (all at once|end it|take them all|the whole lot)",
      // an overdose thought: thinking of swallowing every tablet there is
      "(thought|thinking|think|thoughts|urge|tempted|considered|considering) ~2 (taking|swallowing|take|swallow|downing) (all|every one|every single one|the whole lot|the lot) [of] (them|the (pills|tablets|meds)|my (pills|tablets|meds)|at once)",
      "(nice|good|easier|better|peaceful|a relief) ~4 (to|if i) [just|simply] (not wake up|never wake up|didn't wake up|not be here|wasn't here|weren't here|disappear|be gone)",
      "(better off|easier|simpler) ~8 (me|i) ~3 (out of the picture|gone|not around|not here|wasn't around|weren't around|out of the way)",
    ],
    examples: {
      match: ["honestly if I went to sleep and didn't wake, I wouldn't mind", "some days I feel I've lost the will to live", "some nights I wish I just wouldn't wake up", "everyone would be better off without me", "I've had thoughts about ending it", "I don't want to be here anymore", "it would be a relief to just not wake up", "they'd be better off with me out of the picture", "the urge to cut again has been strong this week", "yesterday I was thinking of swallowing all my tablets"],
      noMatch: ["I'm tired of living in this damp flat", "I started cutting out sugar again", "I cut my finger chopping onions", "I'm dying to get back to gardening", "my phone died", "I thought I was meant to take all of them with breakfast"],
    },
  },
  {
    // mood running high: little sleep with no tiredness, an early sign of a manic episode
    id: "en.mood_high", concept: "emotional_distress", category: "emotional_distress", severity: "high",
    experiencer: "speaker", questionMeansHypothetical: false,
    when: [
      "(sleeping|slept|sleepin|getting|had) ~3 (one|two|three|1|2|3|a couple of|a few|couple) hours ~8 (feel|feeling|felt) ~2 (amazing|great|fantastic|brilliant|buzzing|wired|unstoppable|on top of the world|full of energy|like i don't need it|like i dont need it)",
      "(i|i just) (don't|dont|do not) (need|feel like i need) (to sleep|sleep|much sleep|any sleep)",
    ],
    examples: { match: ["I've been sleeping about two hours a night and honestly I feel amazing", "I just don't need sleep at the moment, my head is full of plans"], noMatch: ["I only slept two hours and I feel terrible", "the baby doesn't need much sleep in the day"] },
  },
  {
    id: "en.hopeless", concept: "emotional_distress", category: "emotional_distress", severity: "high",
    experiencer: "speaker", questionMeansHypothetical: false,
    when: ["(wish|wishing|want|wanted) (it would all|it could all|it all would|it all could|everything would|everything could|it would all just|everything would just) [just] (stop|end|be over|go away)", 
      "(don't|dont|do not|can't|cant) see ~1 [the|any|much] (point|future|way out|way forward|end to (it|this)|light)",
      "(what's|whats|what is) the (point|use) !(of|in taking|for)",
      "(what's|whats|what is) the point (of|in) (it all|anything|living|going on|trying|carrying on|getting up|any of it)",
      "no point (any more|anymore|anymore|in (anything|trying|any of it|going on))",
      "why [do i] [even]bother",
      "(hopeless*|worthless|lost all hope|losing hope|lost hope|no hope|given up on (myself|life|everything))",
      "@CANT ~1 (cope|go on|take (it|this|much more|any more)|do this any more|anymore|keep going|face (it|anything|another|tomorrow)|handle (it|this))",
      "(cry|cries|crying|cried|in tears|weep*) ~3 (all (day|the time|night|morning)|every (day|night)|constantly|non stop|for no reason|most days|all week)",
      "(can't|cant|cannot) stop crying",
      "(a|such a|being a|feel like a) burden",
      "(she'd|he'd|they'd|she would|he would|they would|baby would|kids would) ~2 be better off",
      "better off (with|having) (someone|somebody|another|a different)",
      "(don't|dont|can't|cant|do not) feel (anything|any love|a bond|connected|attached|close) ~3 (when|for|towards|to|with) ~2 (her|him|them|the baby|my baby|my son|my daughter)",
      "(feel|feeling|felt) ~2 [like] [a] (burden|worthless|useless|failure|empty|nothing|trapped|numb inside)",
      "(baby|kids|children|family|everyone|everybody|they) ~2 (would be|are|is|they'd be|theyd be|we'd be) better off",
      "(i'm|i am|i've been|feel*|getting|been|so|really|very) ~2 depressed",
      "(panic attacks|panic attack|falling apart|end of my rope|end of my tether|breaking down|at breaking point)",
      "(no way out|feel trapped|feeling trapped)",
      "(feel|feeling|felt|been) ~2 @MOOD_LOW ~3 (all the time|every [single]day|constantly|for weeks|most days|day and night|all day|for months|since)",
      "(nobody|no one) ~2 (cares|would care|would notice|would miss me)",
      "(haven't|havent|not|can't|cant) ~2 (slept|sleep|eaten|eat) ~3 (for days|in days|properly for|at all)",
      "(dread|dreading) ~3 (every|waking|getting up|tomorrow)",
      "(tired|sick|fed up) of being (a|the|such a) (problem|burden|nuisance|bother|drain|trouble)",
      "(millstone|dead weight|albatross|drag on|weight round|weight around) ~3 (neck|everyone|them|her|him|the family)?",
      "(i'm|im|i am|i feel) (just|only|nothing but) (a|the) (problem|burden|nuisance|bother|drain|trouble|waste of space)",
    ],
    examples: {
      match: ["some nights I just wish everything would stop", "honestly I don't see the point of any of it lately", "I feel like such a burden on my daughter", "I've been crying every day this week", "I just can't cope with all of this", "I'm tired of being the burden in this family", "I feel like a millstone round my son's neck"],
      noMatch: ["I wish the rain would stop", "what's the point of the second tablet", "I can cope with the diet"],
    },
  },
  {
    // being a burden, said as a conditional on purpose ("easier for them if they didn't have to deal with me")
    id: "en.burden_conditional", concept: "emotional_distress", category: "emotional_distress", severity: "high",
    experiencer: "speaker", questionMeansHypothetical: false, conditionalIsReal: true,
    when: ["(didn't|did not|didnt|wouldn't|would not|wouldnt) (have|need) to (deal with|put up with|look after|worry about|care for|bother with|run around after) me"],
    examples: { match: ["it'd be simpler for them if they didn't have to deal with me"], noMatch: ["my sister didn't have to drive me today"] },
  },
  // ================================================================== medication events
  {
    // an over-the-counter anti-inflammatory taken with a blood thinner, kidney or heart failure, lithium, steroids, pregnancy
    id: "en.nsaid_interaction", concept: "drug_interaction", category: "medication_problem", severity: "high", experiencer: "speaker", persists: true, qualifiedInHistory: true,
    when: ["(@TAKE|been on|popping|popped|started|bought|using|on) ~4 @NSAID", "@NSAID ~5 (every day|a day|for (my|the|a)|since|all week|twice|three times|each|every)"],
    qualifiedBy: ["@ANTICOAG", "kidney*", "renal", "dialysis", "heart failure", "lithium", "methotrexate", "prednis*", "steroid*", "ulcer*", "transplant", "tacrolimus", "prograf", "cyclosporin*", "water pill*", "water tablets", "furosemide", "*sartan", "*pril", "pregnan*", "weeks along"],
    window: 30,
    examples: { match: ["I'm on apixaban and I've been taking ibuprofen for my knee", "been popping naproxen since Monday, with my kidneys being what they are"], noMatch: ["ibuprofen is in the cupboard"] },
  },
  {
    // a drug level measured in the blood that came back high or toxic (lithium, digoxin, tacrolimus, phenytoin...)
    id: "en.drug_level", concept: "drug_level_out_of_range", category: "medication_problem", severity: "high", persists: true,
    when: [
      "(@MED|drug|blood) (level|levels) ~5 (high|higher|too high|toxic|raised|elevated|up|over|above|off the chart*|out of range|through the roof)",
      "(high|toxic|raised|elevated) ~2 (@MED) (level|levels)",
      "(@MED) ~3 (toxicity|poisoning|toxic)",
      "(level|levels) ~4 (came back|were|was|is) ~3 (high|toxic|too high|raised|elevated)",
    ],
    needsMedicationContext: true,
    examples: { match: ["the lab rang and said my lithium level is high", "they think it's digoxin toxicity", "my tacrolimus levels came back too high"], noMatch: ["my energy levels are high today", "the water level was up"] },
  },
  {
    // home oxygen turned up by the patient: the need for more oxygen is itself the warning sign
    id: "en.oxygen_self_adjusted", concept: "oxygen_need_rising", category: "medication_problem", severity: "high", experiencer: "speaker", persists: true,
    when: ["(turned|turn|put|cranked|upped|raised|increased|bumped|pushed) ~3 (oxygen|o2|concentrator|flow) ~4 (up|higher|to (#|@NUM) (litres|liters|l))", "(oxygen|o2|concentrator|flow) ~4 (up|higher) to (#|@NUM) (litres|liters|l)"],
    examples: { match: ["I turned the oxygen up to five litres myself", "my o2 is up to 4 litres since this morning"], noMatch: ["the oxygen man comes on Tuesday"] },
  },
  {
    id: "en.med_missed", concept: "missed_dose", category: "medication_problem", severity: "high", persists: true,
    when: ["(haven't|havent|have not|didn't|didnt|did not) (actually|really|even|yet|been) (taken|take|had|used|injected|taking|using|having) ~3 @MED", 
      // days of doses forgotten, or the medicine left behind while away
      "(forgot|missed|skipped) ~2 (two|three|four|a couple of|a few|#) (days|nights|doses|mornings|evenings) [in a row|running]", "left ~2 (my|the|his|her) (@MED|tablets|pills|meds|medicine|inhaler|insulin) ~2 (there|behind) ~6 (didn't|didnt|without|none|no|missed)", "(forgot|forgotten) ~2 (my|the|his|her) (@MED|box|pack|bag|blister*) ~3 (at home|behind|at (my|his|her|the) (house|place|flat|mum's|mom's|sister's|daughter's|son's))",
      "(missed|skipped|forgot|forgotten|didn't (take|have|do|get|use)|haven't (taken|had|been taking|done|used)|not (taken|been taking)|never took|went without|gone without|been without) ~4 @MED",
      "(missed|skipped|forgot to take|forgotten to take|didn't take|haven't taken|haven't been taking|not been taking|never took) ~2 @MED_PRONOUN",
      "(missed|skipped|forgot|forgotten) (the|my|this|last) (morning|evening|night|nighttime|night time|lunchtime|bedtime|afternoon|weekend|sunday|monday) (one|dose|pill|tablet|shot|injection|jab|puff|drops)",
      "(forgot|forgotten|forget) to (take|do|give|inject|use|put in|bolus|have)",
      "(missed|skipped) (it|them|one|a day|a couple of days|a few days|two days|yesterday|last night|this morning|a dose|doses|a few|some)",
      "(haven't|havent|have not|hasn't|hasnt|has not|didn't|didnt|did not|ain't|aint) [really|actually|even] (taken|took|take|had|used|done|injected) ~2 (it|them|any|my|me|his|her|the) ~3 (since|for|in|yesterday|today|this week|last night|this morning|days)",
      "(haven't|havent|have not|ain't|aint) been (taking|doing|using|having|injecting) ~3 @MED",
      "(hasn't|hasnt|has not|haven't|havent) (done|had|taken|given|used) ~2 (his|her|my|their) ~3 (insulin|injection|injections|jab|shot|tablets|pills|meds|inhaler)",
      // pills kept back instead of swallowed
      "(pocketing|pocketed|hiding|hid|hidden|hoarding|spitting out|spat out|palming|stashing|stashed) ~2 (his|her|their|my|the) (@MED|pills|tablets|meds)",
      "(threw up|thrown up|vomited|sicked up|brought up|spat out|spit out|spat up) ~3 (@MED|@MED_PRONOUN|medicine|medication|meds|dose|tablet|tablets|pill|pills)",
      "(going|been|gone|went) without (it|them|since|for)",
      "(didn't|didnt|did not|hasn't|hasnt|haven't|havent) (have|had|get|got|take|taken) (none|any) (from|since|for|till|until|all)",
      "(forgot|forgotten|missed|skipped) ~4 (yesterday|this|last|sunday|monday|tuesday|wednesday|thursday|friday|saturday) (morning|evening|night|nights|dose)",
    ],
    needsMedicationContext: true,
    examples: { match: ["her inhaler was in her other coat, she didn't have any for two days", "she left her inhaler behind at the caravan so she went without it all weekend", "I haven't actually taken any of my steroid tablets since Friday", "I skipped two days of my tablets while I was away", "I missed my water tablet two days running", "I forgot to take the blood thinner last night", "I haven't had my insulin since Sunday", "i aint had me tablets for two days", "I ain't been doing my evening insulin all week", "I found out she's been hiding her tablets in a drawer", "he hasn't really had his tablets in days", "she hasn't done her lunchtime insulin at school all week", "he vomited his tablets straight after taking them", "the pharmacy had none so I've been going without since"], noMatch: ["I haven't actually been to the pharmacy", "I missed the bus", "I forgot my glasses", "I take it every morning"] },
  },
  {
    // a treatment given in sessions (dialysis, infusions, chemotherapy) missed on a day
    id: "en.treatment_session_missed", concept: "missed_dose", category: "medication_problem", severity: "high", persists: true,
    when: ["(missed|skipped|skip|didn't go|didnt go|did not go|never went|couldn't go|couldnt go|didn't make it|didnt make it|never made it|didn't turn up|didnt turn up|didn't show|didnt show) [in] [to|on|for] [my|the|last] (monday|tuesday|wednesday|thursday|friday|saturday|sunday|session|sessions|dialysis|treatment|infusion|chemo|slot|run)"],
    needsMedicationContext: true,
    examples: { match: ["I skipped Friday's dialysis because of the snow", "I didn't go in on Tuesday, I couldn't face the infusion", "we never made it to the chemo session on Monday"], noMatch: ["I skipped Friday's yoga class", "I didn't go in on Tuesday, the shop was shut"] },
  },
  {
    id: "en.med_double", concept: "double_dose", category: "medication_problem", severity: "high", persists: true,
    when: [
      "@TAKE ~4 (double|an extra|one extra|extra (dose|pill|tablet|one|shot|units|injection|puff*)|again by mistake|it again|them again|another one|a second one|one too many)",
      "(double|doubled|extra) (dose|dosed|bolus|bolused|shot|injection|up)",
      "@TAKE ~6 (to|so as to|so i could) (cover|make up for|catch up|make up)",
      "(doubled|double) up",
      "(took|taken|had|gave myself|injected|done|did) (another|a second) ~1 (one|dose|pill|tablet|shot|injection|lot)",
      // a second dose given by a carer who did not know of the first: "and he gave him another six"
      "(gave|given|give|injected|jabbed) (him|her|them) (another|a second) ~1 (one|dose|pill|tablet|shot|injection|jab|lot|units|#|@NUM)",
      "(took|taken|had|gave myself|injected|swallowed) (two|three|four|a couple of|a few|#) extra",
      "@MED ~4 double",
      // "both" names two different medicines: "both my drops together" is no double dose
      "(two|2|three|3) [of (them|my|the)]~1 @MED ~3 (by mistake|instead of (one|1)|accidentally|at once|together|at the same time)",
      // "overdoing it" alone is too much activity, not too much medicine
      "overdosed", "(overdid|overdo|overdone|overdoing) ~3 (@MED|insulin|dose|doses|tablets|pills|puffs|painkillers)",
      // one more "to be safe", and a different amount than the one prescribed
      "(took|taken|had|swallowed|popped|gave (him|her|myself)) (one|another) more ~3 (to be (safe|sure|on the safe side)|in case|just in case|for good measure|by mistake|@MED|pill|pills|tablet|tablets|dose)",
      "(took|taken|had|taking|take|gave|giving|give|swallowed|injected|doing) ~4 (#|one|two|three|four|five|six|a whole|the whole|whole|double|half) ~7 instead of ~2 (#|one|two|three|four|half|a half|a quarter|quarter|the usual|my usual)",
      "(too (much|many)|more than (i should|prescribed|the label|it says|i was told)) ~2 (@MED|of (it|them)|by mistake)",
      // a second dose taken because the first was forgotten: "took two, she couldn't remember if she'd had one"
      "(took|taken|had|gave|given|swallowed) (two|another|a second|an extra) ~8 (couldn't|could not|can't|cannot|didn't|did not|wasn't sure) (remember|recall|know|if|whether)",
      "(couldn't|could not|can't|cannot|didn't|did not) (remember|recall) (if|whether) ~6 (so|and) ~2 (took|had|gave|taken) (another|a second|two|an extra)",
      // the count that follows a second dose: "so he's had two today"
      "(so|now) (he's|she's|he has|she has|they've|they have|i've|ive|i have) (had|taken|got) (two|2|both|double|twice) [today|tonight|this morning|this evening|doses]",
    ],
    needsMedicationContext: true,
    examples: { match: ["I took two instead of one last night", "I wasn't sure so I took another one more just in case", "I swallowed three extra of the sleeping tablets", "I took an extra dose of my blood thinner by accident", "I think I doubled up on the metoprolol", "I had two of the heart pills together", "she took two of the slow release ones this morning instead of one", "his dad already gave him his tablet, so he's had two today", "she took two of her pills because she couldn't remember if she'd had one", "I couldn't remember whether I'd taken my tablet so I took another", "my son had already done her insulin and then the carer gave her another ten units"], noMatch: ["I take two tablets a day as prescribed", "the nurse gave him another blanket", "I read the leaflet twice", "he's had two naps today", "my husband says I'm overdoing it with the gardening", "I've had two today and the box says up to six", "I put both my eye drops in together"] },
  },
  {
    id: "en.med_twice", concept: "double_dose", category: "medication_problem", severity: "high", persists: true,
    when: ["@TAKE ~4 (twice|two times)", "@MED ~4 (twice|two times)", "(get|got|gets|had|has) (it|them|the dose|his dose|her dose|a dose) (twice|two times|two time|2 times)"],
    qualifiedBy: ["by mistake", "by accident", "accidentally", "instead", "again", "forgot", "forgotten", "thought i hadn't", "didn't remember", "couldn't remember", "not sure if", "extra", "too many", "double", "to (cover|make up)"],
    needsMedicationContext: true,
    examples: { match: ["the nursery gave him his dose and so did I, so he had it twice", "I took my warfarin twice by mistake", "I think I had the metformin two times this morning"], noMatch: ["I went to the shop twice today"] },
  },
  {
    id: "en.med_wrong", concept: "wrong_medicine", category: "medication_problem", severity: "high", experiencer: "speaker", persists: true,
    when: [
      "@TAKE ~4 (wrong|someone else's|(wife's|husband's|partner's|mum's|mom's|dad's|son's|daughter's|friend's|sister's|brother's|mother's|father's|roommate's|neighbour's|neighbor's)) ~2 (@MED|ones|one|pill)",
      "wrong ~1 @MED",
      "@MED ~6 (by mistake|by accident|accidentally)",
      "(mixed|mix|muddled|swapped|confused) [up] ~5 @MED",
      // one medicine taken for another: "the night pen instead of the day one"
      // led by the medicine, not the verb: "took"/"had" start too many sentences to try this at each
      "(@MED|insulin|pen|pill|tablet|tablets|inhaler) ~4 instead of ~3 (@MED|insulin|pen|pill|tablet|tablets|inhaler|one|ones)",
      // medicine that was someone else's: handed over by a friend, or taken from a relative's supply
      "(friend|mate|pal|neighbour|neighbor|sister|brother|wife|husband|mum|mom|dad|partner|cousin|someone|somebody) ~2 (gave|give|gives|lent|passed|slipped|sorted) me ~4 (@MED|pills|tablets|sleepers|sleeping tablets|painkillers)",
      "(the wife|my wife|my husband|her|his|my mum's|my mom's|my dad's|my mother's|my father's) ~3 (@MED|pills|tablets|valium|diazepam|xanax|sleepers) ~8 (so i|and i) (took|had|swallowed|tried) (two|one|a couple|a few|some|#|@NUM)",
    ],
    examples: { match: ["I used the night insulin pen instead of the morning one", "my mate gave me a couple of his sleeping tablets", "my husband had some of his painkillers in the drawer so I took two", "I took my husband's blood pressure pill by mistake", "I think I've been taking the wrong tablets", "I mixed up the morning and evening pills"], noMatch: ["the pharmacy sent the wrong address"] },
  },
  {
    id: "en.med_ran_out", concept: "medication_supply", category: "medication_problem", severity: "high", persists: true, experiencer: "speaker",
    when: ["(didn't|didnt|did not|never|couldn't|couldnt|wasn't able to) [get to|got to|manage to|managed to|get round to|get a chance to] (collect|pick up|fetch)", "(didn't|didnt|did not|never|couldn't|couldnt) [get to|manage to|get round to] (collect|pick up|fetch) ~3 (@MED|@MED_PRONOUN|my|the)", "(been|i've been|ive been|i'm|im|i am) out (for|since) ~3 (days|weeks|a week|a few days|@NUM|monday|tuesday|wednesday|thursday|friday|saturday|sunday|last)", 
      "(ran|run|running|runs|will run|about to run|gonna run|going to run) out ~3 (@MED|@MED_PRONOUN|my|the)",
      // the last dose gone, or the supply not delivered
      "(finished|used|took|had) the last ~2 (@MED|capsule|capsules|tablet|tablets|pill|pills|pen|pens|vial|vials|dose|box|packet|pack|bottle|patch|puff|puffs|drops|spray|sachet|sachets|syringe|injection|jab)",
      "(no|none|not|haven't|havent|ain't|aint|don't|dont) ~6 @MED ~2 left",
      "(delivery|courier|prescription|refill|repeat|meds|medication|tablets|pills) ~3 (didn't|didnt|did not|hasn't|hasnt|has not|never) (come|came|arrive|arrived|turn up|turned up|show|showed)",
      "(out of|no more|none left|last (one|pill|tablet|dose|pen|vial|cartridge|patch)) ~2 @MED",
      "@MED ~4 (ran out|run out|running out|running low|all gone|used up|none left|finished !(it|off|the|them|that)|empty)",
      "@CANT ~2 (afford|get hold of|pick up|collect|refill|get|find|buy|pay for) ~3 (@MED|@MED_PRONOUN|it|them)",
      "(too expensive|costs too much|cost too much|so expensive|can't pay|couldn't pay|money|insurance) ~6 (@MED|@MED_PRONOUN)",
      "@MED ~6 (too expensive|costs too much|so expensive|can't afford|couldn't afford|not covered|insurance won't)",
      "(pharmacy|chemist|prescription|refill|repeat|insurance|medical shop|drug store|drugstore|shop) ~5 (ran out|expired|hasn't come|didn't have|don't have|doesn't have|dont have|doesnt have|out of stock|won't (give|fill|cover)|wouldn't (give|fill|cover)|no stock|backorder*|on order|lost|not covering|doesn't cover|won't pay)",
      "(price|cost|costs|copay|co pay) ~4 (gone up|went up|too much|too high|so much|expensive|dollars|bucks|#)",
      "(can't|cannot|couldn't) (swing|stretch to|manage|cover) (it|them|that)",
      "@MED ~4 (finished !(it|off|the|them|that)|ran out|run out|used up|all gone)",
      "the * (ran out|has run out|is running out|running low)",
      "(i|i've|ive|we|we've|i'd|we'd) [have|had] [kinda|kind of|sort of|just|actually|completely] (ran|run) out (on|last|yesterday|this|over|since|a|two|three|four|five|days|@NUM|about|like)",
      "(ran|run|running|runs) outta ~3 (@MED|@MED_PRONOUN|my|the)",
      "the * [one|ones] (ran out|has run out|is running out|running low)",
      "(insurance|insurer|specialty pharmacy) ~6 (wants|wanted|needs|needed|denied|refused|won't approve|prior auth*|authori*|form filled|paperwork)",
      "(only|just) (got|have|had) ~4 (@MED|days|doses|pens|vials|cartridges|left) ~3 left",
      "(won't|wont|wouldn't|refused to|can't|couldn't) (give|renew|issue|sign|do|write|fill) ~2 [a|another|my] [new|repeat] (prescription|script|refill)",
    ],
    needsMedicationContext: true,
    examples: { match: ["the chemist's delivery never came so I've none of my tablets", "I took the last of the tablets on Sunday", "the heart tablets I never got to collect from the chemist, so I've been out since Friday", "I ran out of my water tablets on Friday", "the pharmacy didn't have my apixaban in stock", "I can't afford the inhaler this month", "I've only got two days of insulin left", "there's not a single one of my heart tablets left", "I used the last puff of my reliever at breakfast", "I ran outta my water tablets on Friday", "the brown one ran out a week ago, the steroid inhaler I mean", "I've run out since Tuesday, it's the inhaler I mean", "the insurer wanted a prior authorisation before refilling my inhaler"], noMatch: ["I didn't get to collect the parcel", "I ran out of milk", "we ran out of time at the clinic"] },
  },
  {
    id: "en.med_stopped", concept: "stopped_medicine", category: "medication_problem", severity: "high", persists: true,
    when: [
      "(stopped|stopping|stop|quit|quitting|came off|coming off|come off|gave up|given up|ditched|binned|dropped|packed in|jacked in|knocked off) [taking|using|with|on] ~2 (@MED|@MED_PRONOUN)",
      "(not|no longer|don't|dont|haven't been|stopped) (taking|using|doing) ~2 (@MED|@MED_PRONOUN) ~2 (any more|anymore|now|since|lately|these days)",
      "(not|haven't|havent|have not) [been] (taking|using|having|doing) ~3 @MED ~3 (for|since|in) ~2 (a|an|days|weeks|ages|@NUM|monday|tuesday|wednesday|thursday|friday|saturday|sunday|last|the weekend)",
      "(decided|chose|choose|going) (not to take|to stop|to skip|to quit|to halve|to cut down|to reduce|to lower|to take less|to take fewer)",
      "(halved|halving|cut|cutting|reduced|reducing|lowered|lowering|increased|upped|upping|changed|split|splitting) [down]~3 (dose|doses|dosage|@MED|them|it) ~4 (myself|on my own|without (asking|telling)|to make (them|it) last|in half|half)",
      "(ration*|stretch* out|make (them|it) last) ~3 (@MED|@MED_PRONOUN)",
      "(only|just) (taking|take|taken) ~2 (it|them|@MED) ~2 (when|if) i (feel|need|remember)",
      "(throw|threw|thrown|flushed) ~2 (@MED|them|it) ~2 (away|out|in the bin)",
      "to make (it|them|the box|the pack|the bottle|the pen) last",
      "(doing|taking|using|giving myself|injecting|putting) ~2 (half|only half|half of)",
      "(not|haven't been|stopped|no longer) (putting|using|taking|doing|giving|having) ~3 (since|for|any more|anymore)",
      "(putting|using|taking|doing) ~2 only (in the|at) (morning|night|evening)",
      "(cut|cutting|reduced|reducing|lowered|lowering|dropped|dropping|halved|halving) ~2 (@MED|@MED_PRONOUN) [right] (down|back) ~2 (to|by) ~3 (once|one|half|every other|@NUM|a day|the)",
      "(cut|cutting|reduced|reducing|dropped|dropping) (down|back) ~2 (on|to) ~2 @MED",
    ],
    needsMedicationContext: true,
    examples: { match: ["I stopped the statin because of my legs", "I'm not taking the water pills any more", "I've been cutting the tablets in half to make them last", "I decided not to take the new one", "I cut the laxative down to one a day because it was a nuisance", "I quit the vitamins a while back", "I packed in the antibiotic last month"], noMatch: ["I stopped at the shop", "I quit smoking last year", "I cut the grass down to an inch"] },
  },
  // ================================================================== requests for contact
  {
    id: "en.contact_request", concept: "doctor_request", category: "doctor_request", severity: "moderate",
    experiencer: "any", questionMeansHypothetical: false,
    when: ["@CONTACT_VERB"],
    with: ["@CARE_PERSON", "(@WANT|me|back)"],
    window: 10,
    examples: {
      match: [
        "could the nurse give me a ring this afternoon",
        "I'd like to speak to a real person please",
        "can you get Dr Patel to call me back",
        "the doctor, I really need to talk to her",
        "is there any way somebody from the clinic could phone me",
        "please have someone contact me",
        "could I have a word with the district nurse this week",
        "I need to talk to my key worker today",
        "I need a nurse to come out to us tonight",
        "could someone come and see him at home",
        "can't I just talk to a real person?",
      ],
      noMatch: ["the nurse said it was normal", "I spoke to my sister yesterday", "I am waiting for the boys to come out of football, someone said it runs late"],
    },
  },
  {
    // a named person at the practice, then "have her call me" or "I want her on the phone"
    id: "en.contact_have_call", concept: "doctor_request", category: "doctor_request", severity: "moderate",
    experiencer: "any", questionMeansHypothetical: false,
    when: ["(have|get|ask) (him|her|them|someone|somebody) [to] (call|ring|phone) me", "@WANT ~4 on the (line|phone) !(for)"],
    with: ["@CARE_PERSON"],
    window: 20,
    examples: { match: ["the practice nurse, have her call me please", "it's the doctor I want on the line"], noMatch: ["have him call me when the plumber gets there"] },
  },
  {
    // wanting a person of the care team to hear it themselves, not only the agent
    id: "en.contact_wants_heard", concept: "doctor_request", category: "doctor_request", severity: "moderate",
    experiencer: "any", questionMeansHypothetical: false,
    when: ["(want|wanted|need|would like|i'd like|id like|rather) ~2 @CARE_PERSON ~2 to (hear|know|see|look at) !(you|me) ~1 (this|that|it|about|what|them)", "@CARE_PERSON ~6 (not|rather than|instead of) (a|this|some|the) (machine|robot|computer|bot|recording)"],
    with: ["@CARE_PERSON"],
    window: 12,
    examples: { match: ["I'd like my own doctor to hear about this", "I want the nurse herself to see it, not a machine", "I want a human to look at this rather than a robot"], noMatch: ["the doctor would like to see it at the next visit", "I want my sister to know about it", "this is not a machine for the doctor"] },
  },
];

export const EN_IDIOMS: readonly IdiomSpec[] = [
  { id: "en.idiom.cut_down", when: ["(cut|cutting|cuts) (down|back) on"], examples: { match: ["the dietitian told me to cut back on bread"], noMatch: ["I cut my finger on the tin"] } },
  {
    // surprise and money said in body words: "nearly fell off my chair", "money is tight"
    id: "en.idiom.surprise_and_money",
    when: ["(nearly|almost|practically|about) (fell|fall|falling) (off|out of) (my|the) (chair|seat)", "fell off my (chair|seat) (laughing|when)",
      "(money|cash|budget|funds|things|finances|time|parking) (is|are|s|was|were|been|getting) [a bit|really|very|so] tight", "(tight|tighter) (budget|for money|for cash|on money|on cash)", "(money's|cash's|budget's|money’s) [a bit|really|very|so] tight",
      "(knocked|bowled) me (over|for six) (when|to)", "(floored|gobsmacked)"],
    examples: { match: ["I nearly fell off my chair when the letter came", "money is really tight since the layoffs"], noMatch: ["I nearly fell on the stairs", "my chest feels tight"] },
  },
  {
    // a vaccine or a disease name, not a symptom
    id: "en.idiom.disease_names",
    when: ["yellow fever", "scarlet fever", "hay fever", "glandular fever", "fever blister*"],
    examples: { match: ["do I need the yellow fever jab for the trip"], noMatch: ["I've had a fever since Tuesday"] },
  },
  {
    id: "en.idiom.relief_and_phoning",
    when: ["(a|that's a|thats a|what a|such a) weight off", "weight off (my|our|your) (mind|shoulders)", "(ringing|ring|rang) (them|you|her|him|the clinic|the surgery|the practice|the ward|the office|back|round|up)"],
    examples: { match: ["well that's a weight off my mind", "I'm ringing them straight away"], noMatch: ["I've had a ringing in my ears since yesterday"] },
  },
  {
    id: "en.idiom.headache_figurative",
    when: ["(paperwork|form|forms|traffic|insurance|parking|app|website|billing|it|this|that|which|the whole thing) ~3 (is|was|has been|been|it's|that's|thats|its) ~2 (a|such a|a real|a bit of a|a total|one big) headache"],
    examples: { match: ["this insurance form is a real headache"], noMatch: ["I have a headache"] },
  },
  {
    id: "en.idiom.dying_to",
    when: ["dying (to|for|of laughter|of boredom)", "(to die for|die of embarrassment|died laughing|nearly died laughing)", "(phone|battery|car|laptop|plant|plants|tv|telly) ~2 (died|dead|is dead|dying)"],
    examples: { match: ["I'm dying to get back to the allotment", "my phone battery died"], noMatch: ["I don't want to die"] },
  },
  {
    id: "en.idiom.fright",
    when: ["(gave|give|nearly gave|almost gave) ~2 (me|him|her|us) ~1 [a] (heart attack|stroke|fit|turn)", "(nearly|almost) had [a] (heart attack|fit|kittens)"],
    examples: { match: ["the bill nearly gave me a heart attack"], noMatch: ["I think I'm having a heart attack"] },
  },
  {
    id: "en.idiom.other_senses",
    when: [
      "(after|since|when|before|once) (the|my) (catheter|drain|stitches|staples|tube|clips|dressing|cast|plaster) (came out|was removed|were removed|was taken out|were taken out|came off|was out)",
      "(pain|pains) in the (neck|backside|bum)",
      "(sick|sickness) (of|and tired|note|pay|leave|day|days)",
      "(phone|telephone|mobile|reference|room|bed|house|case|nhs|order|account|policy|tracking) number",
      "(fitness|fit in|fit into|fits in|fits into|fit for|fit the|fits the)",
      "(hay fever|hayfever)", "stroke of (luck|genius|bad luck|midnight)", "(stroke|stroking|stroked) (the|my|his|her) (cat|dog|hair|face)",
      "(be|been|too|so|being|a bit) rash", "rash (decision|decisions|move|promise|thing)", "(fell|falling|fall) in love",
      "(blood|urine|pee|stool) (test|tests|results|result|work|sample|samples|form|forms|appointment|draw)",
      "(chest of drawers|chest freezer|treasure chest|get it off my chest|off my chest)",
      "(broke|broken|breaks) down ~2 (car|bus|boiler|washing machine|lift|van)",
      "(car|bus|boiler|washing machine|lift|van|computer|printer) ~3 (broke|broken|breaks) down",
      "(cold feet|heartbroken|heart broken|my heart sank|heart goes out|heart of gold|break a leg|cost an arm and a leg)",
      "(fell|falls|falling) asleep",
      "(short|ran short|running short) of (money|cash|time|staff)",
      "(run|ran|running) out of (time|patience|milk|bread|money|steam|battery|petrol|gas)",
      "(killing|killed) (time|it)",
      "(blew|blow|blowing) up ~1 (at|the phone|my phone)",
      "(missed|miss|missing) (the bus|the train|my (bus|train|flight|appointment)|you|him|her)",
    ],
    examples: { match: ["my fitness tracker buzzes", "what's your phone number", "I had a blood test on Friday", "he's a pain in the neck"], noMatch: ["my neck is stiff and painful"] },
  },
];

