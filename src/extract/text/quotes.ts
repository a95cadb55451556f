// Quotation spans from a stack over “ ” ‘ ’ and straight quotes. Curly double quotes say
// which way they face; ’ is also the apostrophe, so it only closes a ‘ that is open and is
// not between two letters; straight quotes open after white space or an opening bracket.
// A paragraph break closes anything still open (reporters leave long quotes unclosed).
export interface Quote {
  /** Offsets of the quote marks themselves. */
  open: number;
  close: number;
  /** Inner text span (without marks). */
  start: number;
  end: number;
  depth: number;
}

const isLetter = (c: string | undefined): boolean => !!c && /[\p{L}\p{N}]/u.test(c);

export function findQuotes(body: string): Quote[] {
  const out: Quote[] = [];
  const stack: { ch: string; at: number }[] = [];
  const push = (open: number, close: number): void => {
    out.push({ open, close, start: open + 1, end: close, depth: stack.length });
  };
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c === '\n' && body[i + 1] === '\n') {
      // Unclosed quotes end with their paragraph.
      while (stack.length) {
        const o = stack.pop()!;
        let end = i;
        while (end > o.at && /\s/.test(body[end - 1]!)) end--;
        push(o.at, end);
      }
      continue;
    }
    if (c === '“' || c === '«' || c === '„') stack.push({ ch: '“', at: i });
    else if (c === '”' || c === '»') closeTo('“', i);
    else if (c === '‘') stack.push({ ch: '‘', at: i });
    else if (c === '’') {
      if (isLetter(body[i - 1]) && isLetter(body[i + 1])) continue; // apostrophe: Russia’s
      if (stack.length && stack[stack.length - 1]!.ch === '‘') closeTo('‘', i);
    } else if (c === '"') {
      const prev = body[i - 1];
      if (stack.length && stack[stack.length - 1]!.ch === '"' && !(prev === undefined || /[\s([]/.test(prev))) closeTo('"', i);
      else if (prev === undefined || /[\s([“‘—–-]/.test(prev)) stack.push({ ch: '"', at: i });
      else if (stack.some((s) => s.ch === '"')) closeTo('"', i);
    }
  }
  while (stack.length) {
    const o = stack.pop()!;
    push(o.at, body.length);
  }
  return out.sort((a, b) => a.open - b.open);

  function closeTo(ch: string, at: number): void {
    // Pop to the matching opener; inner unmatched marks are dropped.
    const k = stack.map((s) => s.ch).lastIndexOf(ch);
    if (k < 0) return;
    while (stack.length > k + 1) stack.pop();
    const o = stack.pop()!;
    push(o.at, at);
  }
}

export const wordCount = (s: string): number => (s.match(/[\p{L}\p{N}]+(?:[’'-][\p{L}\p{N}]+)*/gu) ?? []).length;
