import { h } from "../dom";

/** A labelled progress bar for long work; hidden until used. */
export interface ProgressBar {
  readonly element: HTMLElement;
  update(step: string, fraction: number): void;
  done(): void;
}

export function progressBar(label: string): ProgressBar {
  const bar = h("progress", { max: 100, value: 0, "aria-label": label });
  const text = h("span", { class: "progress-label" });
  const element = h("div", { class: "progress", hidden: true }, bar, text);
  return {
    element,
    update(what, fraction) {
      element.hidden = false;
      const pct = Math.round(Math.min(1, Math.max(0, fraction)) * 100);
      bar.setAttribute("value", String(pct));
      bar.setAttribute("aria-valuetext", `${pct}% — ${what}`);
      text.textContent = what;
    },
    done() {
      element.hidden = true;
    },
  };
}

/** Disables a button while an async action runs, so a double click cannot start it twice. */
export async function busy<T>(button: HTMLElement, action: () => Promise<T>): Promise<T> {
  button.setAttribute("disabled", "");
  button.setAttribute("aria-busy", "true");
  try {
    return await action();
  } finally {
    button.removeAttribute("disabled");
    button.removeAttribute("aria-busy");
  }
}
