import { EMBED_HEIGHT_MESSAGE } from '../lib/domain/citation.ts';

/**
 * An embed page tells the page framing it how tall it is, whenever that changes (a narrower column
 * wraps more lines). The host's optional resize snippet (resizeSnippet) sets the frame to it; a host
 * without it keeps the height its iframe code gives. Only a height is sent.
 */
export function reportHeight(root: Document) {
  if (window.parent === window) return;
  let last = 0;
  const send = () => {
    // The body's own height (it has no margin in an embed), not the document's: that is at least the
    // frame's, so a frame taller than its content would never be told to shrink.
    const height = Math.ceil(root.body.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type: EMBED_HEIGHT_MESSAGE, height }, '*');
  };
  new ResizeObserver(send).observe(root.body);
  addEventListener('load', send);
  send();
}
