// What a question says a document does not mention is not in that document.
import { squash } from '../text.ts';
import type { Problem, ValidContent } from './problem.ts';

/**
 * A question that says a document does not mention something (`absent`) is right: none of its
 * words is in that document's text.
 */
export function checkAbsences(content: ValidContent): Problem[] {
  return content.questions.flatMap(({ entry, data }) => {
    const text = squash(content.policyOutlines.get(data.document)?.text ?? '');
    if (!text) return [];
    return (data.absent ?? []).flatMap((word, i) =>
      text.includes(squash(word))
        ? [{ file: entry.file, entry: entry.label, field: `absent.${i}`, expected: `content/policies/${data.document}.md 原文写有“${word}”：不能说文件没有写，请改写 note 并引用该条（source）` }]
        : [],
    );
  });
}
