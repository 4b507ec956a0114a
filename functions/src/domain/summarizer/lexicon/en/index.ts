/** The English language pack, assembled from its parts. */

import type { LanguageLexicon } from "../types";
import { EN_IDIOMS, EN_RULES, EN_TERMS } from "./attention";
import { EN_CONTEXT, EN_DETECTION_WORDS, EN_GAP_BLOCKERS, EN_MEASUREMENTS } from "./context";
import { EN_DIALOGUE } from "./dialogue";
import { EN_FLOOR_RULES, EN_FLOOR_TERMS } from "./floor";

export const EN_LEXICON: LanguageLexicon = {
  code: "en",
  name: "English",
  detectionWords: EN_DETECTION_WORDS,
  gapBlockers: EN_GAP_BLOCKERS,
  terms: { ...EN_TERMS, ...EN_FLOOR_TERMS },
  rules: [...EN_RULES, ...EN_FLOOR_RULES],
  idioms: EN_IDIOMS,
  context: EN_CONTEXT,
  measurements: EN_MEASUREMENTS,
  ...EN_DIALOGUE,
};
