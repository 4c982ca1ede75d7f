import type { Page } from 'playwright-core';

export interface NewCourse {
  title: string;
  summary: string;
  /** The topic's name as the course form lists it. */
  topic: string;
  jp: number;
  firstModule: string;
}

/**
 * As a signed-in trainer: creates a course through Ajar's form and adds its first module; resolves with the course
 * id once the editor shows the module.
 */
export async function createCourseWithModule(page: Page, course: NewCourse): Promise<string> {
  await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Ajar', exact: true }).click();
  await page.getByTestId('create-course').click();
  await page.getByTestId('course-title').fill(course.title);
  await page.getByTestId('course-summary').fill(course.summary);
  await page.getByTestId('course-topic').click();
  await page.getByRole('option', { name: course.topic }).click();
  await page.getByTestId('course-jp').fill(String(course.jp));
  await page.getByTestId('course-details-save').click();
  await page.waitForURL(/\/ajar\/[0-9a-f-]{36}$/);
  const courseId = page.url().split('/').pop() ?? '';
  await page.getByTestId('new-module-title').fill(course.firstModule);
  await page.getByTestId('add-module').click();
  await page.getByTestId('module-0').waitFor();
  return courseId;
}
