/**
 * The "leave this site" keyboard shortcut, as pure logic: the same key pressed three
 * times in quick succession (GOV.UK's "Exit this page" uses Shift; Escape is the key a
 * frightened reader reaches for). One press of another key starts the count again, so
 * typing never triggers it by accident.
 */
export const EXIT_KEYS = ["Escape", "Shift"] as const;
export const EXIT_PRESSES = 3;
/** The presses must fall within this window, in milliseconds. */
export const EXIT_WINDOW_MS = 2000;

export interface ExitCounter {
  /** Records a key press; true when it completes the shortcut. */
  press(key: string, at: number): boolean;
}

export function exitCounter(): ExitCounter {
  let key = "";
  let times: number[] = [];
  return {
    press(pressed, at) {
      if (!(EXIT_KEYS as readonly string[]).includes(pressed)) {
        key = "";
        times = [];
        return false;
      }
      if (pressed !== key) {
        key = pressed;
        times = [];
      }
      times = [...times.filter((t) => at - t < EXIT_WINDOW_MS), at];
      if (times.length < EXIT_PRESSES) return false;
      times = [];
      return true;
    },
  };
}
