/**
 * Ribbon commands. The ribbon's only button opens the task pane (a ShowTaskpane action in the
 * manifest, no code needed); this module is the manifest's FunctionFile page script and registers
 * nothing else yet. Kept so new ribbon actions have one obvious home.
 */
export function registerCommands(): void {
  // No ExecuteFunction actions yet.
}

Office.onReady(() => registerCommands());
