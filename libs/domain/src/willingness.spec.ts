import { DEFAULT_QUESTION_SET, questionSetProblems, scoreAssessment, willingnessBand } from './willingness';

const answerAll = (points: number[]) => DEFAULT_QUESTION_SET.questions.map((question, i) => ({ key: question.key, points: points[i] }));

describe('willingness assessment', () => {
  it('has the guide’s ten questions worth 100 points', () => {
    expect(DEFAULT_QUESTION_SET.questions).toHaveLength(10);
    expect(questionSetProblems(DEFAULT_QUESTION_SET.questions)).toEqual([]);
  });

  it.each([
    [0, 'FAIL'],
    [39, 'FAIL'],
    [40, 'PASS'],
    [70, 'PASS'],
    [71, 'GOOD'],
    [100, 'GOOD'],
  ] as const)('scores %i as %s', (total, band) => {
    expect(willingnessBand(total)).toBe(band);
  });

  it('totals the answers and bands them', () => {
    expect(scoreAssessment(DEFAULT_QUESTION_SET, answerAll([8, 7, 6, 5, 9, 10, 4, 6, 8, 9]))).toEqual({ ok: true, result: { total: 72, band: 'GOOD' } });
  });

  it('names each bad answer by its place', () => {
    const answers = answerAll([11, 5, 5, 5, 5, 5, 5, 5, 5, 5]);
    answers[1] = { key: 'NOT_A_QUESTION', points: 1 };
    const result = scoreAssessment(DEFAULT_QUESTION_SET, answers);
    expect(result).toEqual({
      ok: false,
      problems: [
        { at: 'answers.0.points', problem: 'USED_SIMILAR scores 0–10' },
        { at: 'answers.1.key', problem: 'NOT_A_QUESTION is not a question of set version 1' },
        { at: 'answers', problem: 'unanswered: KNOWS_OUR_PRODUCT' },
      ],
    });
  });

  it('refuses a set whose points do not add up to 100, or with repeated keys', () => {
    expect(
      questionSetProblems([
        { key: 'A', text: 'a', maxPoints: 60 },
        { key: 'A', text: 'b', maxPoints: 30 },
      ]),
    ).toEqual([
      { at: 'questions.1.key', problem: 'A appears twice' },
      { at: 'questions', problem: 'the points must add up to 100, not 90' },
    ]);
  });
});
