import type { Language } from '../languages';
import type { Translations } from './en';
import { qnaDe } from './qna.de';
import { qnaEn } from './qna.en';

export type QnaResources = Translations<typeof qnaEn>;

/** The `qna` namespace in every language; imported by the Q&A pages only. */
export const qnaResources: Record<Language, QnaResources> = { en: qnaEn, de: qnaDe };
