/** `worksheets.onChanged` / `onAdded` as the fake raises them: after the sync that caused them, asynchronously. */
import type { FakeRequestContext } from "./context";

/** What a `worksheets.onChanged` / `onAdded` handler receives (the fields the fake fills). */
export interface FakeEventArgs {
  readonly type: "WorksheetChanged" | "WorksheetAdded";
  readonly worksheetId: string;
  readonly address?: string;
  readonly changeType?: "RangeEdited";
  readonly source: "Local" | "Remote";
}

export type FakeHandler = (args: FakeEventArgs) => unknown;

/** `worksheets.onChanged`: `add(handler)` registers at the next sync; the result's `remove()` too. */
export class FakeEvent {
  constructor(
    private readonly context: FakeRequestContext,
    private readonly set: Set<FakeHandler>,
    private readonly name: string,
  ) {}
  add(handler: FakeHandler): { remove(): void } {
    this.context.queue(`worksheets.${this.name}.add()`, null, () => this.set.add(handler));
    return {
      remove: () => this.context.queue(`worksheets.${this.name}.remove()`, null, () => this.set.delete(handler)),
    };
  }
}
