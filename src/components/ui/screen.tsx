import { useEffect, useRef, type ReactNode } from 'react';

// The first screen after a page load leaves focus at the top of the page, so the first
// Tab reaches the skip link; every screen opened after that moves focus to its heading.
let firstScreenShown = false;

/**
 * One screen of the app. Its heading takes focus when the writer moves to it, so that
 * keyboard and screen-reader users land at the start of the new content.
 */
export function Screen({ title, intro, children, footer }: { title: string; intro?: ReactNode; children?: ReactNode; footer?: ReactNode }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (firstScreenShown) heading.current?.focus();
    firstScreenShown = true;
  }, [title]);
  return (
    <section className="screen" aria-labelledby="screen-title">
      <h1 id="screen-title" tabIndex={-1} ref={heading}>
        {title}
      </h1>
      {intro ? <div className="screen-intro">{intro}</div> : null}
      {children}
      {footer ? <div className="screen-footer">{footer}</div> : null}
    </section>
  );
}
