import type { MultipleChoiceConfig, NumericalConfig, ShortAnswerConfig } from '../schemas';
import { aikenFormat, CORE_QUESTION_FORMATS, giftFormat, moodleXmlFormat } from './index';

const mc = (content: string) => giftFormat.parse(content).questions[0]?.config as MultipleChoiceConfig;

describe('GIFT import', () => {
  it('reads ranges as their middle with half the width as tolerance, and several numerical answers', () => {
    const ranged = giftFormat.parse('From 1 to 5? {#1..5}').questions[0]?.config as NumericalConfig;
    expect(ranged.answers).toEqual([{ value: 3, tolerance: 2, fraction: 1, feedback: '' }]);
    const multiple = giftFormat.parse('Grant born? {#=1822:0 =%50%1822:2}').questions[0]?.config as NumericalConfig;
    expect(multiple.answers.map((answer) => [answer.value, answer.tolerance, answer.fraction])).toEqual([[1822, 0, 1], [1822, 2, 0.5]]);
  });

  it('keeps text on both sides of a missing-word blank', () => {
    expect(giftFormat.parse('Grant is {~buried =entombed} in the tomb.').questions[0]?.text).toBe('Grant is _____ in the tomb.');
  });

  it('gives choices short deterministic ids', () => {
    expect(mc('Q {=a ~b ~c}').choices.map((choice) => choice.id)).toEqual(['a1', 'a2', 'a3']);
  });

  it('reads weights into multiple-answer questions', () => {
    const config = mc('Q {~%50%a ~%50%b ~%-100%c}');
    expect(config.single).toBe(false);
    expect(config.choices.map((choice) => choice.fraction)).toEqual([0.5, 0.5, -1]);
  });

  it('reads short answers with weights and a [markdown] text format', () => {
    const draft = giftFormat.parse('[markdown]Who is **buried**?{=no one =%50%nobody}').questions[0];
    expect(draft?.textFormat).toBe('markdown');
    expect((draft?.config as ShortAnswerConfig).answers.map((answer) => answer.fraction)).toEqual([1, 0.5]);
  });

  it('warns about description items instead of importing them', () => {
    const result = giftFormat.parse('::Intro:: Read carefully.');
    expect(result.questions).toEqual([]);
    expect(result.warnings).toEqual([{ line: 1, question: 'Intro', message: 'Description items are not imported' }]);
  });

  it('reports a question whose config breaks its schema as an error with its line', () => {
    const result = giftFormat.parse('// first\nOk? {T}\n\nOnly one? {~%50%a ~%20%b}');
    expect(result.questions).toHaveLength(1);
    expect(result.errors).toEqual([expect.objectContaining({ line: 4, question: 'Only one?' })]);
    expect(result.errors[0]?.message).toContain('A right answer must be possible');
  });

  it('reports a missing closing brace', () => {
    expect(giftFormat.parse('Broken {=a ~b').errors[0]?.message).toBe('Could not find {...} around answers');
  });

  it('strips $course$ and top from a $CATEGORY path', () => {
    const result = giftFormat.parse('$CATEGORY: $course$/top/Sains/Fisika\n\nQ {T}');
    expect(result.questions[0]?.categoryPath).toEqual(['Sains', 'Fisika']);
  });
});

describe('Aiken import', () => {
  it('accepts "A." choices and reports an ANSWER letter that names no choice', () => {
    const result = aikenFormat.parse('Q1\nA. yes\nB. no\nANSWER: B\n\nQ2\nA) x\nB) y\nANSWER: E');
    expect(result.questions).toHaveLength(1);
    expect(result.errors[0]).toMatchObject({ line: 9, question: 'Q2' });
  });
});

describe('Moodle XML import', () => {
  const quiz = (body: string) => `<?xml version="1.0"?>\n<quiz>\n${body}\n</quiz>`;

  it('rejects DOCTYPE and ENTITY declarations', () => {
    const result = moodleXmlFormat.parse('<?xml version="1.0"?><!DOCTYPE quiz [<!ENTITY x SYSTEM "file:///etc/passwd">]><quiz>&x;</quiz>');
    expect(result.questions).toEqual([]);
    expect(result.errors[0]?.message).toContain('DOCTYPE and ENTITY declarations are not allowed');
  });

  it('reports XML that is not well-formed with its line', () => {
    expect(moodleXmlFormat.parse('<quiz>\n<question>\n</quiz>').errors[0]?.line).toBeGreaterThan(0);
  });

  it('turns embedded files into data: URIs and refuses a file over 2 MB', () => {
    const question = (base64: string) =>
      quiz(`<question type="essay"><name><text>E</text></name><questiontext format="html"><text><![CDATA[<img src="@@PLUGINFILE@@/a%20b.png">]]></text><file name="a b.png" path="/" encoding="base64">${base64}</file></questiontext></question>`);
    expect(moodleXmlFormat.parse(question('iVBORw0KGgo=')).questions[0]?.text).toBe('<img src="data:image/png;base64,iVBORw0KGgo=">');
    const tooLarge = moodleXmlFormat.parse(question('A'.repeat(3 * 1024 * 1024)));
    expect(tooLarge.questions).toEqual([]);
    expect(tooLarge.errors[0]).toMatchObject({ line: 3, question: 'E' });
  });

  it('reads ordering items in the order of their fraction', () => {
    const result = moodleXmlFormat.parse(
      quiz(`<question type="ordering"><name><text>O</text></name><questiontext><text>Order</text></questiontext><gradingtype>ABSOLUTE_POSITION</gradingtype>
        <answer fraction="2"><text>Second</text></answer><answer fraction="1"><text>First</text></answer></question>`),
    );
    expect(result.questions[0]?.config).toEqual({ items: [{ id: 'a1', text: 'First' }, { id: 'a2', text: 'Second' }], gradingMode: 'absolutePosition' });
  });

  it('aborts a question with a non-numeric grade', () => {
    const result = moodleXmlFormat.parse(quiz(`<question type="shortanswer"><name><text>S</text></name><questiontext><text>Q</text></questiontext><answer fraction="abc"><text>x</text></answer></question>`));
    expect(result.questions).toEqual([]);
    expect(result.errors[0]?.message).toContain('Invalid grade(s) "abc"');
  });
});

describe('every format', () => {
  const inputs = ['', '{', '}', '::', '$CATEGORY:', '<quiz>', '<quiz><question type="toString"/></quiz>', 'ANSWER: A', '\u0000\uFFFF', '{#..}', '{#a:b}', '{=a->}', 'x{~}', '<<<>>>', '\\'.repeat(1000)];

  it.each(CORE_QUESTION_FORMATS.map((format) => [format.id, format] as const))('%s never throws, whatever the input', (_id, format) => {
    for (const input of inputs) expect(() => format.parse(input)).not.toThrow();
    expect(format.parse(undefined as unknown as string).errors[0]?.line).toBe(1);
  });
});
