import { describe, expect, it } from 'vitest';
import { againstDates, basisLabel, compareDocumentDates, incomingDocuments, incomingLabel, RELATION_LABEL } from '../../../../src/lib/content/relations.ts';
import type { Policy } from '../../../../src/lib/content/schemas.ts';

type Relation = Policy['relations'][number];
const relation = (type: Relation['type'], basis: Relation['basis'] = 'stated'): Relation => ({ type, basis, document: 'x' }) as Relation;

describe('relation labels', () => {
  it('reads a relation from both sides', () => {
    expect(RELATION_LABEL['carries-out']).toBe('贯彻落实');
    expect(incomingLabel(relation('carries-out'))).toBe('贯彻落实本文');
    expect(incomingLabel(relation('reports-on'))).toBe('报道本文');
    expect(incomingLabel(relation('same-work'))).toBe('与本文涉及同一项工作');
  });
  it('says whether the document states the relation or it is the site’s reading', () => {
    expect(basisLabel(relation('cites', 'stated'))).toBe('原文写明');
    expect(basisLabel(relation('same-work', 'site-reading'))).toBe('本站的理解，原文未写明');
  });
});

describe('dates of related documents', () => {
  it('compares full dates by day, and by year when either has only a year', () => {
    expect(compareDocumentDates('2024-03-01', '2024-11-20')).toBeLessThan(0);
    expect(compareDocumentDates('2024', '2024-11-20')).toBe(0);
    expect(compareDocumentDates('2025-01-01', '2024')).toBe(1);
  });
  it('refuses carrying out, citing or reporting on a later document, but not working on the same thing', () => {
    expect(againstDates(relation('carries-out'), '2023-05-01', '2024-01-01')).toBe(true);
    expect(againstDates(relation('cites'), '2024-01-01', '2023-05-01')).toBe(false);
    expect(againstDates(relation('reports-on'), '2024', '2024-06-01')).toBe(false);
    expect(againstDates(relation('same-work'), '2023-05-01', '2024-01-01')).toBe(false);
  });
});

describe('incomingDocuments', () => {
  it('finds the documents that point to one', () => {
    const docs = [
      { id: 'a', data: { relations: [{ document: 'b' }] } },
      { id: 'b', data: { relations: [] } },
      { id: 'c', data: { relations: [{}, { document: 'b' }, { document: 'b' }, { document: 'a' }] } },
    ];
    const incoming = incomingDocuments(docs);
    expect(incoming.get('b')?.map((d) => d.id)).toEqual(['a', 'c']);
    expect(incoming.get('a')?.map((d) => d.id)).toEqual(['c']);
    expect(incoming.get('c')).toBeUndefined();
  });
});
