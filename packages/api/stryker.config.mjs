import { strykerConfig } from '../../mutation/stryker.base.mjs';

export default strykerConfig('api', [
  'src/scope.ts',
  'src/queries/guards.ts',
  'src/queries/vendors.ts',
  'src/queries/interviews.ts',
  'src/session-reader.ts',
]);
