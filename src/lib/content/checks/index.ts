// The content checks, one concern per file (src/lib/content/checks/): checkContent runs them all.
import type { RawContent } from '../raw.ts';
import type { Problem } from './problem.ts';
import { checkDuplicateIds, checkSchemas } from './validate.ts';
import { checkReferences, knownIds } from './references.ts';
import { checkListCounts } from './lists.ts';
import { checkQuotes } from './quotes.ts';
import { checkClaims } from './claims.ts';
import { checkRelations } from './relations.ts';
import { checkBodyMarkup, checkDocumentMarkup } from './markup.ts';
import { checkAbsences } from './questions.ts';
import { checkCatalogue } from './catalogue.ts';
import { checkSearchTerms, searchablePages } from './search-terms.ts';

/**
 * Runs every check; an empty array means the content is sound. While a file cannot be read at all
 * (a YAML syntax error, a file over its size limit), only the per-file checks run: the cross-checks
 * would report every reference into the missing file as a problem of its own.
 */
export function checkContent(raw: RawContent): Problem[] {
  const { valid, problems } = checkSchemas(raw);
  if (raw.unreadable.length > 0) return [...problems, ...checkBodyMarkup(raw)];
  return [
    ...problems,
    ...checkBodyMarkup(raw),
    ...checkDuplicateIds(valid),
    ...checkReferences(valid, knownIds(raw)),
    ...checkListCounts(valid),
    ...checkQuotes(valid),
    ...checkClaims(valid),
    ...checkRelations(valid),
    ...checkDocumentMarkup(valid),
    ...checkAbsences(valid),
    ...checkSearchTerms(valid, searchablePages(raw)),
    ...checkCatalogue(raw, valid),
  ];
}

export { formatProblems, type Problem, type Valid, type ValidContent } from './problem.ts';
export { checkSchemas } from './validate.ts';
export { REFERENCES } from './references.ts';
export { claimsOf } from './claims.ts';
export { isAbbreviationOf, searchablePages } from './search-terms.ts';
