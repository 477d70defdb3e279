import { versionsOf } from './versions';

describe('versionsOf', () => {
  it('pairs each version’s text with whoever wrote that version', () => {
    const versions = versionsOf(
      { title: 'Title 3', body: 'Body 3', tags: ['c'], author: 'asker', createdAt: 't0' },
      [
        {
          previousTitle: 'Title 2',
          previousBody: 'Body 2',
          previousTags: ['b'],
          editor: 'expert',
          editedAt: 't2',
        },
        {
          previousTitle: 'Title 1',
          previousBody: 'Body 1',
          previousTags: ['a'],
          editor: 'asker',
          editedAt: 't1',
        },
      ],
    );

    expect(versions).toEqual([
      {
        number: 3,
        title: 'Title 3',
        body: 'Body 3',
        tags: ['c'],
        author: 'expert',
        at: 't2',
        isOriginal: false,
      },
      {
        number: 2,
        title: 'Title 2',
        body: 'Body 2',
        tags: ['b'],
        author: 'asker',
        at: 't1',
        isOriginal: false,
      },
      {
        number: 1,
        title: 'Title 1',
        body: 'Body 1',
        tags: ['a'],
        author: 'asker',
        at: 't0',
        isOriginal: true,
      },
    ]);
  });

  it('has one version for a post that was never edited', () => {
    expect(versionsOf({ body: 'Answer', author: 'a', createdAt: 't0' }, [])).toEqual([
      {
        number: 1,
        title: null,
        body: 'Answer',
        tags: null,
        author: 'a',
        at: 't0',
        isOriginal: true,
      },
    ]);
  });
});
