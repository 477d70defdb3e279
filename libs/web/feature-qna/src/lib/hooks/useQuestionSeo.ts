import { useEffect } from 'react';

export interface QuestionSeo {
  /** About 155 characters of plain text. */
  description: string;
  /** The question's canonical address, absolute. */
  canonicalUrl: string;
  /** schema.org structured data, serialised into a JSON-LD script. */
  jsonLd: unknown;
}

const MARK = 'data-forum-seo';

/**
 * Puts the question's description, canonical address and structured data into the document
 * head while the page is shown, and takes them out again when it goes: an existing description
 * gets its previous text back.
 */
export function useQuestionSeo({ description, canonicalUrl, jsonLd }: QuestionSeo) {
  const json = JSON.stringify(jsonLd);

  useEffect(() => {
    const head = document.head;
    const existing = head.querySelector<HTMLMetaElement>('meta[name="description"]');
    const meta = existing ?? document.createElement('meta');
    const previousDescription = existing?.content;
    if (!existing) {
      meta.name = 'description';
      meta.setAttribute(MARK, '');
      head.append(meta);
    }
    meta.content = description;

    const canonical = document.createElement('link');
    canonical.rel = 'canonical';
    canonical.href = canonicalUrl;
    canonical.setAttribute(MARK, '');

    // textContent is never parsed as HTML; "<" is escaped as well, so the JSON stays inert
    // should the head ever be serialised (prerendering, "save page").
    const script = document.createElement('script');
    script.type = 'application/ld+json';
    script.textContent = json.replace(/</g, '\\u003c');
    script.setAttribute(MARK, '');

    head.append(canonical, script);

    return () => {
      canonical.remove();
      script.remove();
      if (existing && previousDescription !== undefined) meta.content = previousDescription;
      else meta.remove();
    };
  }, [description, canonicalUrl, json]);
}
