/**
 * What each for_review reason tells the doctor, in one sentence (shown with the item).
 */

import type { ReviewReason } from "./types";

export const REVIEW_DETAIL: Readonly<Record<ReviewReason, string>> = {
  negated: "Said with a negation; worth checking it was really denied.",
  hypothetical: "Mentioned as a possibility or a question, not clearly as something happening now.",
  resolved: "Described as past or resolved; worth checking it has not come back.",
  other_person: "Seems to be about someone else, not the patient.",
  expected: "Described as expected by the care team; worth checking it is within what was expected.",
  planned_change: "A medication change the patient says was planned; worth checking it matches the plan.",
  uncertain: "A possible warning sign said without the detail that makes it one (new, worse, severe, a number).",
  agent_escalated: "The agent advised urgent care after this turn (perhaps again, after an earlier one), but no rule recognised why.",
  agent_concerned: "The agent called what the patient said important or serious, or thanked them for telling it, but no rule recognised why.",
  agent_reassured: "A possible red flag that the agent called normal or common; worth checking the agent was right.",
  flagged_by_analysis: "Raised only by ElevenLabs' post-call analysis.",
  unsupported_language: "The conversation is in a language the summarizer cannot read: please read this turn.",
};

/** The safety floor's detail: the turn reports something about the body or the treatment that no confident rule judged. */
export const FLOOR_DETAIL =
  "The patient reports a present complaint, change, medication event, distress or wish for contact that no rule could judge: please read this turn.";
