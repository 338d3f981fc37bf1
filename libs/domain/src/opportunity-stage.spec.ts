import { canMoveStage, canReopen, DEFAULT_STAGE_PROBABILITY, weightedAmount } from './opportunity-stage';

describe('opportunity stages', () => {
  it('carries the default probabilities', () => {
    expect(DEFAULT_STAGE_PROBABILITY).toMatchObject({
      PROSPECTING: 10,
      NEEDS_ANALYSIS: 20,
      PROPOSAL: 40,
      NEGOTIATION: 60,
      CONTRACT_SIGNED: 90,
      DELIVERED: 100,
      LOST: 0,
    });
  });

  it.each([
    ['PROSPECTING', 'NEEDS_ANALYSIS', true],
    ['PROSPECTING', 'CONTRACT_SIGNED', true],
    ['NEGOTIATION', 'LOST', true],
    ['CONTRACT_SIGNED', 'DELIVERED', true],
    ['PROPOSAL', 'NEEDS_ANALYSIS', false],
    ['PROPOSAL', 'PROPOSAL', false],
    ['LOST', 'PROPOSAL', false],
    ['DELIVERED', 'LOST', false],
  ] as const)('a rep may move %s → %s: %s', (from, to, allowed) => {
    expect(canMoveStage(from, to)).toBe(allowed);
  });

  it.each([
    ['LOST', 'NEGOTIATION', true],
    ['PROPOSAL', 'PROSPECTING', true],
    ['PROPOSAL', 'NEGOTIATION', false],
    ['LOST', 'DELIVERED', false],
    ['NEGOTIATION', 'LOST', false],
  ] as const)('a manager may reopen %s → %s: %s', (from, to, allowed) => {
    expect(canReopen(from, to)).toBe(allowed);
  });

  it('weights the amount by the stage', () => {
    expect(weightedAmount(100_000, 'PROPOSAL')).toBe(40_000);
    expect(weightedAmount(333, 'PROSPECTING')).toBe(33);
    expect(weightedAmount(100_000, 'LOST')).toBe(0);
  });
});
