import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { baseUrl, launchBrowser, reloadUntilVisible, screenshot } from './browser.js';
import { freshPage, signedInPage, signUp } from './people.js';

describe('reputation, from a helpful answer to the leaderboard', () => {
  let browser: Browser;
  let member: Page;
  let questionUrl: string;
  let profileUrl: string;
  const run = Date.now().toString(36);
  // A new account, so that every point and badge on the profile comes from this journey.
  const name = `Nora Lindqvist ${run}`;
  const title = `Why does the weekly report e-mail arrive without its attachment? ${run}`;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('a new member answers a question', async () => {
    const asker = await signedInPage(browser, 'mehmet.yilmaz@demo.example', 'Mehmet Yilmaz');
    await asker.goto(`${baseUrl}/questions/ask`);
    await asker.getByLabel('Title').fill(title);
    await asker.getByLabel('Product area').selectOption({ label: 'Reporting' });
    await asker
      .getByLabel('Details', { exact: true })
      .fill('The scheduled report arrives every Monday, but the PDF is missing since last week.');
    await asker.getByRole('button', { name: 'Post your question' }).click();
    await asker.getByRole('heading', { name: title }).waitFor({ timeout: 15_000 });
    questionUrl = asker.url();
    await asker.close();

    member = await freshPage(browser);
    await signUp(member, {
      name,
      email: `nora.${run}@example.com`,
      password: 'Lantern-Harbour-Quiet-71',
    });
    await member.goto(questionUrl);
    await member
      .getByLabel('Your answer')
      .fill('Attachments over 10 MB are dropped: reduce the date range or send a link instead.');
    await member.getByRole('button', { name: 'Post your answer' }).click();
    await member.getByText('Thank you, your answer has been posted.').waitFor({ timeout: 15_000 });
  });

  it('the asker accepts the answer and upvotes it', async () => {
    const asker = await signedInPage(browser, 'mehmet.yilmaz@demo.example', 'Mehmet Yilmaz');
    await asker.goto(questionUrl);
    const answer = asker.getByRole('article', { name: `Answer by ${name}` });
    await answer.getByRole('button', { name: 'Accept as solution' }).click();
    await answer.getByText('Accepted by the asker').waitFor({ timeout: 15_000 });
    await answer.getByRole('button', { name: 'Useful', exact: true }).click();
    await answer
      .getByRole('button', { name: 'Useful', exact: true, pressed: true })
      .waitFor({ timeout: 15_000 });
    await expect(answer.getByTestId('vote-score').innerText()).resolves.toBe('1');
  });

  it("the member's profile shows the reputation and the badges the background job awards", async () => {
    // 15 for the accepted answer, 10 for the upvote; two bronze badges (first answer, solution).
    await member.goto(questionUrl);
    const answer = member.getByRole('article', { name: `Answer by ${name}` });
    await reloadUntilVisible(member, answer.getByText('25 reputation, 2 bronze'));

    await answer.getByRole('link', { name, exact: true }).click();
    await member.getByRole('heading', { name, level: 1 }).waitFor({ timeout: 15_000 });
    profileUrl = member.url();
    expect(profileUrl).toMatch(/\/users\/[0-9a-f-]{36}$/);
    await member.getByText('25 reputation', { exact: true }).waitFor();
    const badges = member.getByRole('region', { name: 'Badges' });
    for (const badge of ['First Answer (Bronze)', 'Solution Author (Bronze)']) {
      await badges.getByText(badge).waitFor({ timeout: 15_000 });
    }
    const history = member.getByRole('region', { name: 'Reputation history' });
    await history.getByText('Answer accepted').waitFor();
    await history.getByText('Answer upvoted').waitFor();
    await screenshot(member, 'reputation-profile');
  });

  it('the badges page and the leaderboard list the member', async () => {
    const visitor = await freshPage(browser);
    await visitor.goto(`${baseUrl}/badges`);
    for (const badge of ['First Answer', 'Solution Author']) {
      await visitor
        .getByRole('region', { name: badge, exact: true })
        .getByRole('link', { name, exact: true })
        .waitFor({ timeout: 15_000 });
    }
    await screenshot(visitor, 'reputation-badges');

    for (const period of ['week', 'all_time']) {
      await visitor.goto(`${baseUrl}/leaderboard?period=${period}`);
      const row = visitor
        .getByRole('row')
        .filter({ has: visitor.getByRole('link', { name, exact: true }) });
      await row.waitFor({ timeout: 15_000 });
      await expect(row.getByRole('cell').last().innerText()).resolves.toBe('25');
    }
    await screenshot(visitor, 'reputation-leaderboard');
    await visitor.getByRole('link', { name, exact: true }).click();
    await visitor.waitForURL(profileUrl);
  });
});
