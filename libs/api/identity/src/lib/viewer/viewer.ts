import { createHash, randomBytes } from 'node:crypto';
import type { Request } from 'express';
import type { ApiTokenScope } from '../api-tokens/api-token.entity.js';
import type { UserEntity } from '../users/user.entity.js';

/** Who is making a request, and how they proved it. */
export interface Viewer {
  user: UserEntity;
  via: 'session' | 'token';
  /** The client's address through trusted proxies; recorded with staff actions. */
  address: string;
  /** SHA-256 of the session cookie, when signed in through a browser session. */
  sessionTokenHash?: string;
  /** Scope of the personal access token, when authenticated with one. */
  tokenScope?: ApiTokenScope;
  /** Id of the personal access token, when authenticated with one. */
  tokenId?: string;
}

export type RequestWithViewer = Request & { viewer?: Viewer };

export function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

export function randomToken(): string {
  return randomBytes(32).toString('base64url');
}

/** The client's address as seen through trusted proxies (Express `trust proxy`). */
export function clientAddress(request: Request): string {
  return request.ip ?? request.socket.remoteAddress ?? 'unknown';
}
