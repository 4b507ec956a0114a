// Instructions read by ElevenLabs' LLMs (the agent during the call, the analysis LLM after it).
// They are the one place these texts live; they describe categories, never specific sentences.
// English works for every conversation language: the LLMs read instructions in English and
// quote the patient verbatim in the patient's own language.

export const FLAG_TOOL_NAME = "flag_for_doctor";

export const FLAG_TOOL_DESCRIPTION =
  "Tell the patient's doctor right away about something the doctor must act on. Call it as soon as the patient " +
  "reports, as happening now: a warning sign or serious symptom, a worrying home reading or weight change, a " +
  "medicine stopped, missed, doubled, run out or unaffordable, a severe or unexpected side effect, hopelessness " +
  "or thoughts of not wanting to live or of self-harm, or a request to speak to the doctor, the nurse or a person. " +
  "Do not call it for something negated, hypothetical, resolved, planned by the care team, or about someone else.";

export const FLAG_TOOL_PARAMETER_DESCRIPTIONS = {
  category:
    "red_flag_symptom, medication_problem, severe_side_effect, emotional_distress, doctor_request or other.",
  severity: "urgent (possible emergency now), high (same day), or moderate (before the next visit).",
  patient_words: "The patient's own words that raised it, quoted exactly, in the language they spoke.",
} as const;

/** Appended to every agent's system prompt: when to call the tool, and what to say for an emergency. */
export const FLAG_TOOL_PROMPT =
  `When the patient reports something their doctor must act on (see the ${FLAG_TOOL_NAME} tool), call ` +
  `${FLAG_TOOL_NAME} at once, then tell the patient their doctor has been told. If it may be an emergency ` +
  "(for example trouble breathing, chest pain, fainting, heavy bleeding, sudden weakness, thoughts of self-harm), " +
  "tell the patient to call their local emergency number now, before anything else.";

export const RED_FLAG_QUOTES_FIELD = "red_flag_quotes";
export const CONTACT_REQUEST_FIELD = "contact_request_quotes";

export const RED_FLAG_QUOTES_DESCRIPTION =
  'A JSON array, and nothing else, of the patient\'s statements that the doctor must act on: [{"quote": "<the ' +
  'patient\'s exact words, verbatim, in the language spoken>", "category": "red_flag_symptom|medication_problem|' +
  'severe_side_effect|emotional_distress|doctor_request|other", "present_now": true|false}]. present_now is false ' +
  "when the patient says it is negated, hypothetical, resolved, expected as the care team said, planned by the " +
  "care team, or about someone else. Use [] when there are none.";

export const CONTACT_REQUEST_DESCRIPTION =
  'A JSON array, and nothing else, of the patient\'s exact words asking to speak to, see, or be called by their ' +
  'doctor, nurse, care team or a person: [{"quote": "<verbatim>", "category": "doctor_request", "present_now": true}]. ' +
  "Use [] when there are none.";

export const RED_FLAG_CRITERION = "red_flag_reported";
export const ASKED_FOR_HUMAN_CRITERION = "asked_for_human";

export const RED_FLAG_CRITERION_PROMPT =
  "Success if the patient reported, as happening now, anything their doctor must act on: a warning sign or serious " +
  "symptom, a worrying reading, a medicine problem, a severe side effect, or emotional distress. Failure otherwise.";

export const ASKED_FOR_HUMAN_CRITERION_PROMPT =
  "Success if the patient asked to speak to, see or be called by their doctor, nurse, care team or a person. " +
  "Failure otherwise.";
