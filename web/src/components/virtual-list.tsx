import type { KeyboardEvent, ReactNode } from 'react';
import { useEffect, useRef, useState } from 'react';

interface VirtualListProps<T> {
  items: readonly T[];
  /** Every row has this height in CSS pixels: what makes windowing exact and cheap. */
  rowHeight: number;
  /** The list's height; the page scrolls inside it. */
  height: number;
  renderRow(item: T, index: number): ReactNode;
  keyOf(item: T): string;
  label: string;
  /** With a selection the list is a listbox: arrows move it, the selected row stays in view. */
  selectedIndex?: number;
  onSelect?(index: number): void;
  idPrefix?: string;
}

const overscan = 6;

/**
 * Renders only the rows in view (plus a few): 10,000 invitations cost the same as 20. Rows are
 * placed with CSSOM styles (allowed under the CSP), not style attributes.
 */
export function VirtualList<T>(props: VirtualListProps<T>) {
  const { items, rowHeight, height, selectedIndex, onSelect } = props;
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);

  useEffect(() => {
    const element = scroller.current;
    if (!element || selectedIndex === undefined || selectedIndex < 0) return;
    const top = selectedIndex * rowHeight;
    if (top < element.scrollTop) element.scrollTop = top;
    else if (top + rowHeight > element.scrollTop + element.clientHeight) {
      element.scrollTop = top + rowHeight - element.clientHeight;
    }
  }, [selectedIndex, rowHeight]);

  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const last = Math.min(items.length, Math.ceil((scrollTop + height) / rowHeight) + overscan);
  const prefix = props.idPrefix ?? 'row';
  const listbox = onSelect !== undefined;

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (!onSelect || items.length === 0) return;
    const current = selectedIndex ?? -1;
    const moves: Record<string, number> = {
      ArrowDown: current + 1,
      ArrowUp: current - 1,
      Home: 0,
      End: items.length - 1,
      PageDown: current + Math.floor(height / rowHeight),
      PageUp: current - Math.floor(height / rowHeight),
    };
    const target = moves[event.key];
    if (target === undefined) return;
    event.preventDefault();
    onSelect(Math.max(0, Math.min(items.length - 1, target)));
  };

  return (
    <div
      ref={scroller}
      className="virtual-list"
      role={listbox ? 'listbox' : 'list'}
      aria-label={props.label}
      tabIndex={0}
      aria-activedescendant={
        listbox && selectedIndex !== undefined && selectedIndex >= 0
          ? `${prefix}-${selectedIndex}`
          : undefined
      }
      onKeyDown={onKeyDown}
      onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
      style={{ height }}
    >
      <div className="virtual-list-inner" style={{ height: items.length * rowHeight }}>
        {items.slice(first, last).map((item, offset) => {
          const index = first + offset;
          const selected = index === selectedIndex;
          return (
            <div
              key={props.keyOf(item)}
              id={`${prefix}-${index}`}
              role={listbox ? 'option' : 'listitem'}
              aria-selected={listbox ? selected : undefined}
              aria-setsize={items.length}
              aria-posinset={index + 1}
              className={selected ? 'virtual-row selected' : 'virtual-row'}
              style={{ top: index * rowHeight, height: rowHeight }}
              onClick={onSelect ? () => onSelect(index) : undefined}
            >
              {props.renderRow(item, index)}
            </div>
          );
        })}
      </div>
    </div>
  );
}
