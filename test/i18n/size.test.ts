// What each language costs a page, measured by bundling each chunk as the
// size report does (esbuild, minified, UTF-8, gzip -9): showing one element
// in a language fetches the shared words' chunk and that element's chunk.
import assert from 'node:assert/strict';
import { it } from 'node:test';
// @ts-expect-error a plain .mjs script without types
import { CHUNK_LANGUAGES, ELEMENT_OF, LANGUAGE_BUDGET, PARTS, measure, perElement } from '../../scripts/i18n-size.mjs';

type Size = { raw: number; gzip: number };
const sizes = (await measure()) as { runtime: Size; languages: Record<string, Record<string, Size>> };

it('every language is split into the shared chunk, the errors chunk and one per element, each holding words', () => {
  assert.deepEqual(Object.keys(sizes.languages), CHUNK_LANGUAGES);
  for (const chunks of Object.values(sizes.languages)) {
    assert.deepEqual(Object.keys(chunks), [...(PARTS as string[]), 'all']);
    for (const part of PARTS as string[]) assert.ok(chunks[part]!.gzip > 100, `${part}: the chunk holds the words`);
  }
});

for (const language of CHUNK_LANGUAGES as string[]) {
  const each = perElement(sizes.languages[language]) as Record<string, number>;
  for (const [part, size] of Object.entries(each)) {
    it(`${language} <${(ELEMENT_OF as Record<string, string>)[part]}>: ≤ ${LANGUAGE_BUDGET} B gzip (${size} B)`, () => {
      assert.ok(size <= LANGUAGE_BUDGET, `${language} ${part}: ${size} B > ${LANGUAGE_BUDGET} B`);
    });
  }
}
