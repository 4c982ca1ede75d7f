import { GraphQLClient } from './graphql-client';
import { mustSucceed } from './quiz-fixtures';

export interface PageCourseFacts {
  title: string;
  summary: string;
  competencyType?: string;
  jpHours?: number;
  /** The first topic when not given. */
  topicId?: string;
}

/** A published course of one module holding one page, authored by `author`: the smallest course one can complete. */
export async function publishedPageCourse(author: GraphQLClient, facts: PageCourseFacts): Promise<{ courseId: string; activityId: string }> {
  const topicId = facts.topicId ?? (await mustSucceed(author.request<{ topics: Array<{ id: string }> }>('{ topics { id } }'))).topics[0].id;
  const course = await mustSucceed(
    author.request<{ createCourse: { id: string } }>('mutation($i: CreateCourseInput!) { createCourse(input: $i) { id } }', {
      i: { title: facts.title, summary: facts.summary, topicId, competencyType: facts.competencyType ?? 'TEKNIS', jpHours: facts.jpHours ?? 2, level: 'DASAR' },
    }),
  );
  const courseId = course.createCourse.id;
  const withModule = await mustSucceed(author.request<{ addCourseModule: { modules: Array<{ id: string }> } }>('mutation($i: AddModuleInput!) { addCourseModule(input: $i) { modules { id } } }', { i: { courseId, title: 'Modul' } }));
  const added = await mustSucceed(
    author.request<{ addActivity: { modules: Array<{ activities: Array<{ id: string }> }> } }>('mutation($i: AddActivityInput!) { addActivity(input: $i) { modules { activities { id } } } }', {
      i: { moduleId: withModule.addCourseModule.modules[0].id, type: 'page', title: 'Bacaan', content: { markdown: 'Bacaan singkat.' } },
    }),
  );
  await mustSucceed(author.request('mutation($id: ID!) { publishCourse(courseId: $id) { status } }', { id: courseId }));
  return { courseId, activityId: added.addActivity.modules[0].activities[0].id };
}
