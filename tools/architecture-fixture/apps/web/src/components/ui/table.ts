// Breaks web-ui-knows-no-feature.
export { savedWidths as Table } from '../../features/prefs/prefs';
