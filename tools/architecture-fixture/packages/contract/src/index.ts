// Breaks contract-is-a-leaf; and not-to-unresolvable.
export { db as contract } from '../../db/src/index';
export { nothing } from './missing';
