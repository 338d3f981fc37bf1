/**
 * The sales process (docs/domain.md#opportunities): stages in order, each with its default win
 * probability, or LOST. Moves go forward (skipping is allowed) or to LOST;
 * going back, or out of LOST, is a manager's reopening.
 */
export const OPEN_STAGES = ['PROSPECTING', 'NEEDS_ANALYSIS', 'PROPOSAL', 'NEGOTIATION', 'CONTRACT_SIGNED'] as const;
export const STAGES = [...OPEN_STAGES, 'DELIVERED', 'LOST'] as const;
export type OpportunityStage = (typeof STAGES)[number];

export const DEFAULT_STAGE_PROBABILITY: Readonly<Record<OpportunityStage, number>> = {
  PROSPECTING: 10,
  NEEDS_ANALYSIS: 20,
  PROPOSAL: 40,
  NEGOTIATION: 60,
  CONTRACT_SIGNED: 90,
  DELIVERED: 100,
  LOST: 0,
};

const ORDER: readonly OpportunityStage[] = ['PROSPECTING', 'NEEDS_ANALYSIS', 'PROPOSAL', 'NEGOTIATION', 'CONTRACT_SIGNED', 'DELIVERED'];

export function isClosed(stage: OpportunityStage): boolean {
  return stage === 'DELIVERED' || stage === 'LOST';
}

/** A rep's move: strictly forward, or to LOST from any open stage. */
export function canMoveStage(from: OpportunityStage, to: OpportunityStage): boolean {
  if (isClosed(from)) return false;
  if (to === 'LOST') return true;
  return ORDER.indexOf(to) > ORDER.indexOf(from);
}

/** A manager's reopening: back to an earlier open stage, or out of LOST into any open stage. */
export function canReopen(from: OpportunityStage, to: OpportunityStage): boolean {
  if (!(OPEN_STAGES as readonly string[]).includes(to)) return false;
  if (from === 'LOST') return true;
  return ORDER.indexOf(to) < ORDER.indexOf(from);
}

/** Amount weighted by the stage's probability, in minor units, rounded to the unit. */
export function weightedAmount(amountMinor: number, stage: OpportunityStage): number {
  return Math.round((amountMinor * DEFAULT_STAGE_PROBABILITY[stage]) / 100);
}
