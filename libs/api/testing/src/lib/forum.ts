import { randomBytes } from 'node:crypto';
import { type OrganisationPlan, Role, type VoteImportance } from '@forum/shared/domain';
import { gqlData } from './gql.js';
import {
  newPeople,
  newPerson,
  type NewPersonOptions,
  newSession,
  signedIn,
  type TestPerson,
  type TestSession,
} from './people.js';
import type { TestApp } from './test-app.js';

export interface NewProductOptions {
  /** Unique unless given. */
  slug?: string;
  /** "Product <slug>" unless given. */
  name?: string;
  description?: string;
}

export interface NewQuestionOptions {
  /** Asks as this person; a new member when left out. */
  author?: TestSession;
  /** The context's own product when left out. */
  productId?: string;
  title?: string;
  body?: string;
  tags?: string[];
  language?: 'EN' | 'DE';
  draftId?: string;
}

export interface NewAnswerOptions {
  questionId: string;
  /** Answers as this person; a new member when left out. */
  author?: TestSession;
  body?: string;
}

export interface VoteOptions {
  as: TestSession;
  target: 'QUESTION' | 'ANSWER';
  id: string;
  direction: 'UP' | 'DOWN' | 'NONE';
}

export interface CommentOptions {
  as: TestSession;
  questionId?: string;
  answerId?: string;
  body?: string;
}

export interface NewOrganisationOptions {
  plan?: OrganisationPlan;
  name?: string;
}

export interface NewIdeaOptions {
  /** Proposes as this person; a new member when left out. */
  author?: TestSession;
  /** The context's own product when left out. */
  productId?: string;
  title?: string;
  description?: string;
}

export interface VoteOnIdeaOptions {
  as: TestSession;
  ideaId: string;
  importance?: VoteImportance;
  reason?: string;
}

/**
 * Builds a test's data through the public GraphQL API, signed in as the person who would do it,
 * so set-up follows the same rules and events as the product. Every call makes new rows with
 * values of their own (slugs, names, e-mail addresses), so tests in one file never collide.
 * Creates what a file needs and nothing else: an administrator and a product appear only when a
 * factory needs one.
 */
export class ForumTestContext {
  private readonly run = randomBytes(3).toString('hex');
  private sequence = 0;
  private admin?: Promise<TestSession>;
  private product?: Promise<string>;

  constructor(readonly api: TestApp) {}

  /** A person with that role (a member unless told), signed in through the real `signIn`. */
  newUser(options: NewPersonOptions = {}): Promise<TestSession> {
    return signedIn(this.api, options);
  }

  /** A person who is not signed in anywhere. */
  newPerson(options: NewPersonOptions = {}): Promise<TestPerson> {
    return newPerson(this.api, options);
  }

  /** Many members at once, for tests about volume; returns their ids. */
  newPeople(count: number, options: { organisationId?: string | null } = {}): Promise<string[]> {
    return newPeople(this.api, count, options.organisationId ?? null);
  }

  /** A browser session for a person, made directly, for tests that need many quickly. */
  sessionOf(person: TestPerson): Promise<TestSession> {
    return newSession(this.api, person);
  }

  async newProduct(options: NewProductOptions = {}): Promise<string> {
    const slug = options.slug ?? `product-${this.unique()}`;
    const data = await gqlData<{ createProduct: { id: string } }>(this.api, {
      query:
        'mutation CreateProduct($input: CreateProductInput!) { createProduct(input: $input) { id } }',
      variables: {
        input: {
          slug,
          name: options.name ?? `Product ${slug}`,
          description: options.description,
        },
      },
      as: await this.administrator(),
    });
    return data.createProduct.id;
  }

  async newQuestion(options: NewQuestionOptions = {}): Promise<string> {
    const unique = this.unique();
    const data = await gqlData<{ askQuestion: { id: string } }>(this.api, {
      query:
        'mutation AskQuestion($input: AskQuestionInput!) { askQuestion(input: $input) { id } }',
      variables: {
        input: {
          productId: options.productId ?? (await this.defaultProduct()),
          title: options.title ?? `How do I export report ${unique} to a spreadsheet?`,
          body: options.body ?? `Report ${unique} has to go to our accountants every month.`,
          tags: options.tags,
          language: options.language,
          draftId: options.draftId,
        },
      },
      as: options.author ?? (await this.newUser()),
    });
    return data.askQuestion.id;
  }

