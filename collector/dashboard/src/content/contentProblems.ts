// What the pack schema finds wrong in a draft, in the staff's language and at the field it concerns: the schema's
// issues (zod, English, for developers) become FieldProblems with a translated message, so the editor can mark the
// field and link to it from the list above the buttons.

import type { TFunction } from 'i18next';
import { saveDraftRequestSchema, type SaveDraftRequest } from '../../../../common/content/contentApi';
import type { FieldProblem } from './contentEditing';

/** The problems of a draft before it is sent; none when the collector will take it. */
export function draftProblems(draft: SaveDraftRequest, t: TFunction): FieldProblem[] {
  const parsed = saveDraftRequestSchema.safeParse(draft);
  if (parsed.success) return [];
  return parsed.error.issues.map((issue) => {
    // Paths of the content start after "content"; the editor's fields are named from there.
    const path = issue.path[0] === 'content' ? issue.path.slice(1) : issue.path;
    const last = path[path.length - 1];
    const message =
      issue.code === 'too_big'
        ? t('content.problems.tooLong')
        : issue.code === 'too_small' && last === 'games'
          ? t('content.problems.noGame')
          : issue.code === 'too_small' && path[0] === 'languages'
            ? t('content.problems.noLanguage')
            : issue.code === 'too_small' && path.length === 1 && path[0] === 'facts'
              ? t('content.problems.noFact')
              : last === 'link'
                ? t('content.problems.link')
                : last === 'endDate'
                  ? t('content.problems.endDate')
                  : last === 'date' || last === 'nextStart'
                    ? t('content.problems.date')
                    : path[path.length - 2] === 'providers'
                      ? t('content.problems.provider')
                      : t('content.problems.other');
    return { path: path.filter((part): part is string | number => typeof part !== 'symbol'), message };
  });
}
