import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { seriousViolations } from '../support/axe';
import { SCREENSHOT_DIR, baseUrl, openBrowser, screenshot, signIn, settleAnimations } from '../support/browser';
import { graphql, tokenOf } from '../support/api';

const LEARNER = 'pelajar@tunas.test';
const PHONE = { width: 390, height: 844 };

/** The first enrolled seed course's final quiz ("Kuis akhir" in the module "Evaluasi Akhir"). */
async function finalQuiz(token: string): Promise<{ courseId: string; activityId: string }> {
  const { myEnrolments } = await graphql<{ myEnrolments: { course: { id: string } }[] }>('{ myEnrolments { course { id } } }', {}, token);
  for (const { course } of myEnrolments) {
    const { courseOutline } = await graphql<{ courseOutline: { modules: { title: string; activities: { id: string; type: string }[] }[] } }>(
      'query($courseId: ID!) { courseOutline(courseId: $courseId) { modules { title activities { id type } } } }',
      { courseId: course.id },
      token,
    );
    const quiz = courseOutline.modules.find((module) => module.title.includes('Evaluasi Akhir'))?.activities.find((activity) => activity.type === 'quiz');
    if (quiz) return { courseId: course.id, activityId: quiz.id };
  }
  throw new Error('No enrolled course with a final quiz');
}

/** Gives some answer with whatever the question type shows: a choice, a match per prompt, or a typed value. */
async function answerQuestion(question: Locator): Promise<void> {
  const selects = question.locator('select');
  if (await selects.count()) {
    for (let index = 0; index < (await selects.count()); index++) await selects.nth(index).selectOption({ index: 1 });
    return;
  }
  const typed = question.locator('input[type=text], input:not([type]), input[inputmode], textarea');
  if (await typed.count()) {
    await typed.first().fill('42');
    return;
  }
  await question.locator('input[type=radio], input[type=checkbox]').first().check();
}

async function answerCurrent(page: Page, number: number): Promise<void> {
  const question = page.getByTestId(`question-${number}`);
  await question.waitFor();
  await answerQuestion(question);
  await page.getByTestId(`quiz-nav-${number}`).and(page.locator('[aria-label*="sudah dijawab"]')).waitFor();
}

async function picture(page: Page, name: string): Promise<void> {
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
  });
  await settleAnimations(page);
  await screenshot(page, name);
}

const scrollsSideways = () => document.documentElement.scrollWidth > document.documentElement.clientWidth;

describe('quiz: a learner takes the final quiz, partly offline', () => {
  it('keeps answers given offline, sends them when back online, submits and shows the review', async () => {
    const token = await tokenOf(LEARNER);
    const { courseId, activityId } = await finalQuiz(token);
    const learner = await openBrowser(PHONE);
    try {
      const { page, context } = learner;
      await signIn(page, LEARNER);
      await page.goto(`${baseUrl()}/kuis/${courseId}/${activityId}`);
      await page.getByRole('heading', { level: 1, name: 'Kuis akhir' }).waitFor();
      await page.getByTestId('quiz-facts').getByText('30 menit').waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await picture(page, 'quiz-overview-phone');

      await page.getByTestId('quiz-start').or(page.getByTestId('quiz-continue')).click();
      await page.waitForURL(/\/kuis\/percobaan\/[0-9a-f-]{36}$/);
      const attemptId = page.url().split('/').pop() ?? '';

      // Online: two answers, each stored by the server.
      await answerCurrent(page, 1);
      await page.getByTestId('quiz-next').click();
      await page.getByTestId('question-2').waitFor();
      // A page change moves focus to the new question's heading.
      await page.waitForFunction(() => document.activeElement?.id === 'question-heading-1');
      await answerCurrent(page, 2);
      await page.getByTestId('quiz-save-status').getByText('Tersimpan', { exact: true }).waitFor();
      expect(await page.evaluate(scrollsSideways)).toBe(false);
      expect(await seriousViolations(page)).toEqual([]);
      await picture(page, 'quiz-attempt-online-phone');

      // Offline: three more, kept on the device.
      await context.setOffline(true);
      for (const number of [3, 4, 5]) {
        await page.getByTestId('quiz-next').click();
        await answerCurrent(page, number);
      }
      await page.getByTestId('quiz-save-status').getByText('Disimpan di perangkat, akan dikirim saat online').waitFor();
      await page.getByTestId('question-flag-5').click();
      await picture(page, 'quiz-attempt-offline-phone');

      // Back online: everything reaches the server.
      await context.setOffline(false);
      await page.getByTestId('quiz-save-status').getByText('Tersimpan', { exact: true }).waitFor({ timeout: 20_000 });
      const { quizAttempt } = await graphql<{ quizAttempt: { slots: { slot: number; answered: boolean; response: unknown; flagged: boolean }[] } }>(
        'query($id: ID!) { quizAttempt(id: $id) { slots { slot answered response flagged } } }',
        { id: attemptId },
        token,
      );
      expect(quizAttempt.slots.slice(0, 5).map((slot) => slot.response !== null)).toEqual([true, true, true, true, true]);
      expect(quizAttempt.slots[4].flagged).toBe(true);
      expect(quizAttempt.slots.slice(5).every((slot) => slot.response === null)).toBe(true);

      // Submit: the dialog names what is unanswered and flagged; then the review.
      await page.getByTestId('quiz-submit').click();
      await page.getByTestId('submit-unanswered').getByText('10 soal belum dijawab').waitFor();
      await page.getByTestId('submit-flagged').getByText('nomor 5').waitFor();
      await page.getByTestId('submit-confirm').click();
      await page.waitForURL(new RegExp(`/kuis/tinjau/${attemptId}$`));
      await page.getByTestId('review-score').waitFor();
      await page.getByTestId('review-question-15').waitFor();
      expect(await page.evaluate(scrollsSideways)).toBe(false);
      expect(await seriousViolations(page)).toEqual([]);
      await picture(page, 'quiz-review-phone');
      await page.screenshot({ path: join(SCREENSHOT_DIR, 'quiz-review-phone-top.png') });

      await page.setViewportSize({ width: 1280, height: 800 });
      await page.goto(`${baseUrl()}/kuis/${courseId}/${activityId}`);
      await page.getByTestId('quiz-attempt-list').getByRole('link', { name: 'Tinjau percobaan 1' }).waitFor();
      await picture(page, 'quiz-overview-desktop');
      await page.getByTestId('quiz-attempt-list').getByRole('link', { name: 'Tinjau percobaan 1' }).click();
      await page.getByTestId('review-score').waitFor();
      await page.screenshot({ path: join(SCREENSHOT_DIR, 'quiz-review-desktop-top.png') });

      // A second attempt on a wide screen: questions beside the navigation panel.
      await page.getByRole('link', { name: 'Kembali ke kuis' }).click();
      await page.getByTestId('quiz-start').click();
      await page.waitForURL(/\/kuis\/percobaan\/[0-9a-f-]{36}$/);
      await answerCurrent(page, 1);
      await page.getByTestId('quiz-save-status').getByText('Tersimpan', { exact: true }).waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await picture(page, 'quiz-attempt-desktop');
    } finally {
      await learner.close();
    }
  }, 120_000);
});
