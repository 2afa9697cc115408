import { formatStatus, migrationStatus } from '../migrations';
import { runCli } from './run';

await runCli(async (client) => {
  console.log(formatStatus(await migrationStatus(client)));
});
