/** Business rules as pure functions, one module per domain: the server enforces them, the web app offers what they allow. */
export * from './billing';
export * from './campaigns';
export * from './clashes';
export * from './compliance';
export * from './duplicates';
export * from './enrollments';
export * from './expert-time-zone';
export * from './experts';
export * from './interviews';
export * from './matching';
export * from './time-zones';
export * from './vendor-scorecard';
