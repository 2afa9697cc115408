// Breaks no-circular (with cycle-a).
export { a as b } from './cycle-a';
