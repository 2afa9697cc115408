import { strykerConfig } from '../../mutation/stryker.base.mjs';

export default strykerConfig('simulator', ['src/sourcing.ts', 'src/worker.ts']);
