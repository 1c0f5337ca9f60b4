import { h, type Child } from "../dom";
import { busy } from "./progress";

/** A button that runs `action` on each click, disabled while it runs (see busy); `accent` for the flow's main action. */
export function actionButton(
  label: string,
  attrs: { readonly id: string; readonly appearance?: "accent" },
  action: () => Promise<unknown>,
): HTMLElement {
  const button = h(
    "button",
    {
      id: attrs.id,
      class: attrs.appearance ? `btn ${attrs.appearance}` : "btn",
      onclick: () => void busy(button, action),
    },
    label,
  );
  return button;
}

/** A flow of the pane: a section labelled by its heading, with one line saying what it does. */
export function viewSection(
  id: string,
  title: string,
  intro: string,
  attrs: { readonly class?: string },
  ...children: Child[]
): HTMLElement {
  return h(
    "section",
    { "aria-labelledby": `${id}-title`, ...attrs },
    h("h2", { id: `${id}-title` }, title),
    h("p", { class: "muted" }, intro),
    ...children,
  );
}

/**
 * Disables the controls in `parts` (and any part that is itself a control) until the returned
 * function is called: while a read runs, the editor on screen is the last read's, and a choice made
 * in it would be replaced when the read ends (a block chosen during "Read headers" was).
 * Controls the read has since replaced are left as they were made; only those disabled here are freed.
 */
export function holdControls(parts: readonly HTMLElement[]): () => void {
  const held: (HTMLButtonElement | HTMLSelectElement | HTMLTextAreaElement | HTMLInputElement)[] = [];
  for (const part of parts) {
    const controls = part.matches("button, select, textarea, input")
      ? [part]
      : Array.from(part.querySelectorAll<HTMLElement>("button, select, textarea, input"));
    for (const c of controls as (HTMLButtonElement | HTMLSelectElement)[]) {
      if (c.disabled) continue;
      c.disabled = true;
      held.push(c);
    }
  }
  return () => {
    for (const c of held) c.disabled = false;
  };
}
