import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from '@jest/globals';
import { SearchConfig } from '@forum/api/platform';
import { SearchClient } from '@forum/api/search';
import { readTestEnvironment } from '@forum/api/test-env';
import { postsIndex } from './posts.index.js';

const env = readTestEnvironment();
const prefix = `t_${env.runId}_${randomBytes(3).toString('hex')}_`;
const client = new SearchClient(new SearchConfig(env.meiliUrl, env.meiliMasterKey, prefix));

/** Settings tasks Meilisearch recorded for the index, through its tasks API. */
async function settingsTasks(indexUid: string): Promise<number> {
  const url = new URL('/tasks', env.meiliUrl);
  url.searchParams.set('indexUids', indexUid);
  url.searchParams.set('types', 'settingsUpdate');
  const response = await fetch(url, {
    headers: env.meiliMasterKey ? { authorization: `Bearer ${env.meiliMasterKey}` } : {},
  });
  return ((await response.json()) as { total: number }).total;
}

describe('the posts index definition', () => {
  afterAll(async () => {
    await client.deleteIndex(postsIndex.uid);
    client.onApplicationShutdown();
  });

  it('is applied once: a second start sends Meilisearch no settings update', async () => {
    const uid = client.indexUid(postsIndex.uid);
    expect(await client.applyDefinition(postsIndex)).toBe(true);
    const afterFirstStart = await settingsTasks(uid);
    expect(afterFirstStart).toBe(1);
    expect(await client.applyDefinition(postsIndex)).toBe(false);
    expect(await settingsTasks(uid)).toBe(afterFirstStart);
  });
});
