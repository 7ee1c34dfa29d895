// Runs before each e2e file: waits until the stack of the global setup (scripts/e2e-stack.ts)
// answers on both origins, or fails with the reason it could not start.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';

const { apiOrigin, demoOrigin, persistTo } = inject('e2e');
const deadline = Date.now() + 170_000;
const answers = async (url: string) => {
  try {
    const res = await fetch(url);
    await res.body?.cancel();
    return res.ok;
  } catch {
    return false;
  }
};
for (;;) {
  const failed = join(persistTo, 'stack-error.txt');
  if (existsSync(failed)) throw new Error(`the e2e stack did not start:\n${readFileSync(failed, 'utf8')}`);
  if ((await answers(`${apiOrigin}/v1/health`)) && (await answers(`${demoOrigin}/`))) break;
  if (Date.now() > deadline) throw new Error(`the e2e stack did not answer on ${apiOrigin} and ${demoOrigin}`);
  await new Promise((r) => setTimeout(r, 250));
}
