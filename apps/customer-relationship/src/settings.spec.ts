import { settingsFrom } from './settings';

describe('settings', () => {
  it('defaults to 24-hour visit reports and 30-day standard terms', () => {
    expect(settingsFrom({})).toEqual({ visitReportDueHours: 24, standardPaymentTermsDays: 30 });
  });

  it('reads the environment', () => {
    expect(settingsFrom({ VISIT_REPORT_DUE_HOURS: '48', STANDARD_PAYMENT_TERMS_DAYS: '45' })).toEqual({ visitReportDueHours: 48, standardPaymentTermsDays: 45 });
  });

  it('refuses nonsense in one line that names the setting', () => {
    expect(() => settingsFrom({ VISIT_REPORT_DUE_HOURS: 'soon' })).toThrow('VISIT_REPORT_DUE_HOURS must be a whole number from 1 to 336, not "soon"');
    expect(() => settingsFrom({ STANDARD_PAYMENT_TERMS_DAYS: '-1' })).toThrow(/STANDARD_PAYMENT_TERMS_DAYS/);
  });
});
