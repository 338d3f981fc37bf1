/**
 * Social styles from the assertiveness × emotionality grid (docs/domain.md#contacts),
 * with how a rep should approach each.
 */
export const SOCIAL_STYLES = ['DRIVER', 'EXPRESSIVE', 'ANALYTICAL', 'AMIABLE'] as const;
export type SocialStyle = (typeof SOCIAL_STYLES)[number];

export const BUYING_ROLES = ['BUYER', 'USER', 'DECISION_MAKER', 'ADVISOR', 'INFLUENCER', 'EVALUATOR', 'COACH'] as const;
export type BuyingRole = (typeof BUYING_ROLES)[number];

const ADVICE: Readonly<Record<SocialStyle, string>> = {
  DRIVER: 'Assertive and unemotional: be brief and prepared, lead with results, cost and time; offer options and let them decide.',
  EXPRESSIVE: 'Assertive and emotional: share the vision and the people behind it, let them talk, give recognition; confirm details in writing.',
  ANALYTICAL: 'Reserved and unemotional: bring data, specifications and proof; be precise and patient, never rush the decision.',
  AMIABLE: 'Reserved and emotional: build the relationship first, be warm and steady, show guarantees and who else relies on it.',
};

export function approachAdvice(style: SocialStyle): string {
  return ADVICE[style];
}

/** The guide: "the coach is vital"; a customer with no coach is a risk. */
export function hasCoach(contacts: ReadonlyArray<{ roles: readonly BuyingRole[] }>): boolean {
  return contacts.some((contact) => contact.roles.includes('COACH'));
}
