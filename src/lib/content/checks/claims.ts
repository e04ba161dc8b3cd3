// Every sentence the site writes about a document: its words and its qualifiers.
import type { RawEntry } from '../raw.ts';
import type { ClauseRef } from '../schemas.ts';
import { quoteInClause } from '../clause-ids.ts';
import { droppedQualifiers, type Qualifier } from '../qualifiers.ts';
import { squash } from '../text.ts';
import type { Problem, ValidContent } from './problem.ts';

/** A sentence the site writes, where it is, and the clauses it rests on. */
export interface SourcedClaim {
  entry: RawEntry;
  label: string;
  /** The field, for messages (keyPoints.2.text …). */
  field: string;
  text: string;
  sources: ClauseRef[];
  /** Qualifiers deliberately not carried. */
  exempt: string[];
}

/** The qualifiers an entry leaves out on purpose. */
const exemptWords = (item: { unqualified?: { word: string }[] | undefined }) => (item.unqualified ?? []).map((u) => u.word);

/** Every claim in the content: facts, explainer key points and the site's lead sentences. */
export function claimsOf(content: ValidContent): SourcedClaim[] {
  const claims: SourcedClaim[] = [];
  for (const { entry, data } of content.facts)
    claims.push({ entry, label: entry.label, field: 'text', text: data.text, sources: [data.source], exempt: exemptWords(data) });
  for (const { entry, data } of content.explainers)
    data.keyPoints.forEach((point, i) =>
      claims.push({ entry, label: entry.label, field: `keyPoints.${i}`, text: point.text, sources: point.sources, exempt: exemptWords(point) }),
    );
  for (const { entry, data } of content.questions)
    if (data.source) claims.push({ entry, label: entry.label, field: 'note', text: data.note, sources: [data.source], exempt: exemptWords(data) });
  if (content.site)
    for (const [key, claim] of Object.entries(content.site.data.leads))
      claims.push({ entry: content.site.entry, label: 'site', field: `leads.${key}`, text: claim.text, sources: claim.sources, exempt: exemptWords(claim) });
  return claims;
}

/** What a sentence or label that drops a qualifier is told. */
function droppedMessage(what: string, qualifier: Qualifier, quote: string): string {
  return `${what}漏掉了限定词“${qualifier.word}”（可写：${qualifier.equivalents.join('、')}；或在 unqualified 中说明理由）。原文：“${quote}”`;
}

const unknownQualifier = (word: string) => `应为 content/qualifiers.yaml 中的限定词，实际为“${word}”`;

/**
 * Every claim's sources: the document exists, the anchor is on its page, the quote is in that
 * clause word for word; and the claim keeps every qualifier its quotes carry (or an equivalent).
 */
export function checkClaims(content: ValidContent): Problem[] {
  const problems: Problem[] = [];
  const table = content.qualifiers.map((q) => q.data);
  for (const claim of claimsOf(content)) {
    const add = (field: string, expected: string) => problems.push({ file: claim.entry.file, entry: claim.label, field, expected });
    claim.sources.forEach((ref, i) => {
      const at = `${claim.field}.sources.${i}`;
      const outline = content.policyOutlines.get(ref.document);
      if (outline === undefined) add(`${at}.document`, `应为 content/policies 中的文件 id，实际为“${ref.document}”`);
      else if (!outline.anchors.has(ref.anchor)) add(`${at}.anchor`, `应为 /policies/${ref.document}/ 上存在的锚点，找不到“#${ref.anchor}”`);
      else if (!squash(outline.text).includes(squash(ref.quote)))
        add(`${at}.quote`, `引文应与 content/policies/${ref.document}.md 原文逐字一致，未找到：“${ref.quote}”`);
      else if (!quoteInClause(outline, ref.anchor, ref.quote)) add(`${at}.quote`, `引文应在所引条款 #${ref.anchor} 之内，实际不在该条：“${ref.quote}”`);
    });
    for (const { qualifier, quote } of droppedQualifiers(
      claim.text,
      claim.sources.map((s) => s.quote),
      table,
      claim.exempt,
    ))
      add(claim.field, droppedMessage('说法', qualifier, quote));
    for (const word of claim.exempt) if (!table.some((q) => q.word === word)) add(`${claim.field}.unqualified`, unknownQualifier(word));
  }
  const bound: Record<string, string> = { 'at-least': '以上', 'at-most': '不超过', about: '左右', 'more-than': '多' };
  const forStatistics = table.filter((q) => q.statistics);
  for (const { entry, data } of content.statistics) {
    const label = `${data.label}${data.bound ? bound[data.bound] : ''}`;
    for (const { qualifier, quote } of droppedQualifiers(label, [data.source.quote], forStatistics, exemptWords(data)))
      problems.push({ file: entry.file, entry: entry.label, field: 'label', expected: droppedMessage('标签', qualifier, quote) });
    for (const word of exemptWords(data))
      if (!table.some((q) => q.word === word)) problems.push({ file: entry.file, entry: entry.label, field: 'unqualified', expected: unknownQualifier(word) });
  }
  return problems;
}
