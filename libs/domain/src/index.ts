export * from './money';
export * from './period';
export * from './customer-lifecycle';
export * from './visit-policy';
export * from './willingness';
export * from './social-style';
export * from './report-timeliness';
export * from './opportunity-stage';
