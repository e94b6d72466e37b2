/**
 * The lines of a stream, split on `\n` only: a `\r` inside a query is part of it (it is not a line break), and a
 * `\r` just before the `\n` is dropped (Windows line ends). The last line counts even without a final `\n`.
 * Node's readline would also split on a lone `\r`, giving two answers for one query.
 */
export async function* queryLines(input: AsyncIterable<string | Buffer>): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8');
  let pending = '';
  for await (const chunk of input) {
    pending += typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    let newline: number;
    while ((newline = pending.indexOf('\n')) >= 0) {
      yield pending.slice(0, newline).replace(/\r$/, '');
      pending = pending.slice(newline + 1);
    }
  }
  pending += decoder.decode();
  if (pending !== '') yield pending.replace(/\r$/, '');
}
