/**
 * The willingness assessment of a visit (the guide's 2.1): ten questions
 * scored to 100 points; below 40 fails, 40–70 passes, above 70 is good. The
 * question set is data, versioned, so a company can reweight it; these rules
 * hold for any set.
 */
export interface AssessmentQuestion {
  /** Stable key answers refer to. */
  readonly key: string;
  readonly text: string;
  /** The most points this question can give. */
  readonly maxPoints: number;
}

export interface AssessmentQuestionSet {
  readonly version: number;
  readonly questions: readonly AssessmentQuestion[];
}

export type WillingnessBand = 'FAIL' | 'PASS' | 'GOOD';

export const ASSESSMENT_TOTAL_POINTS = 100;

/** The guide's ten questions, ten points each: version 1 of every company's set. */
export const DEFAULT_QUESTION_SET: AssessmentQuestionSet = {
  version: 1,
  questions: [
    ['USED_SIMILAR', 'Has used similar products'],
    ['KNOWS_OUR_PRODUCT', "Knows our company's product"],
    ['KNOWLEDGE_OF_OUR_PRODUCT', 'How much they know about our product'],
    ['KNOWLEDGE_OF_COMPETITORS', "How much they know about competitors' products"],
    ['KNOWS_OTHER_USERS', 'Knows others who use it'],
    ['KNOWS_VALUE_CREATION', 'Knows how the product creates value'],
    ['KNOWS_COST_OF_POOR_QUALITY', 'Knows the consequences of poor quality'],
    ['VALUES_SERVICE_QUALITY', 'Knows how service and time quality matter'],
    ['INFLUENCE_ON_DECISION', "This contact's influence on the purchase decision"],
    ['DECISION_MAKERS', 'Number of people in the purchase decision'],
  ].map(([key, text]) => ({ key, text, maxPoints: 10 })),
};

/** Problems with a question set, keyed by where they are; empty when the set is usable. */
export function questionSetProblems(questions: readonly AssessmentQuestion[]): Array<{ at: string; problem: string }> {
  const problems: Array<{ at: string; problem: string }> = [];
  if (questions.length === 0) problems.push({ at: 'questions', problem: 'a question set needs at least one question' });
  const seen = new Set<string>();
  questions.forEach((question, index) => {
    if (!/^[A-Z][A-Z0-9_]{0,39}$/.test(question.key))
      problems.push({ at: `questions.${index}.key`, problem: 'a key is UPPER_SNAKE_CASE, up to 40 characters' });
    if (seen.has(question.key)) problems.push({ at: `questions.${index}.key`, problem: `${question.key} appears twice` });
    seen.add(question.key);
    if (!question.text.trim()) problems.push({ at: `questions.${index}.text`, problem: 'a question needs its text' });
    if (!Number.isInteger(question.maxPoints) || question.maxPoints < 1) {
      problems.push({ at: `questions.${index}.maxPoints`, problem: 'maxPoints is a whole number of at least 1' });
    }
  });
  const total = questions.reduce((sum, question) => sum + question.maxPoints, 0);
  if (questions.length && total !== ASSESSMENT_TOTAL_POINTS) {
    problems.push({ at: 'questions', problem: `the points must add up to ${ASSESSMENT_TOTAL_POINTS}, not ${total}` });
  }
  return problems;
}

export interface AssessmentResult {
  readonly total: number;
  readonly band: WillingnessBand;
}

export function willingnessBand(total: number): WillingnessBand {
  if (total < 40) return 'FAIL';
  return total <= 70 ? 'PASS' : 'GOOD';
}

/**
 * Scores answers against a set: every question answered once, each within
 * 0…maxPoints. Problems come back keyed by answer index, for field paths.
 */
export function scoreAssessment(
  set: AssessmentQuestionSet,
  answers: ReadonlyArray<{ key: string; points: number }>,
): { ok: true; result: AssessmentResult } | { ok: false; problems: Array<{ at: string; problem: string }> } {
  const problems: Array<{ at: string; problem: string }> = [];
  const byKey = new Map(set.questions.map((question) => [question.key, question]));
  const answered = new Set<string>();
  answers.forEach((answer, index) => {
    const question = byKey.get(answer.key);
    if (!question) problems.push({ at: `answers.${index}.key`, problem: `${answer.key} is not a question of set version ${set.version}` });
    else if (answered.has(answer.key)) problems.push({ at: `answers.${index}.key`, problem: `${answer.key} is answered twice` });
    else if (!Number.isInteger(answer.points) || answer.points < 0 || answer.points > question.maxPoints) {
      problems.push({ at: `answers.${index}.points`, problem: `${answer.key} scores 0–${question.maxPoints}` });
    }
    answered.add(answer.key);
  });
  const missing = set.questions.filter((question) => !answered.has(question.key)).map((question) => question.key);
  if (missing.length) problems.push({ at: 'answers', problem: `unanswered: ${missing.join(', ')}` });
  if (problems.length) return { ok: false, problems };
  const total = answers.reduce((sum, answer) => sum + answer.points, 0);
  return { ok: true, result: { total, band: willingnessBand(total) } };
}
