export const BadgeTier = { Bronze: 'bronze', Silver: 'silver', Gold: 'gold' } as const;
export type BadgeTier = (typeof BadgeTier)[keyof typeof BadgeTier];

export const BadgeKey = {
  CompanyExpert: 'company_expert',
  FirstAnswer: 'first_answer',
  SolutionAuthor: 'solution_author',
  Helpful: 'helpful',
  GoodQuestion: 'good_question',
  VerifiedByStaff: 'verified_by_staff',
  IdeaChampion: 'idea_champion',
  ProductSpecialist: 'product_specialist',
} as const;
export type BadgeKey = (typeof BadgeKey)[keyof typeof BadgeKey];

export interface LocalizedText {
  en: string;
  de: string;
}

export interface BadgeLevel {
  tier: BadgeTier;
  /** The count that earns this tier (accepted answers, upvotes, ...); 1 for one-off badges. */
  threshold: number;
  description: LocalizedText;
}

export interface BadgeDefinition {
  key: BadgeKey;
  name: LocalizedText;
  levels: readonly BadgeLevel[];
  /** Whether it can be lost again (role taken away, no longer among the top answerers). */
  revocable: boolean;
}

/** How many community members per product hold Product Specialist, and over which window. */
export const productSpecialistRule = { top: 3, days: 90, minimumPoints: 30 } as const;

/** Every badge there is. Names and descriptions in both languages of the community. */
export const badgeCatalog: readonly BadgeDefinition[] = [
  {
    key: BadgeKey.CompanyExpert,
    name: { en: 'Company Expert', de: 'Unternehmensexperte' },
    revocable: true,
    levels: [
      {
        tier: BadgeTier.Gold,
        threshold: 1,
        description: {
          en: 'Works for the company and answers in their product areas.',
          de: 'Arbeitet für das Unternehmen und antwortet in seinen Produktbereichen.',
        },
      },
    ],
  },
  {
    key: BadgeKey.FirstAnswer,
    name: { en: 'First Answer', de: 'Erste Antwort' },
    revocable: false,
    levels: [
      {
        tier: BadgeTier.Bronze,
        threshold: 1,
        description: {
          en: 'Answered a question for the first time.',
          de: 'Hat zum ersten Mal eine Frage beantwortet.',
        },
      },
    ],
  },
  {
    key: BadgeKey.SolutionAuthor,
    name: { en: 'Solution Author', de: 'Lösungsautor' },
    revocable: false,
    levels: [
      {
        tier: BadgeTier.Bronze,
        threshold: 1,
        description: {
          en: "Wrote an answer accepted as the solution to someone else's question.",
          de: 'Hat eine Antwort geschrieben, die als Lösung einer fremden Frage akzeptiert wurde.',
        },
      },
      {
        tier: BadgeTier.Silver,
        threshold: 10,
        description: {
          en: '10 answers accepted as the solution.',
          de: '10 Antworten als Lösung akzeptiert.',
        },
      },
      {
        tier: BadgeTier.Gold,
        threshold: 100,
        description: {
          en: '100 answers accepted as the solution.',
          de: '100 Antworten als Lösung akzeptiert.',
        },
      },
    ],
  },
  {
    key: BadgeKey.Helpful,
    name: { en: 'Helpful', de: 'Hilfsbereit' },
    revocable: false,
    levels: [
      {
        tier: BadgeTier.Bronze,
        threshold: 10,
        description: {
          en: 'Answers with 10 upvotes in total.',
          de: 'Antworten mit insgesamt 10 positiven Stimmen.',
        },
      },
      {
        tier: BadgeTier.Silver,
        threshold: 50,
        description: {
          en: 'Answers with 50 upvotes in total.',
          de: 'Antworten mit insgesamt 50 positiven Stimmen.',
        },
      },
      {
        tier: BadgeTier.Gold,
        threshold: 250,
        description: {
          en: 'Answers with 250 upvotes in total.',
          de: 'Antworten mit insgesamt 250 positiven Stimmen.',
        },
      },
    ],
  },
  {
    key: BadgeKey.GoodQuestion,
    name: { en: 'Good Question', de: 'Gute Frage' },
    revocable: false,
    levels: [
      {
        tier: BadgeTier.Bronze,
        threshold: 5,
        description: {
          en: 'Asked a question that 5 people upvoted.',
          de: 'Hat eine Frage gestellt, die 5 Personen positiv bewertet haben.',
        },
      },
      {
        tier: BadgeTier.Silver,
        threshold: 10,
        description: {
          en: 'Asked a question that 10 people upvoted.',
          de: 'Hat eine Frage gestellt, die 10 Personen positiv bewertet haben.',
        },
      },
      {
        tier: BadgeTier.Gold,
        threshold: 25,
        description: {
          en: 'Asked a question that 25 people upvoted.',
          de: 'Hat eine Frage gestellt, die 25 Personen positiv bewertet haben.',
        },
      },
    ],
  },
  {
    key: BadgeKey.VerifiedByStaff,
    name: { en: 'Verified by Staff', de: 'Vom Team bestätigt' },
    revocable: false,
    levels: [
      {
        tier: BadgeTier.Silver,
        threshold: 1,
        description: {
          en: 'A company expert verified one of their answers as the solution.',
          de: 'Ein Experte des Unternehmens hat eine ihrer Antworten als Lösung bestätigt.',
        },
      },
    ],
  },
  {
    key: BadgeKey.IdeaChampion,
    name: { en: 'Idea Champion', de: 'Ideengeber' },
    revocable: false,
    levels: [
      {
        tier: BadgeTier.Silver,
        threshold: 1,
        description: {
          en: 'Suggested an idea that the product team planned.',
          de: 'Hat eine Idee eingebracht, die das Produktteam eingeplant hat.',
        },
      },
    ],
  },
  {
    key: BadgeKey.ProductSpecialist,
    name: { en: 'Product Specialist', de: 'Produktspezialist' },
    revocable: true,
    levels: [
      {
        tier: BadgeTier.Gold,
        threshold: 1,
        description: {
          en: `Among the top ${productSpecialistRule.top} community answerers of a product over the last ${productSpecialistRule.days} days.`,
          de: `Unter den ${productSpecialistRule.top} besten Antwortenden der Community eines Produkts in den letzten ${productSpecialistRule.days} Tagen.`,
        },
      },
    ],
  },
];

export function badgeDefinition(key: BadgeKey): BadgeDefinition {
  const found = badgeCatalog.find((badge) => badge.key === key);
  if (!found) throw new Error(`unknown badge ${key}`);
  return found;
}
