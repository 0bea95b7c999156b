// Fails when a migration the control plane needs is missing.
import { existsSync } from 'node:fs';

const needed = [
  'supabase/migrations/20260127_ops_schema.sql',
  'supabase/migrations/20260127_ops_rls.sql',
];
const missing = needed.filter((f) => !existsSync(f));
if (missing.length) {
  console.error(`missing: ${missing.join(', ')}`);
  process.exit(1);
}
console.log('control plane healthy');
