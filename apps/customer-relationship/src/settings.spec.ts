import { settingsFrom } from './settings';

describe('settings', () => {
  it('defaults to 24-hour visit reports and 30-day standard terms', () => {
    expect(settingsFrom({})).toEqual({
      visitReportDueHours: 24,
      standardPaymentTermsDays: 30,
      customerDormantAfterDays: 180,
      customerChurnedAfterDays: 365,
      customerLifecycleIntervalMinutes: 60,
    });
  });

  it('reads the environment', () => {
    expect(
      settingsFrom({
        VISIT_REPORT_DUE_HOURS: '48',
        STANDARD_PAYMENT_TERMS_DAYS: '45',
        CUSTOMER_DORMANT_AFTER_DAYS: '90',
        CUSTOMER_CHURNED_AFTER_DAYS: '270',
        CUSTOMER_LIFECYCLE_INTERVAL_MINUTES: '15',
      }),
    ).toEqual({
      visitReportDueHours: 48,
      standardPaymentTermsDays: 45,
      customerDormantAfterDays: 90,
      customerChurnedAfterDays: 270,
      customerLifecycleIntervalMinutes: 15,
    });
  });

  it('refuses nonsense in one line that names the setting', () => {
    expect(() => settingsFrom({ VISIT_REPORT_DUE_HOURS: 'soon' })).toThrow('VISIT_REPORT_DUE_HOURS must be a whole number from 1 to 336, not "soon"');
    expect(() => settingsFrom({ STANDARD_PAYMENT_TERMS_DAYS: '-1' })).toThrow(/STANDARD_PAYMENT_TERMS_DAYS/);
    expect(() => settingsFrom({ CUSTOMER_DORMANT_AFTER_DAYS: '0' })).toThrow('CUSTOMER_DORMANT_AFTER_DAYS must be a whole number from 1 to 3650, not "0"');
    expect(() => settingsFrom({ CUSTOMER_LIFECYCLE_INTERVAL_MINUTES: 'hourly' })).toThrow(/CUSTOMER_LIFECYCLE_INTERVAL_MINUTES/);
    // churned comes after dormant
    expect(() => settingsFrom({ CUSTOMER_DORMANT_AFTER_DAYS: '400' })).toThrow(
      'CUSTOMER_CHURNED_AFTER_DAYS (365) must be more than CUSTOMER_DORMANT_AFTER_DAYS (400): a customer is dormant before it is churned',
    );
  });
});
