import { useEffect, useRef, type ReactNode } from 'react';

/**
 * One screen of the app. Its heading takes focus when the screen opens, so that
 * keyboard and screen-reader users land at the start of the new content.
 */
export function Screen({ title, intro, children, footer }: { title: string; intro?: ReactNode; children?: ReactNode; footer?: ReactNode }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
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
