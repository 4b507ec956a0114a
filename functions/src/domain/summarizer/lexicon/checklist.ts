/**
 * The coverage checklist of safety categories (see CHECKLIST.md for what each means and where it
 * comes from), as data: which clinical concepts cover each category. Every category must be
 * covered in every language pack (rule concepts) or by a reading threshold (thresholds.ts);
 * test/unit/summarizer/checklist.test.ts checks both, and runs examples of each category through
 * the whole summarizer in each language.
 */

export interface SafetyCategory {
  readonly id: string;
  readonly title: string;
  /** Concepts of the packs' rules that cover it. */
  readonly concepts: readonly string[];
  /** Concepts of reading thresholds (lexicon/thresholds.ts) that cover it, language-free. */
  readonly readings?: readonly string[];
}

export const SAFETY_CHECKLIST: readonly SafetyCategory[] = [
  { id: "cardiac_chest_pain", title: "Chest pain or pressure, heart attack signs", concepts: ["chest_pain"] },
  { id: "breathing", title: "Breathing difficulty, breathless lying flat or at rest, reliever overuse, low oxygen", concepts: ["breathlessness", "reliever_overuse", "oxygen_need_rising"], readings: ["low_oxygen"] },
  { id: "collapse", title: "Fainting, near-fainting, collapse", concepts: ["syncope"] },
  { id: "heart_rhythm", title: "Palpitations, abnormal resting pulse", concepts: ["palpitations"], readings: ["abnormal_pulse"] },
  { id: "blood_pressure", title: "Very high or low blood pressure (lower limits in pregnancy)", concepts: ["blood_pressure_abnormal"], readings: ["blood_pressure_high", "blood_pressure_low"] },
  { id: "fluid_overload", title: "New or worse swelling, rapid weight gain", concepts: ["fluid_swelling", "weight_gain"], readings: ["weight_gain"] },
  { id: "stroke_seizure", title: "Stroke signs (face, arm, speech), seizures", concepts: ["stroke_signs"] },
  { id: "severe_headache", title: "Sudden, severe or persistent headache", concepts: ["severe_headache"] },
  { id: "confusion", title: "New confusion, hard to stay awake, hallucinations", concepts: ["confusion_drowsiness"] },
  { id: "dizziness_balance", title: "Dizziness, unsteadiness", concepts: ["dizziness_or_balance"] },
  { id: "cauda_equina", title: "Saddle numbness, loss of bladder or bowel control", concepts: ["saddle_numbness"] },
  { id: "vision", title: "Sudden vision loss, curtain, flashes, new floaters, severe eye pain", concepts: ["vision_loss"] },
  { id: "fever_sepsis", title: "Fever, chills, rigors (neutropenic fever on chemotherapy)", concepts: ["fever"], readings: ["fever"] },
  { id: "wound", title: "Wound infection or opening; spinal fluid leaking after surgery", concepts: ["wound_problem", "csf_leak"] },
  { id: "bleeding", title: "Heavy or unexpected bleeding, blood in stool, urine, vomit or sputum; INR out of range", concepts: ["bleeding", "bleeding_minor"], readings: ["anticoagulation_out_of_range"] },
  { id: "clot", title: "Signs of a leg clot", concepts: ["leg_clot_signs"] },
  { id: "circulation", title: "Cold, pale, blue or numb limb; cast too tight", concepts: ["poor_circulation"] },
  { id: "pain", title: "Severe or uncontrolled pain, also shown by someone who cannot say it", concepts: ["uncontrolled_pain", "pain_nonverbal"] },
  { id: "abdomen_gi", title: "Persistent vomiting or diarrhoea, cannot keep fluids down, severe abdominal pain, jaundice, unplanned weight loss", concepts: ["abdominal_or_gi_red_flag"], readings: ["weight_loss"] },
  { id: "urinary", title: "Cannot pass urine, no urine, catheter not draining; urinary infection", concepts: ["urinary_retention_or_output", "urinary_infection"] },
  { id: "glucose", title: "Low or very high blood sugar, ketones", concepts: ["hypoglycaemia", "severe_hypoglycaemia", "hyperglycaemia"] },
  { id: "reactions", title: "Allergic reaction, severe skin reaction, unexpected side effect, mouth ulcers on methotrexate, carbimazole or clozapine", concepts: ["allergic_reaction", "skin_reaction", "side_effect", "mucositis_or_neutropenia"] },
  { id: "falls", title: "Falls and head injuries", concepts: ["fall_or_head_injury"] },
  { id: "implants_devices", title: "Joint or implant out of place; drains, tubes, stomas", concepts: ["dislocation_or_implant_problem", "device_or_stoma_problem"] },
  { id: "lumps", title: "New or growing lump", concepts: ["growing_lump"] },
  { id: "respiratory_infection", title: "Change in sputum colour or amount", concepts: ["sputum_change"] },
  { id: "pregnancy", title: "Reduced fetal movements, bleeding, waters breaking, contractions", concepts: ["reduced_fetal_movement", "pregnancy_warning_signs"] },
  { id: "self_harm", title: "Suicidal thoughts, including passive wishes not to wake up, being a burden", concepts: ["suicidal_or_self_harm"] },
  { id: "distress", title: "Hopelessness, not coping, persistent low mood, panic", concepts: ["emotional_distress"] },
  { id: "medication_events", title: "Missed, doubled, wrong, stopped or changed medicine; a weekly medicine taken daily; two blood thinners at once; ran out; cannot get or afford it", concepts: ["missed_dose", "double_dose", "wrong_medicine", "stopped_medicine", "medication_supply", "dose_schedule_error", "anticoagulant_duplication"] },
  { id: "contact_request", title: "Asks to speak to, see or be called by a person", concepts: ["doctor_request"] },
  { id: "swallowing", title: "New difficulty swallowing, choking on drinks or food", concepts: ["swallowing_difficulty"] },
  { id: "interactions_levels", title: "An over-the-counter anti-inflammatory with a blood thinner, weak kidneys or heart, lithium, steroids or pregnancy; a drug level high or toxic", concepts: ["drug_interaction", "drug_level_out_of_range"], readings: ["drug_level_out_of_range"] },
  { id: "unsafe_at_home", title: "Hurt, threatened or afraid of someone at home, or a danger in the home", concepts: ["unsafe_at_home"] },
  { id: "low_calcium", title: "Tingling round the mouth or fingertips, hand cramping (low calcium after neck surgery)", concepts: ["hypocalcaemia_signs"] },
];
