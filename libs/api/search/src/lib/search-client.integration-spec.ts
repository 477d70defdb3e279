import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from '@jest/globals';
import { SearchConfig } from '@forum/api/platform';
import { readTestEnvironment } from '@forum/api/test-env';
import { Meilisearch } from 'meilisearch';
import type { SearchIndexDefinition } from './index-definition.js';
import { meilisearchErrorCode } from './meilisearch-transport.js';
import { SearchClient } from './search-client.js';
import { describeSearchProblem } from './search-preflight.js';

const env = readTestEnvironment();
const prefix = `t_${env.runId}_${randomBytes(3).toString('hex')}_`;
const client = new SearchClient(new SearchConfig(env.meiliUrl, env.meiliMasterKey, prefix));
/** Looks behind the client, to see what it did. */
const meilisearch = new Meilisearch({ host: env.meiliUrl, apiKey: env.meiliMasterKey });

const definition: SearchIndexDefinition = {
  uid: 'things',
  primaryKey: 'id',
  settings: {
    searchableAttributes: ['title', 'body'],
    filterableAttributes: ['tags', 'product', 'state'],
    rankingRules: ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness'],
  },
};

async function settingsTaskCount(): Promise<number> {
  const tasks = await meilisearch.tasks.getTasks({
    indexUids: [client.indexUid('things')],
    types: ['settingsUpdate'],
  });
  return tasks.total;
}

describe('SearchClient', () => {
  afterAll(async () => {
    await client.deleteIndex('things');
    expect(await client.listIndexes()).toEqual([]);
    client.onApplicationShutdown();
  });

  it('answers its health check, which fails while an index is not prepared', async () => {
    await expect(client.check()).resolves.toBeUndefined();
    client.setPrepared('things', false);
    await expect(client.check()).rejects.toThrow(
      'Meilisearch answers; index things not prepared yet (retrying)',
    );
    client.setPrepared('things', true);
    await expect(client.check()).resolves.toBeUndefined();
  });

  it('creates a missing index with the defined settings', async () => {
    expect(await client.applyDefinition(definition)).toBe(true);
    const index = await meilisearch.getIndex(`${prefix}things`);
    expect(index.primaryKey).toBe('id');
    const settings = await index.getSettings();
    expect(settings.searchableAttributes).toEqual(['title', 'body']);
    expect([...(settings.filterableAttributes ?? [])].sort()).toEqual(['product', 'state', 'tags']);
  });

  it('changes nothing when the settings already match', async () => {
    const before = await settingsTaskCount();
    expect(await client.applyDefinition(definition)).toBe(false);
    expect(await settingsTaskCount()).toBe(before);
  });

  it('sends no settings task when Meilisearch stores the settings in its own form', async () => {
    // Synonym keys out of order, a repeated stop word, partial objects Meilisearch completes
    // with defaults: what Meilisearch returns differs in form, not in meaning.
    const rich: SearchIndexDefinition = {
      ...definition,
      settings: {
        ...definition.settings,
        sortableAttributes: ['score', 'createdAt'],
        synonyms: { passwort: ['password', 'kennwort'], kennwort: ['passwort'], bill: ['invoice'] },
        stopWords: ['the', 'der', 'the', 'an', 'an'],
        faceting: { maxValuesPerFacet: 100 },
        pagination: { maxTotalHits: 1000 },
        typoTolerance: { disableOnAttributes: ['tags'] },
        separatorTokens: ['|', '&'],
      },
    };
    expect(await client.applyDefinition(rich)).toBe(true);
    const settings = await meilisearch.index(`${prefix}things`).getSettings();
    // Meilisearch's own form (not the definition's) is what the comparison has to see through.
    expect(Object.keys(settings.synonyms ?? {})).toEqual(['bill', 'kennwort', 'passwort']);
    expect(settings.stopWords).toEqual(['an', 'der', 'the']);
    expect(settings.faceting).toMatchObject({ sortFacetValuesBy: { '*': 'alpha' } });

    const before = await settingsTaskCount();
    expect(await client.applyDefinition(rich)).toBe(false);
    expect(await client.applyDefinition(rich)).toBe(false);
    expect(await settingsTaskCount()).toBe(before);

    const newSynonym = {
      ...rich,
      settings: { ...rich.settings, synonyms: { ...rich.settings.synonyms, bill: ['rechnung'] } },
    };
    expect(await client.applyDefinition(newSynonym)).toBe(true);
    expect(await settingsTaskCount()).toBe(before + 1);
    expect(await client.applyDefinition(newSynonym)).toBe(false);
    expect(await settingsTaskCount()).toBe(before + 1);
  });

  it('updates only the settings that changed, keeping their order', async () => {
    const changed = {
      ...definition,
      settings: { ...definition.settings, searchableAttributes: ['body', 'title'] },
    };
    expect(await client.applyDefinition(changed)).toBe(true);
    const settings = await meilisearch.index(`${prefix}things`).getSettings();
    expect(settings.searchableAttributes).toEqual(['body', 'title']);
  });

  it('explains an unreachable server and a rejected key in one line', async () => {
    const unreachable = await describeSearchProblem(
      new SearchConfig('http://127.0.0.1:9', undefined, ''),
    );
    expect(unreachable).toMatch(/^Cannot reach Meilisearch at http:\/\/127\.0\.0\.1:9 .*MEILI_URL/);
    const wrongKey = await describeSearchProblem(new SearchConfig(env.meiliUrl, 'not-the-key', ''));
    expect(wrongKey).toMatch(/rejected the key in MEILI_MASTER_KEY/);
    expect(
      await describeSearchProblem(new SearchConfig(env.meiliUrl, env.meiliMasterKey, '')),
    ).toBeUndefined();
  });

  it('sends documents and queries over its transport and reports Meilisearch error codes', async () => {
    const added = await client
      .index('things')
      .addDocuments([{ id: 'a1', title: 'Passwort zurücksetzen', body: 'Über Einstellungen.' }]);
    expect((await client.waitForTask(added)).status).toBe('succeeded');
    const [result] = await client.multiSearch([{ index: 'things', q: 'zurücksetzen' }]);
    expect(result?.hits.map((hit) => hit['id'])).toEqual(['a1']);

    const missing = await meilisearch.getIndex(client.indexUid('nowhere')).catch((e) => e);
    expect(meilisearchErrorCode(missing)).toBe('index_not_found');
    const unreachable = new SearchClient(new SearchConfig('http://127.0.0.1:9', undefined, prefix));
    const refused = await unreachable.check().catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(Error);
    expect(meilisearchErrorCode(refused)).toBeUndefined();
    unreachable.onApplicationShutdown();
  });
});
