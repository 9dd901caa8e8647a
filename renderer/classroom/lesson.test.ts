import { describe, expect, it } from 'vitest';
import { lessonFromQuery, lessonToQuery, lessonUrl, MAX_LESSON_STEPS, moveStep, type Lesson } from './lesson';

describe('lesson links', () => {
  const lesson: Lesson = { steps: ['gowning', 'quiz', 'careers'], language: 'nl', lockLanguage: true };

  it('round-trips a lesson through its link', () => {
    expect(lessonToQuery(lesson)).toBe('steps=gowning,quiz,careers&lang=nl&lock=1');
    expect(lessonFromQuery(new URLSearchParams(lessonToQuery(lesson)))).toEqual(lesson);
  });

  it('builds the pupils\' address from the teacher\'s page, without its query', () => {
    expect(lessonUrl('https://school.example/app/?locale=fr&testHooks=1#/classroom', lesson)).toBe(
      'https://school.example/app/#/lesson?steps=gowning,quiz,careers&lang=nl&lock=1',
    );
  });

  it('drops unknown steps, caps the length, and ignores a lock without a language', () => {
    const many = Array.from({ length: MAX_LESSON_STEPS + 5 }, () => 'quiz').join(',');
    expect(lessonFromQuery(new URLSearchParams(`steps=gowning,nope,<script>,${many}&lock=1`))).toEqual({
      steps: ['gowning', ...Array.from({ length: MAX_LESSON_STEPS - 1 }, () => 'quiz')],
      language: null,
      lockLanguage: false,
    });
  });

  it('carries a class code in its canonical form, and drops one that cannot be a code', () => {
    const withClass: Lesson = { ...lesson, classCode: '7KQ4M9X2TB' };
    expect(lessonToQuery(withClass)).toBe('steps=gowning,quiz,careers&lang=nl&lock=1&class=7KQ4M9X2TB');
    expect(lessonFromQuery(new URLSearchParams(lessonToQuery(withClass)))).toEqual(withClass);
    expect(lessonFromQuery(new URLSearchParams('steps=quiz&class=7kq4-m9x2-tb')).classCode).toBe('7KQ4M9X2TB');
    expect(lessonFromQuery(new URLSearchParams('steps=quiz&class=<script>'))).not.toHaveProperty('classCode');
  });

  it('moves steps within bounds only', () => {
    expect(moveStep(['gowning', 'quiz'], 0, 1)).toEqual(['quiz', 'gowning']);
    expect(moveStep(['gowning', 'quiz'], 0, -1)).toEqual(['gowning', 'quiz']);
  });
});
