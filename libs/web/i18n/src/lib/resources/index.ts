import { de } from './de';
import { en } from './en';

export const resources = { en, de } as const;

export const NAMESPACES = ['common', 'home', 'account', 'admin'] as const;
export type Namespace = (typeof NAMESPACES)[number];

// Typed keys: `t('home:status.title')` is checked against the English resources at compile time.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: typeof en;
  }
}
