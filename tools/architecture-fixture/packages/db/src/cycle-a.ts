// Breaks no-circular (with cycle-b).
export { b as a } from './cycle-b';
