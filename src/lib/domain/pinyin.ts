import { customPinyin, pinyin } from 'pinyin-pro';

// Place names whose reading differs from the characters' most common one. 长 is cháng in 长治 but
// zhǎng in 长子; 洪洞 is Hóngtóng. Registered here, once, so that ids made by the importer and the
// pinyin the search index is given read them the same way.
customPinyin({ 长治: 'cháng zhì', 长子: 'zhǎng zǐ', 洪洞: 'hóng tóng' });

/** Syllables of the Chinese characters of a text, without tones; ü written as v (lvliang), as pinyin keyboards take it. */
export function syllables(text: string): string[] {
  return pinyin(text, { toneType: 'none', type: 'array', nonZh: 'removed', v: true })
    .map((s) => s.toLowerCase())
    .filter((s) => /^[a-z]+$/.test(s));
}
