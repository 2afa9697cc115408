import { strykerConfig } from '../../mutation/stryker.base.mjs';

export default strykerConfig('db', ['src/migrations.ts']);
