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
