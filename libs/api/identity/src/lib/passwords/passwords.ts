import { hash, verify } from '@node-rs/argon2';
import zxcvbnCore from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as german from '@zxcvbn-ts/language-de';
import * as english from '@zxcvbn-ts/language-en';
import { IdentityException, IdentityExceptionCode } from '../identity.exception.js';

/** argon2id with OWASP's recommended minimum: 19 MiB of memory, two passes, one lane. */
const argon2Options = { memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export const passwordLength = { min: 10, max: 200 };

// The package is CommonJS without named exports Node can detect.
const strength = new zxcvbnCore.ZxcvbnFactory({
  dictionary: { ...common.dictionary, ...english.dictionary, ...german.dictionary },
  graphs: common.adjacencyGraphs,
  translations: english.translations,
});

export function hashPassword(password: string): Promise<string> {
  return hash(password, argon2Options);
}

export function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  return verify(passwordHash, password).catch(() => false);
}

/** Compared against when no account matches, so timing does not reveal which e-mails exist. */
let decoyHash: Promise<string> | undefined;
export function verifyAgainstDecoy(password: string): Promise<boolean> {
  decoyHash ??= hashPassword('decoy password that never matches anything');
  return decoyHash.then((h) => verifyPassword(h, password)).then(() => false);
}

/**
 * Refuses passwords that are short or easy to guess (zxcvbn score below 3, counting the
 * person's own e-mail and name as known words).
 */
export function assertStrongPassword(password: string, knownWords: string[]): void {
  if (password.length < passwordLength.min || password.length > passwordLength.max) {
    throw new IdentityException(
      IdentityExceptionCode.WeakPassword,
      `Passwords need ${passwordLength.min} to ${passwordLength.max} characters.`,
      { minLength: passwordLength.min },
    );
  }
  const result = strength.check(password, knownWords.filter(Boolean));
  if (result.score < 3) {
    throw new IdentityException(
      IdentityExceptionCode.WeakPassword,
      'This password is too easy to guess.',
      {
        warning: result.feedback.warning ?? null,
        suggestions: result.feedback.suggestions,
      },
    );
  }
}
