import type { AnyServerActivityType } from '@tunas/api/plugin-sdk';
import type { AnyQuestionType, QuestionFormat } from '@tunas/shared/plugin-sdk';
import { documentServerActivity } from '@tunas/plugins/document/api';
import { linkServerActivity } from '@tunas/plugins/link/api';
import { pageServerActivity } from '@tunas/plugins/page/api';
import { CORE_QUESTION_FORMATS, CORE_QUESTION_TYPES } from '@tunas/plugins/questions/common';
import { quizServerActivity } from '@tunas/plugins/quiz/api';
import { scormServerActivity } from '@tunas/plugins/scorm/api';
import { videoServerActivity } from '@tunas/plugins/video/api';

/** The one list of installed activity types. Add a plugin here (and in apps/portal/src/plugins.ts). */
export const ACTIVITY_TYPE_PLUGINS: readonly AnyServerActivityType[] = [pageServerActivity, videoServerActivity, documentServerActivity, linkServerActivity, quizServerActivity, scormServerActivity];

/** The installed question types and the file formats questions are imported from and exported to. */
export const QUESTION_TYPE_PLUGINS: readonly AnyQuestionType[] = CORE_QUESTION_TYPES;
export const QUESTION_FORMAT_PLUGINS: readonly QuestionFormat[] = CORE_QUESTION_FORMATS;
