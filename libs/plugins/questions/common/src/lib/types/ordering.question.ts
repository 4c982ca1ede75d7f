import { defineQuestionType, QuestionGrade, seededShuffle, stateOfFraction } from '@tunas/shared/plugin-sdk';
import { QUESTION_TYPE_IDS } from '../schemas';
import { OrderingConfig, orderingConfigSchema, OrderingResponse, orderingResponseSchema, OrderingView } from '../schemas/ordering.schema';
import { plainText } from './plain-text.util';

function gradeOrder(config: OrderingConfig, response: OrderingResponse): QuestionGrade {
  // Comparing position by position counts a duplicated id at most once: each item has one right index.
  const inPlace = config.items.filter((item, index) => response.order[index] === item.id).length;
  const allInPlace = inPlace === config.items.length && response.order.length === config.items.length;
  const fraction = config.gradingMode === 'allOrNothing' ? (allInPlace ? 1 : 0) : inPlace / config.items.length;
  return { fraction, state: stateOfFraction(fraction) };
}

/** Items the learner puts in order, as Moodle's qtype_ordering with absolute-position or all-or-nothing grading. */
export const orderingQuestion = defineQuestionType<OrderingConfig, OrderingResponse, OrderingView>({
  id: QUESTION_TYPE_IDS.ordering,
  schemaVersion: 1,
  label: { id: 'Mengurutkan', en: 'Ordering' },
  configSchema: orderingConfigSchema,
  responseSchema: orderingResponseSchema,
  learnerView: (config, context) => {
    const items = seededShuffle(
      config.items.map((item) => ({ id: item.id, text: item.text })),
      context.seed,
    );
    // A starting order that is already right would give the answer away; rotating keeps it seed-stable.
    const alreadyRight = items.every((item, index) => item.id === config.items[index]?.id);
    return { items: alreadyRight && items.length >= 2 ? [...items.slice(1), ...items.slice(0, 1)] : items };
  },
  isCompleteResponse: (config, response) =>
    response.order.length === config.items.length && new Set(response.order).size === response.order.length && config.items.every((item) => response.order.includes(item.id)),
  grading: { mode: 'automatic', grade: gradeOrder },
  feedback: () => [],
  rightAnswer: (config) => ({ order: config.items.map((item) => item.id) }),
  summariseResponse: (config, response) =>
    response.order
      .flatMap((id) => config.items.filter((item) => item.id === id).map((item) => plainText(item.text)))
      .join(' > '),
});
