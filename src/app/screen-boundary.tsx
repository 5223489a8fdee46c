import { Component, type ReactNode } from 'react';

interface Props {
  /** What to show instead of a screen that failed; the draft itself is in storage and untouched. */
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
    return this.state.failed ? this.props.fallback(() => this.setState({ failed: false })) : this.props.children;
  }
}
