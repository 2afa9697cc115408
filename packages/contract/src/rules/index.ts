/** Business rules as pure functions, one module per domain: the server enforces them, the web app offers what they allow. */
export * from './campaigns';
export * from './compliance';
export * from './duplicates';
export * from './enrollments';
export * from './experts';
export * from './interviews';
export * from './matching';
