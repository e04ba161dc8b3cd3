/** Text made safe to put in HTML or SVG, as element text or a quoted attribute value. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Text back from what escapeHtml wrote (and `&apos;`); any other reference is left as written. */
export const unescapeHtml = (text: string): string => text.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => NAMED[name]!);

/** A value as JSON that a page can carry in a <script type="application/json"> element: no `<`, so no `</script>` ends it early. */
export const scriptJson = (value: unknown): string => JSON.stringify(value).replace(/</g, '\\u003c');
