import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  schema: ['./lib/db/schema.ts', './lib/sandbox/schema.ts', './lib/auth/schema.ts'],
  out: './lib/db/migrations',
});
