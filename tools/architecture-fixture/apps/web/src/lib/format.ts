// Breaks web-lib-is-below-components.
export { Table } from '../components/ui/table';
