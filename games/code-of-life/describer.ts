// Turns the model's state into short sentences for the aria-live region and the on-screen advice line: what just
// happened (the feedback of the last pick) and what to do next. Pure: translation is passed in, so the same code
// serves every language and the unit tests.

import { isAminoAcidLetter, THREE_LETTER } from './geneticCode';
import type { CodeOfLifeSnapshot, Feedback } from './model';

import type { Translate } from '../sdk/types';

const POSITION_KEYS = ['describe.position.first', 'describe.position.second', 'describe.position.third'] as const;
const RING_KEYS = ['describe.ring.inner', 'describe.ring.middle', 'describe.ring.outer'] as const;

/** "phenylalanine (Phe)" in the current language; "stop" for '*'. */
export function aminoAcidName(letter: string, t: Translate): string {
  return isAminoAcidLetter(letter) ? t('aminoAcidName', { name: t(`aminoAcids.${letter}`), short: THREE_LETTER[letter] }) : t('effects.stopWord');
}

/** The protein as three-letter codes joined by dashes (Met-Gly-Phe...). */
export function proteinText(protein: string): string {
  return [...protein].map((letter) => (isAminoAcidLetter(letter) ? THREE_LETTER[letter] : letter)).join('-');
}

export function describeFeedback(feedback: Feedback | null, t: Translate): string {
  if (!feedback) return '';
  switch (feedback.kind) {
    case 'correctBase':
      return t('feedback.correctBase', { base: feedback.base });
    case 'wrongBase':
      return t('feedback.wrongBase', { template: feedback.template, expected: feedback.expected });
    case 'noThymineInRna':
      return t('feedback.noThymine');
    case 'correctLetter':
      return t('feedback.correctLetter', { letter: feedback.letter });
    case 'wrongLetter':
      return t('feedback.wrongLetter', { position: t(POSITION_KEYS[feedback.position] ?? POSITION_KEYS[0]), expected: feedback.expected });
    case 'aminoAcidAdded':
      return t('feedback.aminoAcidAdded', { codon: feedback.codon, aminoAcid: aminoAcidName(feedback.aminoAcid, t) });
    case 'stopReached':
      return t('feedback.stop', { codon: feedback.codon });
    case 'prediction':
      return t(feedback.correct ? 'feedback.predictionRight' : 'feedback.predictionWrong', { effect: t(`effects.${feedback.effect}`) });
  }
}

/** What to do now, in one or two sentences. */
export function describeTask(snapshot: CodeOfLifeSnapshot, t: Translate): string {
  switch (snapshot.phase) {
    case 'transcribe':
      return t('describe.transcribe', {
        template: snapshot.templateDna.charAt(snapshot.transcribed),
        number: snapshot.transcribed + 1,
        total: snapshot.basesByHand,
      });
    case 'polymerase':
      return t('describe.polymerase');
    case 'translate': {
      const codon = snapshot.targetMrna.slice(snapshot.codonIndex * 3, snapshot.codonIndex * 3 + 3);
      return t('describe.translate', {
        codon,
        number: snapshot.codonIndex + 1,
        position: t(POSITION_KEYS[snapshot.wheelLetters] ?? POSITION_KEYS[0]),
        ring: t(RING_KEYS[snapshot.wheelLetters] ?? RING_KEYS[0]),
      });
    }
    case 'folded':
      return t('describe.folded', { protein: proteinText(snapshot.protein), length: snapshot.protein.length });
    case 'mutations': {
      const question = snapshot.questions[snapshot.questionIndex];
      if (!question) return '';
      if (snapshot.answer === null) {
        return t('describe.question', {
          number: snapshot.questionIndex + 1,
          total: snapshot.questions.length,
          from: question.originalCodon,
          to: question.spec.newCodon,
        });
      }
      return `${t(`mutations.${question.spec.id}`)} ${t('describe.next')}`;
    }
    case 'finished':
      return t('describe.finished');
  }
}

/** The advice line: the feedback of the last pick, then the task. */
export function describeState(snapshot: CodeOfLifeSnapshot, t: Translate): string {
  return [describeFeedback(snapshot.feedback, t), describeTask(snapshot, t)].filter((part) => part.length > 0).join(' ');
}

/** A full reading for the "read aloud" control: the mRNA so far and the protein so far. */
export function describeProgress(snapshot: CodeOfLifeSnapshot, t: Translate): string {
  const mrna = snapshot.targetMrna.slice(0, snapshot.transcribed);
  return t('describe.progress', {
    mrna: mrna.length > 0 ? mrna.match(/.{1,3}/g)?.join(' ') ?? '' : t('describe.nothingYet'),
    protein: snapshot.protein.length > 0 ? proteinText(snapshot.protein) : t('describe.nothingYet'),
  });
}
