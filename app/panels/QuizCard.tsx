// A predict-then-reveal question: choose, then reveal the answer and why. It never blocks stepping.
import { useId } from 'react';
import type { Question } from '../../lessons/types';
import { localized, t } from '../i18n';
import { InlineText } from './InlineText';

export interface Answer {
  choice: number | null;
  revealed: boolean;
}

export interface QuizCardProps {
  question: Question;
  answer: Answer;
  onAnswer: (a: Answer) => void;
}

export function QuizCard({ question, answer, onAnswer }: QuizCardProps) {
  const name = useId();
  const right = answer.choice === question.answer;
  return (
    <fieldset className="quiz">
      <legend>
        <InlineText text={localized(question.prompt)} />
      </legend>
      {question.choices.map((c, i) => (
        <label
          key={i}
          className={
            answer.revealed
              ? i === question.answer
                ? 'choice right'
                : i === answer.choice
                  ? 'choice wrong'
                  : 'choice'
              : 'choice'
          }
        >
          <input
            type="radio"
            name={name}
            checked={answer.choice === i}
            disabled={answer.revealed}
            onChange={() => onAnswer({ choice: i, revealed: false })}
          />{' '}
          <InlineText text={localized(c)} />
        </label>
      ))}
      {!answer.revealed && (
        <button
          type="button"
          disabled={answer.choice === null}
          onClick={() => onAnswer({ ...answer, revealed: true })}
        >
          {t('quiz.reveal')}
        </button>
      )}
      {!answer.revealed && answer.choice === null && <p className="muted">{t('quiz.chooseFirst')}</p>}
      {answer.revealed && (
        <div role="status" className="quiz-result">
          <p>
            <strong>
              <InlineText
                text={
                  right
                    ? t('quiz.right')
                    : t('quiz.wrong', { answer: localized(question.choices[question.answer] ?? { en: '?' }) })
                }
              />
            </strong>
          </p>
          <p>
            <InlineText text={localized(question.explanation)} />
          </p>
        </div>
      )}
    </fieldset>
  );
}
