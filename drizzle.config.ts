import { defineConfig } from 'drizzle-kit';

// drizzle-kit reads the schema and writes migrations into packages/db.
// Migrations are applied by `pnpm db:migrate` (packages/db/src/cli/migrate.ts),
// which also works on the embedded database.
export default defineConfig({
  dialect: 'postgresql',
  schema: './packages/db/src/schema/index.ts',
  out: './packages/db/drizzle',
  casing: 'snake_case',
  migrations: { table: 'schema_migrations', schema: 'public' },
  dbCredentials: {
    url: process.env.DATABASE_URL ?? 'postgresql://raguser:ragpass@localhost:5432/ragdb',
  },
  strict: true,
  verbose: true,
});
