import { paneWording, type MappingPlace } from "./wording";

/**
 * The only way the task pane makes DOM: elements with attributes and text children. Text always
 * goes through text nodes, never innerHTML, because workbook cells come from other people
 * (SPEC: "renders workbook text as text").
 */
export type Child = Node | string | number | null | undefined | false;
export type Attrs = Record<string, string | number | boolean | undefined | ((event: Event) => void)>;

export function h(tag: string, attrs: Attrs = {}, ...children: (Child | Child[])[]): HTMLElement {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    if (typeof value === "function") {
      el.addEventListener(key.replace(/^on/, "").toLowerCase(), value as EventListener);
    } else {
      el.setAttribute(key, value === true ? "" : String(value));
    }
  }
  append(el, children);
  return el;
}

export function append(parent: Node, children: (Child | Child[])[]): void {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === "object" ? child : document.createTextNode(String(child)));
  }
}

/**
 * `text` with a line-break opportunity after each `:`, `/` and `_` inside it (a <wbr>): a narrow column
 * breaks `Recipient Org:Description` after `Org:`, where it broke `Descriptio` / `n` before.
 */
export function breakable(text: string): Child[] {
  return text.split(/(?<=[:/_])(?=\S)/).flatMap((part, i) => (i === 0 ? [part] : [h("wbr"), part]));
}

/** Replace an element's content with new children (text stays text). */
export function replace(parent: Element, ...children: (Child | Child[])[]): void {
  parent.replaceChildren();
  append(parent, children);
}

/** Announce to screen readers through the page's polite live region. */
export function announce(message: string): void {
  const region = document.getElementById("announcer");
  if (region) region.textContent = message;
}

export function formatCurrency(n: number): string {
  return n.toLocaleString("en-US", { style: "currency", currency: "USD", maximumFractionDigits: 0 });
}

export function formatPercent(n: number): string {
  return `${Math.round(n * 100)}%`;
}

/** Office.js error codes a user can cause, in words that say what to do. */
const FRIENDLY: Record<string, string> = {
  ItemNotFound:
    "That sheet or table is no longer there: a co-author may have renamed or deleted it. Reload and try again.",
  ItemAlreadyExists: "A co-author just created the same thing. Run it again: nothing is lost.",
  InvalidOperationInCellEditMode: "Excel is busy editing a cell. Press Enter or Esc in the sheet, then try again.",
  EditModeCellEditing: "Excel is busy editing a cell. Press Enter or Esc in the sheet, then try again.",
  AccessDenied: "This workbook is read-only or protected here, so the add-in cannot change it.",
  RequestPayloadSizeLimitExceeded: "That was too much for one request to Excel. Try a smaller range.",
  ResponsePayloadSizeLimitExceeded: "That was too much for one request to Excel. Try a smaller range.",
};

/**
 * A user-facing message for anything thrown, never a stack trace; the core's words for making a mapping
 * said as the pane makes one (paneWording), from `place`.
 */
export function errorMessage(err: unknown, place?: MappingPlace): string {
  const code = err && typeof err === "object" && "code" in err ? String(err.code) : "";
  if (FRIENDLY[code]) return FRIENDLY[code];
  if (err && typeof err === "object" && "message" in err && typeof err.message === "string" && err.message) {
    return paneWording(err.message, place);
  }
  return "Something went wrong. Try again; if it keeps happening, reload the add-in.";
}

/**
 * Offers `text` as a file download. Office on Mac (WKWebView) ignores download links without a word
 * (office-js #2700, by design), and the page cannot tell whether a download happened: say so with
 * `downloadStarted`, never "exported".
 */
export function downloadText(fileName: string, text: string, type = "text/csv;charset=utf-8"): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = h("a", { href: url, download: fileName, hidden: true });
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** What to say after `downloadText`: it started, and where the same figures are if nothing came. */
export function downloadStarted(fileName: string, fallback: string): string {
  return `Download of ${fileName} started — if nothing appears (Office on Mac), use ${fallback}.`;
}
