import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import { UsageError } from './command.js';

/**
 * Asks each question on the terminal and reads the answers without echoing them: readline puts the
 * terminal in raw mode and its own echo goes nowhere. Ctrl-C stops the program (exit 130).
 */
export async function readHiddenAnswers(questions: string[]): Promise<string[]> {
  const nowhere = new Writable({ write: (_chunk, _encoding, done) => done() });
  const rl = createInterface({ input: process.stdin, output: nowhere, terminal: true });
  rl.on('SIGINT', () => {
    process.stderr.write('\n');
    process.exit(130);
  });
  // Lines typed ahead wait in the iterator for their question.
  const lines = rl[Symbol.asyncIterator]();
  try {
    const answers: string[] = [];
    for (const question of questions) {
      process.stderr.write(question);
      const line = await lines.next();
      process.stderr.write('\n');
      if (line.done) throw new UsageError('no password given (input ended)');
      answers.push(line.value);
    }
    return answers;
  } finally {
    rl.close();
  }
}
