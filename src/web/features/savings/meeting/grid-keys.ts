// Spreadsheet keys for the meeting-day grid. Every amount input carries data-col (its column) and
// data-member (its row); the handler sits on the table.
//   Enter / Shift+Enter, ↓ / ↑   next / previous member in the same column (Enter past the last
//                                member goes to the top of the next column)
//   ← / →                        previous / next cell of the row when the caret is at the edge
//   Tab                          the browser's own order: along the row
//   +                            fill this member's monthly pledge (and move down in that column)
import type { KeyboardEvent } from 'react';

export function gridKeyHandler(cols: readonly string[], fillPledge: (memberNo: number) => void) {
  return (e: KeyboardEvent<HTMLElement>) => {
    const el = e.target;
    if (!(el instanceof HTMLInputElement) || !el.dataset.col || e.altKey || e.ctrlKey || e.metaKey) return;
    const grid = e.currentTarget;
    const col = el.dataset.col;
    const inColumn = (c: string) => [...grid.querySelectorAll<HTMLInputElement>(`input[data-col="${c}"]`)];
    const inRow = () => [...grid.querySelectorAll<HTMLInputElement>(`input[data-member="${el.dataset.member}"]`)];
    const go = (target: HTMLInputElement | undefined) => {
      if (!target) return false;
      e.preventDefault();
      target.focus();
      target.select();
      return true;
    };
    const vertical = (step: 1 | -1) => {
      const list = inColumn(col);
      if (go(list[list.indexOf(el) + step])) return;
      e.preventDefault();
      if (step === 1) cols.slice(cols.indexOf(col) + 1).some((c) => go(inColumn(c)[0]));
    };
    const across = (step: 1 | -1) => {
      const list = inRow();
      go(list[list.indexOf(el) + step]);
    };

    switch (e.key) {
      case 'Enter':
        vertical(e.shiftKey ? -1 : 1);
        break;
      case 'ArrowDown':
        vertical(1);
        break;
      case 'ArrowUp':
        vertical(-1);
        break;
      case 'ArrowLeft':
        if (el.selectionStart === 0) across(-1);
        break;
      case 'ArrowRight':
        if (el.selectionEnd === el.value.length) across(1);
        break;
      case '+':
        e.preventDefault();
        fillPledge(Number(el.dataset.member));
        if (col === 'pledge') vertical(1);
        break;
    }
  };
}
