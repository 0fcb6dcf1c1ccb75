// Which files in src/elements/ are elements: `<tag>.ts` that registers `<tag>`
// with `@customElement('<tag>')`. Their styles (`<tag>.styles.ts`) and view
// helpers sit beside them but are not entries: the build, the package checks
// and the consumer tests all ask here, so they agree on the list.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The element tags of the source tree at `root`, sorted. */
export function elementTags(root = '.') {
  const dir = join(root, 'src/elements');
  return readdirSync(dir)
    .filter((f) => /^[a-z][a-z0-9]*(-[a-z0-9]+)+\.ts$/.test(f))
    .map((f) => f.slice(0, -3))
    .filter((tag) => readFileSync(join(dir, `${tag}.ts`), 'utf8').includes(`@customElement('${tag}')`))
    .sort();
}
