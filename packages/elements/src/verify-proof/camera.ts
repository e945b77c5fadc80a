import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Where the camera is: `off`, `starting` (asking the browser), `on` (frames are being read), or why it
 * could not start: `denied` (the person or the browser refused), `missing` (no camera), `unsupported`
 * (no camera API here, e.g. a page not served over https), `failed` (in use elsewhere, or another error).
 */
export type CameraState = 'off' | 'starting' | 'on' | 'denied' | 'missing' | 'unsupported' | 'failed';

/** What the camera needs of its element: updates, and its `<video>` once rendered. */
export interface CameraHost extends ReactiveControllerHost {
  readonly updateComplete: Promise<boolean>;
}

export interface CameraOptions {
  /** The `<video>` that shows the camera, once the host renders it (while the state is `on`). */
  video: () => HTMLVideoElement | null | undefined;
  /** Reads a code from the video's current frame; null when none is in sight. */
  read: (video: HTMLVideoElement) => Promise<string | null>;
  /** A code was read; the camera is already off. */
  found: (text: string) => void;
}

/** Whether this browser can open a camera at all. */
export const cameraSupported = (): boolean =>
  typeof navigator !== 'undefined' && typeof navigator.mediaDevices?.getUserMedia === 'function';

/** Time between two reads of a frame: fast enough to feel instant, slow enough to leave a phone cool. */
const FRAME_GAP_MS = 120;

function failureState(e: unknown): CameraState {
  const name = (e as { name?: unknown } | null)?.name;
  if (name === 'NotAllowedError' || name === 'SecurityError') return 'denied';
  if (name === 'NotFoundError' || name === 'OverconstrainedError') return 'missing';
  return 'failed';
}

/**
 * The camera of a verifier: opens it (the back camera where there is one), reads its frames until a code
 * is found, and stops every track as soon as it is done, stopped, or the host leaves the page. Nothing is
 * recorded: each frame is read once and dropped.
 */
export class CameraReader implements ReactiveController {
  state: CameraState = 'off';
  private _stream?: MediaStream;
  /** Bumped by every start and stop: work begun for an older run gives up. */
  private _run = 0;

  constructor(
    private readonly _host: CameraHost,
    private readonly _o: CameraOptions,
  ) {
    _host.addController(this);
  }

  /** True while the camera is open or opening. */
  get active(): boolean {
    return this.state === 'on' || this.state === 'starting';
  }

  /** Opens the camera and starts reading; a refusal or a missing camera ends in the matching state. */
  async start(): Promise<void> {
    if (this.active) return;
    const run = ++this._run;
    if (!cameraSupported()) return this._set('unsupported');
    this._set('starting');
    let stream: MediaStream;
    try {
      stream = await navigator.mediaDevices.getUserMedia({
        video: { facingMode: { ideal: 'environment' } },
        audio: false,
      });
    } catch (e) {
      if (run === this._run) this._set(failureState(e));
      return;
    }
    if (run !== this._run) {
      stopTracks(stream); // stopped (or the element left) while the browser was asking
      return;
    }
    this._stream = stream;
    this._set('on');
    await this._host.updateComplete;
    const video = this._o.video();
    if (!video || run !== this._run) return this.stop();
    video.srcObject = stream;
    // muted + playsinline lets it play without a gesture on phones; a refusal still leaves frames to read
    await video.play().catch(() => undefined);
    void this._scan(run, video);
  }

  private async _scan(run: number, video: HTMLVideoElement): Promise<void> {
    while (run === this._run) {
      if (video.readyState >= HTMLMediaElement.HAVE_CURRENT_DATA && video.videoWidth > 0) {
        let text: string | null = null;
        try {
          text = await this._o.read(video);
        } catch {
          // one frame that cannot be read is skipped
        }
        if (run !== this._run) return;
        if (text) {
          this.stop();
          this._o.found(text);
          return;
        }
      }
      await new Promise((r) => setTimeout(r, FRAME_GAP_MS));
    }
  }

  /** Stops reading and turns the camera off (every track ends, so the browser's camera light goes out). */
  stop(): void {
    this._run++;
    if (this._stream) stopTracks(this._stream);
    this._stream = undefined;
    const video = this._o.video();
    if (video) video.srcObject = null;
    if (this.state !== 'off') this._set('off');
  }

  hostDisconnected(): void {
    this.stop();
  }

  private _set(state: CameraState): void {
    this.state = state;
    this._host.requestUpdate();
  }
}

function stopTracks(stream: MediaStream): void {
  for (const track of stream.getTracks()) track.stop();
}
