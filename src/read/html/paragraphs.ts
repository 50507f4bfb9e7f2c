/**
 * Content markup → paragraphs, as a reader sees them: block elements and line breaks end a
 * paragraph, inline markup does not. Each paragraph remembers how much of it was link, emphasis
 * or bold text, whether it was a heading and whether an image stood just before it: the
 * paragraph filters decide from that what is a caption, a related-links list or a subheading.
 */
import { type DomElement, type DomNode, isElement, tagOf, TEXT } from './dom.js';

export interface Para {
  text: string;
  /** characters inside links, emphasis (`em`, `i`) and bold (`b`, `strong`) */
  link: number;
  em: number;
  bold: number;
  heading: boolean;
  /** an image came between the previous paragraph and this one */
  afterImage: boolean;
  /** the first link's address, as written */
  href: string | null;
}

const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'center', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav',
  'ol', 'p', 'pre', 'section', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'ul', 'summary', 'caption', 'hgroup',
]);
const SKIP = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'canvas', 'select', 'option',
  'button', 'input', 'textarea', 'video', 'audio', 'map', 'head', 'title', 'link', 'meta', 'math',
]);
const CELL = new Set(['td', 'th']);
const SPACE = /[\s\u00a0\u200b\ufeff]+/g;

export function paragraphs(root: DomElement): Para[] {
  const out: Para[] = [];
  let buf = '';
  let link = 0;
  let em = 0;
  let bold = 0;
  let href: string | null = null;
  let inLink = 0;
  let inEm = 0;
  let inBold = 0;
  let inHeading = 0;
  let headingPara = false;
  let pendingImage = false;

  const flush = (): void => {
    const text = buf.trim();
    if (text) {
      out.push({ text, link, em, bold, heading: headingPara || inHeading > 0, afterImage: pendingImage, href });
      pendingImage = false;
    }
    buf = '';
    link = em = bold = 0;
    href = null;
    headingPara = false;
  };
  const append = (raw: string): void => {
    let s = raw.replace(SPACE, ' ');
    if (s === '') return;
    if (s.startsWith(' ') && (buf === '' || buf.endsWith(' '))) s = s.slice(1);
    if (s === '') return;
    buf += s;
    const n = s.trim().length;
    if (inLink) link += n;
    if (inEm) em += n;
    if (inBold) bold += n;
  };

  type Frame = { node: DomNode; exit: boolean };
  const stack: Frame[] = [{ node: root, exit: false }];
  while (stack.length) {
    const { node, exit } = stack.pop()!;
    if (node.nodeType === TEXT) {
      append(node.textContent ?? '');
      continue;
    }
    if (!isElement(node)) continue;
    const tag = tagOf(node);
    if (exit) {
      if (tag === 'a') inLink--;
      else if (tag === 'em' || tag === 'i') inEm--;
      else if (tag === 'b' || tag === 'strong') inBold--;
      if (BLOCK.has(tag)) {
        if (/^h[1-6]$/.test(tag)) {
          headingPara = true;
          flush();
          inHeading--;
        } else flush();
      } else if (CELL.has(tag)) append(' ');
      continue;
    }
    if (SKIP.has(tag)) continue;
    if (tag === 'br') {
      flush();
      continue;
    }
    if (tag === 'img') {
      if (node.getAttribute('src') || node.getAttribute('data-src') || node.getAttribute('alt')) {
        flush();
        pendingImage = true;
      }
      continue;
    }
    if (BLOCK.has(tag)) {
      flush();
      if (/^h[1-6]$/.test(tag)) inHeading++;
    }
    if (tag === 'a') {
      inLink++;
      href ??= node.getAttribute('href');
    } else if (tag === 'em' || tag === 'i') inEm++;
    else if (tag === 'b' || tag === 'strong') inBold++;
    stack.push({ node, exit: true });
    const kids = node.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push({ node: kids[i]!, exit: false });
  }
  flush();
  return out;
}
