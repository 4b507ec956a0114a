/** The Portuguese language pack, assembled from its parts. */

import type { LanguageLexicon } from "../types";
import { PT_IDIOMS, PT_RULES, PT_TERMS } from "./attention";
import { PT_CONTEXT, PT_DETECTION_WORDS, PT_GAP_BLOCKERS, PT_MEASUREMENTS } from "./context";
import { PT_DIALOGUE } from "./dialogue";
import { PT_FLOOR_RULES, PT_FLOOR_TERMS } from "./floor";

export const PT_LEXICON: LanguageLexicon = {
  code: "pt",
  name: "Português",
  detectionWords: PT_DETECTION_WORDS,
  gapBlockers: PT_GAP_BLOCKERS,
  terms: { ...PT_TERMS, ...PT_FLOOR_TERMS },
  rules: [...PT_RULES, ...PT_FLOOR_RULES],
  idioms: PT_IDIOMS,
  context: PT_CONTEXT,
  measurements: PT_MEASUREMENTS,
  ...PT_DIALOGUE,
};
