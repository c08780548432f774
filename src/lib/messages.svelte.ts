/**
 * Messages to the user under the title (what was saved, opened, refused or noticed), each with a
 * unique id, so that two messages of the same text can never clash in a keyed list, and with an
 * optional action (e.g. "Undo").
 */

/** A button beside a message: its words, and what it does (the message then goes). */
export interface MessageAction {
  readonly label: string;
  readonly run: () => void;
}

/** One message. */
export interface Message {
  readonly id: number;
  readonly text: string;
  readonly action?: MessageAction | undefined;
}

/** Messages shown at once: a new one pushes out the oldest. */
const SHOWN = 4;

export class Messages {
  /** The messages shown, oldest first. */
  list = $state.raw<Message[]>([]);
  #next = 1;

  /** Shows `text` (an earlier message of the same text gives way to it). */
  say(text: string, action?: MessageAction): void {
    const m: Message = { id: this.#next++, text, action };
    this.list = [...this.list.filter((x) => x.text !== text), m].slice(-SHOWN);
  }

  dismiss(id: number): void {
    this.list = this.list.filter((m) => m.id !== id);
  }

  /** Runs a message's action, then dismisses it. */
  act(m: Message): void {
    this.dismiss(m.id);
    m.action?.run();
  }
}
