import { Component, createElement, lazy, type ComponentType, type ReactNode } from 'react';

interface Props {
  /** What to show instead of a screen that failed; the draft itself is in the store and untouched. */
  fallback: (reset: () => void) => ReactNode;
  /** Changing it (the route) clears the error, so the other screens stay usable. */
  resetKey: string;
  children: ReactNode;
}

/** Keeps one failing screen from taking the whole app down (and the writer's work with it). */
export class ScreenBoundary extends Component<Props, { failed: boolean; key: string }> {
  override state = { failed: false, key: this.props.resetKey };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  static getDerivedStateFromProps(props: Props, state: { failed: boolean; key: string }) {
    return props.resetKey !== state.key ? { failed: false, key: props.resetKey } : null;
  }

  override render() {
    return this.state.failed ? this.props.fallback(this.retry) : this.props.children;
  }

  private readonly retry = () => {
    for (const forget of failedLoads) forget();
    failedLoads.clear();
    this.setState({ failed: false });
  };
}

/** Screens whose code failed to load: "Try again" forgets the failure so the load runs again. */
const failedLoads = new Set<() => void>();

/**
 * A screen loaded on first use, like React.lazy, except that a failed load (offline, a deploy
 * in between) is not remembered: "Try again" in the boundary loads it again, no reload needed.
 */
export function lazyScreen(load: () => Promise<{ default: ComponentType }>): ComponentType {
  const attempt = () =>
    lazy(() =>
      load().catch((error: unknown) => {
        failedLoads.add(forget);
        throw error;
      }),
    );
  let current = attempt();
  const forget = () => {
    current = attempt();
  };
  return function LazyScreen() {
    return createElement(current);
  };
}
