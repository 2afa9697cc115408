/**
 * The reference files beside the migrations, found from this package's own folder:
 * a test of another package reads them through this export, so it still finds them
 * when run from a copy of its package alone (Stryker's sandbox).
 */
export const VENDORS_REFERENCE_FILE = new URL('../../reference/vendors.tsv', import.meta.url);
