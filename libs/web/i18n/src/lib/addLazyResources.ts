import type { i18n } from 'i18next';
import type { Language } from './languages';
import type { LAZY_NAMESPACES } from './resources';

/**
 * Adds a namespace that ships with lazily loaded pages to an i18n instance, once. Call it before
 * the first `t` of that namespace; it is synchronous, so the first render has its texts.
 */
export function addLazyResources(
  instance: i18n,
  namespace: (typeof LAZY_NAMESPACES)[number],
  resources: Readonly<Record<Language, object>>,
): void {
  for (const [language, bundle] of Object.entries(resources)) {
    if (!instance.hasResourceBundle(language, namespace)) {
      instance.addResourceBundle(language, namespace, bundle);
    }
  }
}
