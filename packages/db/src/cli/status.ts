import { databaseStatus, formatDatabaseStatus } from '../status';
import { runCli } from './run';

await runCli(async (client) => {
  console.log(formatDatabaseStatus(await databaseStatus(client)));
});
