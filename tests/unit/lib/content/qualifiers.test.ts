import { describe, expect, it } from 'vitest';
import { containsTerm, droppedQualifiers, qualifiersIn, type Qualifier } from '../../../../src/lib/content/qualifiers.ts';

const table: Qualifier[] = [
  { word: '原则上', equivalents: [] },
  { word: '要', notIn: ['主要', '重要', '需要'], equivalents: ['要求'] },
  { word: '可以', forms: ['可'], notIn: ['可能'], equivalents: ['允许'] },
];

describe('containsTerm', () => {
  it('finds a word, but not inside a compound that does not qualify anything', () => {
    expect(containsTerm('学校要开设', ['要'], ['主要'])).toBe(true);
    expect(containsTerm('主要开设', ['要'], ['主要'])).toBe(false);
    expect(containsTerm('主要开设，要报送', ['要'], ['主要'])).toBe(true);
  });
});

describe('qualifiersIn', () => {
  it('lists the qualifiers a quote carries, by word or by another form', () => {
    expect(qualifiersIn('原则上可举办', table).map((q) => q.word)).toEqual(['原则上', '可以']);
    expect(qualifiersIn('这是重要的，可能有变', table)).toEqual([]);
  });
});

describe('droppedQualifiers', () => {
  it('names each qualifier a claim drops, once, with the quote that carries it', () => {
    const dropped = droppedQualifiers('学校举办五年制', ['原则上由高职学校举办', '原则上要报送'], table);
    expect(dropped.map((d) => [d.qualifier.word, d.quote])).toEqual([
      ['原则上', '原则上由高职学校举办'],
      ['要', '原则上要报送'],
    ]);
  });
  it('accepts the word, another form or an equivalent in the claim, and an exempt word', () => {
    expect(droppedQualifiers('原则上由高职学校举办', ['原则上由高职学校举办'], table)).toEqual([]);
    expect(droppedQualifiers('允许学校举办', ['学校可以举办'], table)).toEqual([]);
    expect(droppedQualifiers('学校被要求报送', ['学校要报送'], table)).toEqual([]);
    expect(droppedQualifiers('学校举办', ['原则上学校举办'], table, ['原则上'])).toEqual([]);
  });
});
