import { Injectable, type OnModuleInit } from '@nestjs/common';
import { UserService } from '@forum/api/identity';
import { Clock } from '@forum/api/platform';
import { type ModeratedPostRef, PostModeration, type QnaEvent, QnaEvents } from '@forum/api/qna';
import { isStaff, PostHiddenReason, ReviewCause, SpamRule } from '@forum/shared/domain';
import { type EntityManager, MoreThanOrEqual, Not } from 'typeorm';
import { ReviewItems } from '../queue/review-items.js';
import { lockReviewTarget } from '../queue/target-lock.js';
import { type ModerationSettingsEntity } from '../settings/moderation-settings.entity.js';
import { ModerationSettingsService } from '../settings/moderation-settings.service.js';
import { ReviewTargets } from '../targets/review-targets.js';
import { TrustService } from '../trust/trust.service.js';
import { PostFingerprintEntity } from './post-fingerprint.entity.js';
import { countLinks, textHash, typingSpeed } from './spam-signals.js';

const dayMs = 86_400_000;

/**
 * Holds a new account's spam for review before anyone sees it: in the transaction that wrote a
 * question or answer, a post of an untrusted new account that breaks a rule (too many links, a
 * repeat of a recent post, written faster than anyone types) is hidden as `awaiting_review` and
 * queued; a new account's first post that no rule catches is queued but stays public.
 */
@Injectable()
export class SpamRulesListener implements OnModuleInit {
  constructor(
    private readonly events: QnaEvents,
    private readonly posts: PostModeration,
    private readonly targets: ReviewTargets,
    private readonly items: ReviewItems,
    private readonly users: UserService,
    private readonly trust: TrustService,
    private readonly settings: ModerationSettingsService,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.events.subscribe((manager, event) => this.handle(manager, event), {
      phase: 'record',
      name: 'moderation.spam-rules',
    });
  }

  async handle(manager: EntityManager, event: QnaEvent): Promise<void> {
    let post: ModeratedPostRef;
    if (event.type === 'question.asked') post = { kind: 'question', id: event.questionId };
    else if (event.type === 'answer.posted') post = { kind: 'answer', id: event.answerId };
    else return;
    const facts = await this.targets.describeOne(manager, post);
    if (!facts) return;
    const now = this.clock.now();
    const text = post.kind === 'question' ? `${facts.title}\n${facts.body}` : facts.body;
    const fingerprint = manager.create(PostFingerprintEntity, {
      postId: post.id,
      postKind: post.kind,
      authorId: event.authorId,
      // The body alone: a repeat posted as an answer to a question says the same thing.
      textHash: textHash(facts.body),
      characters: [...text].length,
      postedAt: now,
    });
    const settings = await this.settings.current();
    if (!(await this.isNewAccount(manager, event.authorId, settings, now))) {
      await manager.save(fingerprint, { reload: false });
      return;
    }
    const rule = await this.brokenRule(manager, fingerprint, text, settings, now);
    const earlierPosts = await manager.countBy(PostFingerprintEntity, {
      authorId: event.authorId,
      postId: Not(post.id),
    });
    await manager.save(fingerprint, { reload: false });
    if (rule === null && (earlierPosts > 0 || !settings.firstPostReviewEnabled)) return;
    await lockReviewTarget(manager, [post]);
    if (rule !== null) {
      await this.posts.hide(manager, post, {
        reason: PostHiddenReason.AwaitingReview,
        note: rule,
        actor: null,
      });
      await this.items.openFor(manager, facts, ReviewCause.SpamRule, rule);
    } else {
      await this.items.openFor(manager, facts, ReviewCause.FirstPost);
    }
  }

  /** Low reputation or a young account, not staff and not trusted by an admin. */
  private async isNewAccount(
    manager: EntityManager,
    userId: string,
    settings: ModerationSettingsEntity,
    now: Date,
  ): Promise<boolean> {
    const user = await this.users.findById(userId);
    if (!user || isStaff(user.role)) return false;
    const young = now.getTime() - user.createdAt.getTime() < settings.newAccountDays * dayMs;
    if (user.reputation >= settings.newAccountReputation && !young) return false;
    return !(await this.trust.isTrusted(userId, manager));
  }

  private async brokenRule(
    manager: EntityManager,
    fingerprint: PostFingerprintEntity,
    text: string,
    settings: ModerationSettingsEntity,
    now: Date,
  ): Promise<SpamRule | null> {
    if (settings.linkRuleEnabled && countLinks(text) >= settings.maxLinks) return SpamRule.Links;
    if (settings.repeatRuleEnabled) {
      const repeated = await manager.existsBy(PostFingerprintEntity, {
        authorId: fingerprint.authorId,
        textHash: fingerprint.textHash,
        postId: Not(fingerprint.postId),
        postedAt: MoreThanOrEqual(new Date(now.getTime() - settings.repeatWindowDays * dayMs)),
      });
      if (repeated) return SpamRule.RepeatedText;
    }
    if (settings.typingRuleEnabled) {
      const previous = await manager.findOne(PostFingerprintEntity, {
        where: { authorId: fingerprint.authorId, postId: Not(fingerprint.postId) },
        order: { postedAt: 'DESC' },
      });
      if (
        previous &&
        typingSpeed(fingerprint.characters, previous.postedAt, now) >
          settings.maxCharactersPerSecond
      ) {
        return SpamRule.TypingSpeed;
      }
    }
    return null;
  }
}
