import type { Plugin } from 'vite';

const SHIM_ID = '\0forum-lowlight-without-bundled-grammars';

/**
 * rehype-highlight registers the languages it is given (`languages`, see MarkdownView), but its
 * module also imports lowlight's `common` set of 37 grammars as the default, and a bundler cannot
 * tell that the default goes unused: the question pages would carry 60 kB (gzipped) of grammars
 * for languages nobody highlights. This hands rehype-highlight a lowlight whose `common` set is
 * empty; `createLowlight` itself is lowlight's own. Everything else imports lowlight as it is.
 */
export function highlightLanguageSubset(): Plugin {
  return {
    name: 'forum:highlight-language-subset',
    enforce: 'pre',
    resolveId: {
      filter: { id: /^lowlight$/ },
      handler(_source, importer) {
        return importer?.includes('/node_modules/rehype-highlight/') ? SHIM_ID : null;
      },
    },
    load: {
      filter: { id: new RegExp(`^${SHIM_ID}$`) },
      handler() {
        return "export { createLowlight } from 'lowlight';\nexport const common = {};\n";
      },
    },
  };
}
