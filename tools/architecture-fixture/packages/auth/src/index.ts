// Breaks auth-not-to-api.
export { api as auth } from '../../api/src/index';
