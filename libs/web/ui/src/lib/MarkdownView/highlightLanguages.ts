import bash from 'highlight.js/lib/languages/bash';
import csharp from 'highlight.js/lib/languages/csharp';
import java from 'highlight.js/lib/languages/java';
import javascript from 'highlight.js/lib/languages/javascript';
import json from 'highlight.js/lib/languages/json';
import python from 'highlight.js/lib/languages/python';
import sql from 'highlight.js/lib/languages/sql';
import typescript from 'highlight.js/lib/languages/typescript';
import xml from 'highlight.js/lib/languages/xml';
import yaml from 'highlight.js/lib/languages/yaml';

/**
 * The languages code blocks are highlighted in; each brings its own aliases (`sh`, `js`, `ts`,
 * `html`, `yml`, `cs`…). Others show as plain code. highlight.js knows 190 languages; these are
 * what customers of a business product paste.
 */
export const highlightLanguages = {
  bash,
  csharp,
  java,
  javascript,
  json,
  python,
  sql,
  typescript,
  xml,
  yaml,
};
