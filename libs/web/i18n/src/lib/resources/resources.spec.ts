import { de } from './de';
import { en } from './en';
import { peopleDe } from './people.de';
import { peopleEn } from './people.en';
import { ideasDe } from './ideas.de';
import { ideasEn } from './ideas.en';
import { moderationDe } from './moderation.de';
import { moderationEn } from './moderation.en';
import { followingDe } from './following.de';
import { followingEn } from './following.en';
import { supportDe } from './support.de';
import { supportEn } from './support.en';
import { notificationsDe } from './notifications.de';
import { notificationsEn } from './notifications.en';
import { qnaDe } from './qna.de';
import { qnaEn } from './qna.en';

type Tree = { readonly [key: string]: string | Tree };

function keysOf(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keysOf(value, `${prefix}${key}.`),
  );
}

function placeholdersOf(tree: Tree): Record<string, string[]> {
  const flat: Record<string, string[]> = {};
  const walk = (node: Tree, prefix: string) => {
    for (const [key, value] of Object.entries(node)) {
      if (typeof value === 'string') {
        flat[`${prefix}${key}`] = [...value.matchAll(/{{\s*(\w+)/g)]
          .map((match) => match[1])
          .sort();
      } else {
        walk(value, `${prefix}${key}.`);
      }
    }
  };
  walk(tree, '');
  return flat;
}

// The first page's namespaces, and each namespace that loads with its pages.
describe.each([
  ['the first page', en, de],
  ['qna', qnaEn, qnaDe],
  ['people', peopleEn, peopleDe],
  ['ideas', ideasEn, ideasDe],
  ['moderation', moderationEn, moderationDe],
  ['notifications', notificationsEn, notificationsDe],
  ['following', followingEn, followingDe],
  ['support', supportEn, supportDe],
] as [string, Tree, Tree][])('translation resources of %s', (_name, en, de) => {
  it('has the same keys in German and English', () => {
    expect(keysOf(de).sort()).toEqual(keysOf(en).sort());
  });

  it('uses the same placeholders in both languages', () => {
    expect(placeholdersOf(de)).toEqual(placeholdersOf(en));
  });

  it('has no empty texts', () => {
    for (const tree of [en, de]) {
      const empty = keysOf(tree).filter((key) => {
        const value = key
          .split('.')
          .reduce<Tree | string>((node, part) => (node as Tree)[part], tree);
        return typeof value === 'string' && value.trim() === '';
      });
      expect(empty).toEqual([]);
    }
  });
});
