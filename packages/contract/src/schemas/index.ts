/** Input schemas shared by the API and the web app's forms (zod only, no server code). */

export * from './browser-import';
export * from './campaign';
export * from './common';
export * from './compliance';
export * from './expert';
export * from './interview';
export * from './notification';
export * from './person';
export * from './preferences';
export * from './project';
export * from './screening';
export * from './team';
export * from './vendor';
