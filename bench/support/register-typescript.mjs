// `node --import ./bench/support/register-typescript.mjs bench/run.ts`:
// lets plain Node 20 run the benchmarks and the app's own TypeScript modules.
import { register } from 'node:module';

register('./typescript-hooks.mjs', import.meta.url);
