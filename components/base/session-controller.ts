import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { AssessmentSession, SessionSnapshot } from '../../src/session/types.js';

/** An element that shows a session: its own `.session` wins over the one from context. */
export interface SessionHost extends ReactiveControllerHost {
  session?: AssessmentSession;
  contextSession?: AssessmentSession;
}

/** Subscribes its host to the current session and re-renders it on every change. */
export class SessionController implements ReactiveController {
  private current?: AssessmentSession;
  private off?: () => void;
  constructor(private readonly host: SessionHost, private readonly onChange?: (s: SessionSnapshot) => void) {
    host.addController(this);
  }
  /** The session shown: the `.session` property, else the one from context. */
  get session(): AssessmentSession | undefined { return this.host.session ?? this.host.contextSession; }
  /** Its current snapshot. */
  get state(): SessionSnapshot | undefined { return this.session?.state; }
  hostConnected(): void { this.sync(); }
  hostUpdate(): void { this.sync(); }
  hostDisconnected(): void { this.off?.(); this.off = this.current = undefined; }
  private sync(): void {
    const s = this.session;
    if (s === this.current) return;
    this.off?.();
    this.current = s;
    this.off = s?.subscribe((snap) => { this.onChange?.(snap); this.host.requestUpdate(); });
  }
}
