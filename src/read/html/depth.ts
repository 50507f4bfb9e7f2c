/**
 * Pathologically deep markup. Real pages nest a few dozen levels; the body finders and Readability
 * measure the text under each candidate element, which costs the square (Readability: the cube) of
 * the depth. Below a depth limit the markup is read as text, so any page reads in linear time.
 */
import { type DomElement, type DomNode, TEXT } from './dom.js';

/** Levels of elements kept; deeper markup is read as plain text. */
export const MAX_DEPTH = 150;

/** True when some element lies more than `max` levels below `root`. */
export function deeperThan(root: DomElement, max: number): boolean {
  let depth = 0;
  let e: DomElement | null = root;
  while (e) {
    const first: DomElement | null = e.firstElementChild;
    if (first) {
      e = first;
      if (++depth > max) return true;
      continue;
    }
    while (e && e !== root && !e.nextElementSibling) {
      e = e.parentElement;
      depth--;
    }
    if (!e || e === root) break;
    e = e.nextElementSibling;
  }
  return false;
}

/** The text nodes under `root`, in order, joined by spaces (no recursion). */
function plainText(root: DomNode): string {
  const parts: string[] = [];
  let n: DomNode | null = root.firstChild;
  while (n && n !== root) {
    if (n.nodeType === TEXT) {
      const t = n.textContent ?? '';
      if (t.trim()) parts.push(t.trim());
    }
    if (n.firstChild) {
      n = n.firstChild;
      continue;
    }
    while (n && n !== root && !n.nextSibling) n = n.parentNode;
    if (!n || n === root) break;
    n = n.nextSibling;
  }
  return parts.join(' ');
}

/**
 * Replaces the content of every element `max` levels below `root` that still has child elements by
 * its plain text. Returns how many elements were flattened (0 for any ordinary page).
 */
export function flattenBeyond(root: DomElement, max: number): number {
  let flattened = 0;
  let depth = 0;
  let e: DomElement | null = root;
  while (e) {
    let descend = e.firstElementChild !== null;
    if (descend && depth >= max) {
      e.textContent = plainText(e);
      flattened++;
      descend = false;
    }
    if (descend) {
      e = e.firstElementChild;
      depth++;
      continue;
    }
    while (e && e !== root && !e.nextElementSibling) {
      e = e.parentElement;
      depth--;
    }
    if (!e || e === root) break;
    e = e.nextElementSibling;
  }
  return flattened;
}
