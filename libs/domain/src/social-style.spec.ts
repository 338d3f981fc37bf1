import { approachAdvice, hasCoach, SOCIAL_STYLES } from './social-style';

describe('social styles', () => {
  it('advises an approach for every style', () => {
    for (const style of SOCIAL_STYLES) expect(approachAdvice(style).length).toBeGreaterThan(40);
    expect(approachAdvice('ANALYTICAL')).toMatch(/data/);
  });

  it('flags customers without a coach', () => {
    expect(hasCoach([{ roles: ['BUYER'] }, { roles: ['USER', 'COACH'] }])).toBe(true);
    expect(hasCoach([{ roles: ['BUYER', 'DECISION_MAKER'] }])).toBe(false);
    expect(hasCoach([])).toBe(false);
  });
});
