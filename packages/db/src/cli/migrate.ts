import { migrate } from '../migrations';
import { runCli } from './run';

await runCli(async (client) => {
  await migrate(client, { log: (line) => console.log(line) });
});
