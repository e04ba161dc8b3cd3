/**
 * Says what an action did, where it was done: a short message right after the control (or in
 * `place`), seen by sighted readers and announced by screen readers (role="status"). The message
 * stays until the next action there, so nobody misses it.
 */
export function showFeedback(control: Element, text: string, place?: Element | null): void {
  const host = place ?? control.parentElement;
  if (!host) return;
  let message = host.querySelector<HTMLElement>(':scope > .action-feedback');
  if (!message) {
    message = document.createElement('span');
    message.className = 'action-feedback';
    message.setAttribute('role', 'status');
    if (place) host.append(message);
    else control.after(message);
  }
  // Cleared first so that the same message twice is announced twice.
  message.textContent = '';
  const shown = message;
  requestAnimationFrame(() => {
    shown.textContent = text;
  });
}
