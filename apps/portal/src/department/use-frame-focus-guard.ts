import { useEffect, useState } from 'react';

/**
 * Gives the keyboard focus back when an embedded document's frame takes it without the person asking.
 *
 * Chromium's PDF viewer can take the focus on its own a second or two after the frame loads: a file it cannot read
 * (or one that asks for a password) opens a dialog in the frame, and the dialog takes the focus. An officer who is
 * already ticking correction items or typing a reason would then type into the frame, and the keys are lost.
 *
 * The frame may keep the focus when the person gave it: by pointing at the document (to click, scroll or search in
 * it) or by tabbing into it. Otherwise the focus goes back to the element of the page that had it. Returned: the refs
 * for the frame and for the box around it.
 *
 * The page gets no pointer events while the pointer is over the viewer (it runs in a frame of its own, even its
 * boundary events), so the frame lets the pointer through (`pointer-events: none`) to the box around it until the
 * pointer moves in the box: that move says the person is pointing at the document, and the frame takes the pointer
 * from then on. A pointerenter is not enough: the frame's taking the focus scrolls it into view, under a pointer that
 * did not move. Leaving the box (the page sees the pointer again) lets the pointer through again; a focus the person
 * gave the frame stays there.
 */
export function useFrameFocusGuard() {
  const [frame, setFrame] = useState<HTMLIFrameElement | null>(null);
  const [box, setBox] = useState<HTMLElement | null>(null);
  useEffect(() => {
    if (!frame || !box) return;
    const outside = (element: Element | null) =>
      element instanceof HTMLElement && element !== frame && element !== document.body ? element : undefined;
    let previous = outside(document.activeElement);
    let pointing = false;
    let tabbing = false;
    const point = (on: boolean) => {
      pointing = on;
      frame.style.pointerEvents = on ? '' : 'none';
    };
    const move = () => {
      if (!pointing) point(true);
    };
    const leave = () => point(false);
    const focusIn = (event: FocusEvent) => {
      tabbing = false;
      previous = outside(event.target as Element) ?? previous;
    };
    // A Tab whose keyup the page sees did not move the focus into the frame (its keyup would go there).
    const keyDown = (event: KeyboardEvent) => {
      tabbing = event.key === 'Tab';
    };
    const keyUp = () => {
      tabbing = false;
    };
    const blur = () => {
      const given = pointing || tabbing;
      tabbing = false;
      if (given || document.activeElement !== frame) return;
      const back = previous;
      // After the blur, not during it: a focus() while the page is still losing the focus changes the page's active
      // element, but the browser keeps sending the keys to the frame. The element is scrolled back into view: the
      // frame's taking the focus scrolled the page to the frame.
      setTimeout(() => {
        if (document.activeElement !== frame) return;
        if (back?.isConnected) back.focus();
        else frame.blur();
      });
    };
    point(false);
    // One abort removes every listener (the capture ones see the page's events before its fields do).
    const listening = new AbortController();
    const { signal } = listening;
    box.addEventListener('pointermove', move, { signal });
    box.addEventListener('pointerleave', leave, { signal });
    document.addEventListener('focusin', focusIn, { capture: true, signal });
    document.addEventListener('keydown', keyDown, { capture: true, signal });
    document.addEventListener('keyup', keyUp, { capture: true, signal });
    window.addEventListener('blur', blur, { signal });
    return () => {
      frame.style.pointerEvents = '';
      listening.abort();
    };
  }, [frame, box]);
  return { frameRef: setFrame, boxRef: setBox };
}
