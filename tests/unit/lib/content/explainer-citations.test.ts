import { describe, expect, it } from 'vitest';
import { citationIndex, citationsIn, statsIn } from '../../../../src/lib/content/explainer-citations.ts';

describe('explainer citations', () => {
  const body = '<Cite doc="opinion-2023" at="clause-6">（六）</Cite> 和 <Cite doc="opinion-2023" at="clause-6">再次</Cite>，<Stat id="a-b" />';
  it('finds citations and statistics in an explainer body', () => {
    expect(citationsIn(body)).toEqual([
      { doc: 'opinion-2023', at: 'clause-6' },
      { doc: 'opinion-2023', at: 'clause-6' },
    ]);
    expect(statsIn(body)).toEqual(['a-b']);
  });
  it('indexes, per clause, the explainers that cite it, each once', () => {
    expect(
      citationIndex([{ id: 'e1', title: '解读', body }])
        .get('opinion-2023')
        ?.get('clause-6'),
    ).toEqual([{ id: 'e1', title: '解读' }]);
  });
});
