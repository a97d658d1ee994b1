// User Timing measures of showing one check's answer: bench/typing-checks.ts
// reads copydesk:checks-show (the main thread's share after a pause), and
// bench/experiments/checks-variants.ts its parts, to find which one makes a
// long task: placing the flags, the snapshot's listeners, drawing them.
export class ShowTiming {
  private readonly start = performance.now();
  private placedAt = this.start;
  private listedAt = this.start;

  /** The answer agreed with what is shown: nothing was placed or drawn. */
  unchanged(): void {
    performance.measure('copydesk:checks-unchanged', { start: this.start });
  }

  placed(): void {
    this.placedAt = performance.now();
  }

  listed(): void {
    this.listedAt = performance.now();
  }

  /** After the flags are drawn. */
  shown(): void {
    performance.measure('copydesk:checks-show-place', { start: this.start, end: this.placedAt });
    performance.measure('copydesk:checks-show-list', { start: this.placedAt, end: this.listedAt });
    performance.measure('copydesk:checks-show-draw', { start: this.listedAt });
    performance.measure('copydesk:checks-show', { start: this.start });
  }
}