  async newAnswer(options: NewAnswerOptions): Promise<string> {
    const data = await gqlData<{ postAnswer: { id: string } }>(this.api, {
      query: 'mutation PostAnswer($input: PostAnswerInput!) { postAnswer(input: $input) { id } }',
      variables: {
        input: {
          questionId: options.questionId,
          body: options.body ?? `Open the report and choose Export (answer ${this.unique()}).`,
        },
      },
      as: options.author ?? (await this.newUser()),
    });
    return data.postAnswer.id;
  }

  /** Accepts an answer as the solution, as the asker or an expert would. */
  async accept(options: { as: TestSession; answerId: string }): Promise<void> {
    await gqlData(this.api, {
      query:
        'mutation AcceptAnswer($input: AcceptAnswerInput!) { acceptAnswer(input: $input) { id } }',
      variables: { input: { answerId: options.answerId } },
      as: options.as,
    });
  }

  /** Votes a question or an answer; returns its new score. */
  async vote(options: VoteOptions): Promise<number> {
    const data = await gqlData<{ vote: { score: number } }>(this.api, {
      query: 'mutation Vote($input: VoteInput!) { vote(input: $input) { score } }',
      variables: {
        input: { target: options.target, id: options.id, direction: options.direction },
      },
      as: options.as,
    });
    return data.vote.score;
  }

  async comment(options: CommentOptions): Promise<string> {
    const data = await gqlData<{ addComment: { id: string } }>(this.api, {
      query: 'mutation AddComment($input: AddCommentInput!) { addComment(input: $input) { id } }',
      variables: {
        input: {
          questionId: options.questionId,
          answerId: options.answerId,
          body: options.body ?? `Which version are you on? (${this.unique()})`,
        },
      },
      as: options.as,
    });
    return data.addComment.id;
  }

  async newOrganisation(options: NewOrganisationOptions = {}): Promise<string> {
    const data = await gqlData<{ createOrganisation: { id: string } }>(this.api, {
      query:
        'mutation CreateOrganisation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }',
      variables: {
        input: {
          name: options.name ?? `Organisation ${this.unique()}`,
          plan: (options.plan ?? 'pro').toUpperCase(),
        },
      },
      as: await this.administrator(),
    });
    return data.createOrganisation.id;
  }

  async newIdea(options: NewIdeaOptions = {}): Promise<string> {
    const unique = this.unique();
    const data = await gqlData<{ proposeIdea: { id: string } }>(this.api, {
      query:
        'mutation ProposeIdea($input: ProposeIdeaInput!) { proposeIdea(input: $input) { id } }',
      variables: {
        input: {
          productId: options.productId ?? (await this.defaultProduct()),
          title: options.title ?? `Export report ${unique} as CSV with a header row`,
          description: options.description ?? 'Details.',
        },
      },
      as: options.author ?? (await this.newUser()),
    });
    return data.proposeIdea.id;
  }

  /** Votes for an idea, or changes the vote; returns the idea's vote count. */
  async voteOnIdea(options: VoteOnIdeaOptions): Promise<number> {
    const data = await gqlData<{ voteForIdea: { voteCount: number } }>(this.api, {
      query:
        'mutation VoteForIdea($input: VoteForIdeaInput!) { voteForIdea(input: $input) { voteCount } }',
      variables: {
        input: {
          ideaId: options.ideaId,
          importance: options.importance?.toUpperCase(),
          reason: options.reason,
        },
      },
      as: options.as,
    });
    return data.voteForIdea.voteCount;
  }

  private unique(): string {
    this.sequence += 1;
    return `${this.run}-${this.sequence}`;
  }

  private administrator(): Promise<TestSession> {
    this.admin ??= newPerson(this.api, { role: Role.Admin }).then((person) =>
      newSession(this.api, person),
    );
    return this.admin;
  }

  private defaultProduct(): Promise<string> {
    this.product ??= this.newProduct();
    return this.product;
  }
}

/** The factories for one test file's app; see `ForumTestContext`. */
export function createForumTestContext(api: TestApp): ForumTestContext {
  return new ForumTestContext(api);
}
