import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { compileForNode } from './compile';

/** Starts a benchmark script, compiled to plain JavaScript, in its own Node process (its memory and event loop are its own). */
export function spawnScript(script: URL, args: string[], nodeFlags: string[] = [], extraSources: string[] = []): ChildProcess {
  for (const source of extraSources) compileForNode(source);
  return spawn(process.execPath, [...nodeFlags, compileForNode(fileURLToPath(script)), ...args], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
}

/** Runs a script to its end; its last stdout line is JSON, which is returned. */
export async function runScript<T>(script: URL, args: string[], nodeFlags: string[] = [], extraSources: string[] = []): Promise<T> {
  const child = spawnScript(script, args, nodeFlags, extraSources);
  let out = '';
  child.stdout!.on('data', (chunk) => (out += chunk));
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  if (code !== 0) throw new Error(`${fileURLToPath(script)} ${args.join(' ')} exited with ${code}:\n${out}`);
  const last = out.trim().split('\n').at(-1) ?? '';
  return JSON.parse(last) as T;
}
