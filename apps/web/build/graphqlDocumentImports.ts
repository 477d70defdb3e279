import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

const VIRTUAL_PREFIX = 'virtual:forum-graphql-document/';
const RESOLVED_PREFIX = '\0forum-graphql-document:';

/**
 * Gives every GraphQL document its own module, so each page's chunk carries only the operations
 * it uses.
 *
 * Code calls `graphql(`…`)`, which GraphQL Code Generator's client preset answers from one map
 * of every document; and a bundler never splits one module across chunks, so even importing the
 * named documents from the generated `graphql.ts` (what the preset's Babel plugin does) would put
 * every document any page uses into the chunk of the first page, which needs the viewer query.
 * This plugin replaces each call with an import of a virtual module that holds just that
 * document, copied from the generated file. Vite 8's React plugin compiles with Oxc, not Babel,
 * which is why this is a small plugin of its own.
 *
 * Line numbers stay as they were: the import goes onto the first line, and each call keeps its
 * line breaks.
 */
export function graphqlDocumentImports({ generatedFile }: { generatedFile: string }): Plugin {
  let documents: Map<string, string> | undefined;
  /** Every `export const XDocument = {…} as unknown as …` of the generated file, by name. */
  const generatedDocuments = () => {
    documents ??= new Map(
      [
        ...readFileSync(generatedFile, 'utf8').matchAll(
          /^export const (\w+) = (\{.*\}) as unknown as /gm,
        ),
      ].map(([, name, json]) => [name as string, json as string]),
    );
    return documents;
  };

  return {
    name: 'forum:graphql-document-imports',
    enforce: 'pre',
    buildStart() {
      documents = undefined;
    },
    watchChange(id) {
      if (id === generatedFile) documents = undefined;
    },
    resolveId: {
      filter: { id: new RegExp(`^${VIRTUAL_PREFIX}`) },
      handler(id) {
        return `${RESOLVED_PREFIX}${id.slice(VIRTUAL_PREFIX.length)}`;
      },
    },
    load: {
      filter: { id: new RegExp(`^${RESOLVED_PREFIX}`) },
      handler(id) {
        const name = id.slice(RESOLVED_PREFIX.length);
        const json = generatedDocuments().get(name);
        if (json === undefined) this.error(`There is no generated document ${name}.`);
        this.addWatchFile(generatedFile);
        return `export default ${json};`;
      },
    },
    transform: {
      filter: { id: /\/libs\/web\/[^/]+\/src\/.*\.tsx?$/, code: 'graphql(`' },
      handler(code, id) {
        if (id.includes('/src/generated/')) return null;
        const imports = new Map<string, string>();
        const replaced = code.replace(
          /\bgraphql\(\s*`([^`]*)`\s*,?\s*\)/g,
          (call, source: string) => {
            const definition = /\b(query|mutation|subscription|fragment)\s+([A-Za-z_]\w*)/.exec(
              source,
            );
            if (!definition)
              this.error(`A graphql() call in ${id} names no operation or fragment.`);
            const [, kind, name] = definition;
            const documentName = `${name}${kind === 'fragment' ? 'FragmentDoc' : 'Document'}`;
            if (!generatedDocuments().has(documentName)) {
              this.error(
                `${documentName} (${id}) is not generated yet: run \`npx nx run web-data-access-graphql:codegen\`.`,
              );
            }
            const local = `__graphql_${documentName}`;
            imports.set(documentName, local);
            return `(${local}${'\n'.repeat(call.split('\n').length - 1)})`;
          },
        );
        if (imports.size === 0) return null;
        const statements = [...imports]
          .map(([name, local]) => `import ${local} from '${VIRTUAL_PREFIX}${name}';`)
          .join(' ');
        return { code: `${statements}${replaced}`, map: null };
      },
    },
  };
}
