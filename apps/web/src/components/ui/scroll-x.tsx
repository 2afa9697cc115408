import { type ReactNode, useEffect, useRef, useState } from 'react';
import { cn } from '../../lib/cn';

/**
 * A box that scrolls sideways when its content is wider, and says so: a
 * shadow on each side with more to see, and the box itself focusable so the
 * keyboard can scroll it. It takes its width from its container, never from
 * its content (`contain: inline-size`), so a wide table cannot widen the page.
 */
export function ScrollX({
  children,
  className,
  label,
}: {
  children: ReactNode;
  className?: string;
  label: string;
}) {
  const box = useRef<HTMLElement>(null);
  const [more, setMore] = useState({ left: false, right: false });
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const measure = () =>
      setMore({
        left: el.scrollLeft > 1,
        right: el.scrollLeft + el.clientWidth < el.scrollWidth - 1,
      });
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    if (el.firstElementChild) observer.observe(el.firstElementChild);
    el.addEventListener('scroll', measure, { passive: true });
    return () => {
      observer.disconnect();
      el.removeEventListener('scroll', measure);
    };
  }, []);
  const scrolls = more.left || more.right;
  return (
    <div className={cn('relative min-w-0 [contain:inline-size]', className)}>
      <section
        ref={box}
        className="overflow-x-auto rounded-[inherit]"
        tabIndex={scrolls ? 0 : undefined}
        aria-label={scrolls ? `${label} (scrolls sideways)` : label}
        data-scroll-x
      >
        {children}
      </section>
      <ScrollCue side="left" shown={more.left} />
      <ScrollCue side="right" shown={more.right} />
    </div>
  );
}

/** A shadow on the side where more of the content is out of view. */
function ScrollCue({ side, shown }: { side: 'left' | 'right'; shown: boolean }) {
  return (
    <div
      aria-hidden
      data-scroll-cue={side}
      className={cn(
        'pointer-events-none absolute inset-y-0 w-6 from-foreground/15 to-transparent transition-opacity',
        side === 'left'
          ? 'left-0 rounded-l-[inherit] bg-gradient-to-r'
          : 'right-0 rounded-r-[inherit] bg-gradient-to-l',
        shown ? 'opacity-100' : 'opacity-0',
      )}
    />
  );
}

/**
 * For the last column of a table inside ScrollX (its actions): it stays at the
 * right edge while the other columns scroll under it. Give it a background.
 */
export const STICKY_END = 'sticky right-0 z-[1] shadow-[inset_1px_0_0_var(--color-border)]';
