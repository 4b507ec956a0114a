/**
 * Numeric thresholds for readings patients say out loud. Language-neutral; reviewed against
 * common nurse triage / patient-education call-back limits. A reading outside these limits is
 * a red flag even when the patient sounds calm about it.
 */

import type { Severity } from "../types";

export interface ReadingThreshold {
  readonly id: string;
  readonly concept: string;
  readonly severity: Severity;
  readonly description: string;
}

export const GLUCOSE = {
  /** Values at or below this are mmol/L; above it, mg/dL. */
  mmolUpperBound: 35,
  /** Hypoglycaemia: below 4.0 mmol/L (70 mg/dL); severe below 3.0 mmol/L (54 mg/dL). */
  lowMmol: 4.0,
  severeLowMmol: 3.0,
  lowMgdl: 70,
  severeLowMgdl: 54,
  /** Hyperglycaemia that sick-day and insulin plans ask to be checked for ketones and called in: 13.9 mmol/L (250 mg/dL). */
  highMmol: 13.9,
  highMgdl: 250,
  /**
   * Diabetes in pregnancy: targets are fasting below 5.3 mmol/L (95 mg/dL) and one hour after a meal
   * below 7.8 mmol/L (140 mg/dL); a reading at or above the post-meal limit is above every target.
   */
  pregnancyHighMmol: 7.8,
  pregnancyHighMgdl: 140,
} as const;

export const TEMPERATURE = {
  /** Celsius readings are 34-43; Fahrenheit readings are 93-110. */
  feverCelsius: 38.0,
  feverFahrenheit: 100.4,
  /** Below these a reading is normal by any guideline (some services count 37.5 as a fever in chemotherapy). */
  normalBelowCelsius: 37.5,
  normalBelowFahrenheit: 99.5,
} as const;

export const BLOOD_PRESSURE = {
  /** Hypertensive urgency range. */
  urgentSystolic: 180,
  urgentDiastolic: 110,
  /** Stage 2 range on home readings (160/100 and above): the doctor should hear of it soon, not urgently. */
  highSystolic: 160,
  highDiastolic: 100,
  /** In pregnancy and the weeks after birth (pre-eclampsia): 140/90 or above is reported. */
  pregnancySystolic: 140,
  pregnancyDiastolic: 90,
  /** Symptomatic hypotension range. */
  lowSystolic: 90,
  /** Spanish speakers often say "18 de máxima" meaning 180 mmHg (cmHg). */
  cmHgUpperBound: 30,
  /** Below this a lone small number is not a systolic in cmHg (70 mmHg): "amlodipino de 5" is a dose. */
  cmHgLowerSystolic: 7,
} as const;

export const PULSE = {
  /** A resting pulse below this is reported (beta-blocker and digoxin leaflets ask for a call below 50). */
  low: 50,
  /** A resting pulse above this is reported (heart-failure and arrhythmia plans use 100-120). */
  high: 120,
} as const;

/**
 * Warfarin-type anticoagulation: a home INR at or above `high` (bleeding risk) or below `low` (clot
 * risk: every warfarin target range, 2-3 or 2.5-3.5, starts above it) is reported the same day.
 */
export const INR = {
  high: 4.0,
  low: 1.5,
} as const;

/**
 * Lithium: maintenance levels are kept about 0.4-1.0 mmol/L; at or above 1.2 a patient is told to
 * call (toxicity rises quickly past 1.5). Said as a bare number with the test named.
 */
export const LITHIUM = {
  high: 1.2,
} as const;

export const OXYGEN = {
  /** Saturation below this is a red flag. */
  low: 92,
  /** With COPD the usual target is 88-92% (BTS oxygen guideline): below 88 is the red flag. */
  lowChronicLungDisease: 88,
} as const;

/**
 * Body-weight gain that heart-failure (and kidney, pre-eclampsia) care plans ask patients to
 * report: more than 2 kg in 3 days, or 2-3 lb in a day / 5 lb in a week (see CHECKLIST.md).
 */
