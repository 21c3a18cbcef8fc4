/** Kept results (src/content/disk-cache.ts): large kinds keep only their newest versions. */
import { mkdtempSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { keep } from '../../src/content/disk-cache';

describe('keep', () => {
  it('writes the result whole, and with `latest` removes all but the newest files of its folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'koers-keep-'));
    for (let i = 0; i < 5; i++) {
      writeFileSync(join(dir, `old${i}.json`), '{}');
      utimesSync(join(dir, `old${i}.json`), 1_000_000 + i, 1_000_000 + i);
    }
    keep(join(dir, 'new.json'), { a: [1, 2] }, 3);
    expect(JSON.parse(readFileSync(join(dir, 'new.json'), 'utf8'))).toEqual({ a: [1, 2] });
    expect(readdirSync(dir).sort()).toEqual(['new.json', 'old3.json', 'old4.json']);
    keep(join(dir, 'more.json'), 1);
    expect(readdirSync(dir)).toHaveLength(4);
  });
});
