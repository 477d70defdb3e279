import type { TFunction } from 'i18next';

/** The structured reason the API gives for a suggestion. */
export interface RoutingReasonFields {
  audience?: 'EXPERT' | 'COMMUNITY';
  solvedSimilar: number;
  answeredInArea: number;
  areaName?: string | null;
}

/**
 * Why someone is suggested, in the reader's language: "solved 4 similar questions in Billing",
 * else "answered 7 questions in Billing", else that they gave helpful answers to similar
 * questions, else (an expert without history) that they cover the area.
 */
export function routingExplanation(t: TFunction<'support'>, reason: RoutingReasonFields): string {
  const area = reason.areaName ?? null;
  if (reason.solvedSimilar > 0) {
    return area
      ? t('routing.solvedSimilar', { count: reason.solvedSimilar, area })
      : t('routing.solvedSimilarAnywhere', { count: reason.solvedSimilar });
  }
  if (reason.answeredInArea > 0 && area) {
    return t('routing.answeredInArea', { count: reason.answeredInArea, area });
  }
  if (reason.audience === 'COMMUNITY' || reason.answeredInArea > 0) {
    return t('routing.similarAnswers');
  }
  return area ? t('routing.covers', { area }) : t('routing.coversAnywhere');
}
