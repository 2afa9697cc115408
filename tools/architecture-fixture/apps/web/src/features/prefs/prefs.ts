// Breaks web-features-below-the-shell.
export { shell as savedWidths } from '../../app/shell';
