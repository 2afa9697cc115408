import { migrate } from '../migrations';
import { runCli } from './run';

const dryRun = process.argv.includes('--dry-run');

await runCli(async (client) => {
  await migrate(client, { log: (line) => console.log(line), dryRun });
});