export const WEIGHT = {
  kgInADay: 1,
  kgInThreeDays: 2,
  kgInAWeek: 2.5,
  lbInADay: 2,
  lbInThreeDays: 3,
  lbInAWeek: 5,
  /** Longer than this, a gain is not the fluid trend these plans mean. */
  maxDays: 7,
  /**
   * Unplanned loss that cancer, heart-failure, eating-disorder and elderly-care plans ask about:
   * 5% of body weight or more, and at least this many kilograms (a rounding is not a loss).
   */
  lossFraction: 0.05,
  minLossKg: 2,
  /** Plausible body weights, to tell weights from other numbers. */
  minKg: 30,
  maxKg: 250,
  maxLb: 550,
} as const;

export const READING_RULES = {
  glucoseSevereLow: { id: "reading.glucose.severe_low", concept: "hypoglycaemia", severity: "urgent", description: "glucose below 3.0 mmol/L (54 mg/dL)" },
  glucoseLow: { id: "reading.glucose.low", concept: "hypoglycaemia", severity: "high", description: "glucose below 4.0 mmol/L (70 mg/dL)" },
  glucoseHigh: { id: "reading.glucose.high", concept: "hyperglycaemia", severity: "high", description: "glucose at or above 13.9 mmol/L (250 mg/dL)" },
  glucosePregnancyHigh: { id: "reading.glucose.pregnancy_high", concept: "hyperglycaemia", severity: "high", description: "glucose at or above 7.8 mmol/L (140 mg/dL) in pregnancy" },
  fever: { id: "reading.temperature.fever", concept: "fever", severity: "high", description: "temperature at or above 38.0 C / 100.4 F" },
  bpHigh: { id: "reading.bp.urgent_high", concept: "blood_pressure_high", severity: "urgent", description: "blood pressure at or above 180/110" },
  bpStage2: { id: "reading.bp.high", concept: "blood_pressure_high", severity: "high", description: "blood pressure at or above 160/100" },
  bpPregnancy: { id: "reading.bp.pregnancy_high", concept: "blood_pressure_high", severity: "urgent", description: "blood pressure at or above 140/90 in pregnancy or after birth" },
  bpLow: { id: "reading.bp.low", concept: "blood_pressure_low", severity: "high", description: "systolic blood pressure below 90" },
  pulse: { id: "reading.pulse.abnormal", concept: "abnormal_pulse", severity: "high", description: "pulse below 50 or above 120" },
  oxygen: { id: "reading.oxygen.low", concept: "low_oxygen", severity: "urgent", description: "oxygen saturation below 92%" },
  inrHigh: { id: "reading.inr.high", concept: "anticoagulation_out_of_range", severity: "high", description: "INR at or above 4.0" },
  inrLow: { id: "reading.inr.low", concept: "anticoagulation_out_of_range", severity: "high", description: "INR below 1.5" },
  lithiumHigh: { id: "reading.lithium.high", concept: "drug_level_out_of_range", severity: "high", description: "lithium level at or above 1.2 mmol/L" },
  weightGain: { id: "reading.weight.gain", concept: "weight_gain", severity: "high", description: "weight up 2 kg (3 lb) or more in a few days" },
  weightLoss: { id: "reading.weight.loss", concept: "weight_loss", severity: "high", description: "weight down 5% or more (and at least 2 kg) between two readings" },
} as const satisfies Readonly<Record<string, ReadingThreshold>>;

/** Knowledge-base grounding of an agent reply (rag_retrieval_info). */
export const GROUNDING = {
  /** A used chunk this close (cosine distance) or closer counts as grounding. */
  maxUsedChunkDistance: 0.45,
  /** Without used_chunk_ids, only a very close retrieved chunk counts. */
  maxRetrievedChunkDistance: 0.3,
} as const;
