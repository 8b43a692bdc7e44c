// The commands the docs show, exactly as shown: each block is marked `tested: <name>` where it stands.
import { readFileSync } from 'node:fs';

/** The ```sh block right after `<!-- tested: <name> ... -->` in a Markdown file. */
export function markedShellBlock(file: string, name: string): string {
  const found = new RegExp(`<!-- tested: ${name}\\b[^>]*-->\\n\`\`\`sh\\n([\\s\\S]*?)\\n\`\`\``).exec(readFileSync(file, 'utf8'));
  if (!found) throw new Error(`${file} has no \`\`\`sh block right after a "tested: ${name}" marker`);
  return found[1]!;
}

/** The indented comment lines (`#   command`) right after the comment line that says `tested: <name>`. */
export function markedCommentBlock(file: string, name: string): string {
  const lines = readFileSync(file, 'utf8').split('\n');
  const marker = lines.findIndex((line) => line.startsWith('#') && line.includes(`tested: ${name}`));
  const block: string[] = [];
  for (const line of marker < 0 ? [] : lines.slice(marker + 1)) {
    if (!line.startsWith('#   ')) break;
    block.push(line.slice(4));
  }
  if (block.length === 0) throw new Error(`${file} has no indented commands after a "tested: ${name}" comment`);
  return block.join('\n');
}
