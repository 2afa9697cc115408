// Breaks db-not-to-api-or-auth.
export { auth as db } from '../../auth/src/index';
