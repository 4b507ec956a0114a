/** The French language pack, assembled from its parts. */

import type { LanguageLexicon } from "../types";
import { FR_IDIOMS, FR_RULES, FR_TERMS } from "./attention";
import { FR_CONTEXT, FR_DETECTION_WORDS, FR_GAP_BLOCKERS, FR_MEASUREMENTS } from "./context";
import { FR_DIALOGUE } from "./dialogue";
import { FR_FLOOR_RULES, FR_FLOOR_TERMS } from "./floor";

export const FR_LEXICON: LanguageLexicon = {
  code: "fr",
  name: "Français",
  detectionWords: FR_DETECTION_WORDS,
  gapBlockers: FR_GAP_BLOCKERS,
  terms: { ...FR_TERMS, ...FR_FLOOR_TERMS },
  rules: [...FR_RULES, ...FR_FLOOR_RULES],
  idioms: FR_IDIOMS,
  context: FR_CONTEXT,
  measurements: FR_MEASUREMENTS,
  ...FR_DIALOGUE,
};
