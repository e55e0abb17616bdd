// Markdown tables of the inputs and outputs for the README, from the same tables as action.yml.

import { OUTPUTS } from '../outputs.js';
import { OPTIONS, optionDescription } from './options.js';

const cell = (text: string): string => text.replace(/\|/g, '\\|');

export function renderInputsTable(): string {
  const rows = OPTIONS.map(
    (o) =>
      `| \`${o.name}\` | ${o.default === '' ? '' : `\`${cell(o.default)}\``} | ${cell(optionDescription(o))} |`
  );
  return ['| Input | Default | Description |', '| --- | --- | --- |', ...rows].join('\n');
}

export function renderOutputsTable(): string {
  const rows = OUTPUTS.map((o) => `| \`${o.name}\` | ${cell(o.description)} |`);
  return ['| Output | Description |', '| --- | --- |', ...rows].join('\n');
}

/** Replaces the text between `<!-- name:start -->` and `<!-- name:end -->`. */
export function replaceBetweenMarkers(document: string, name: string, content: string): string {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const from = document.indexOf(start);
  const to = document.indexOf(end);
  if (from < 0 || to < from) throw new Error(`markers ${start} … ${end} not found`);
  return `${document.slice(0, from + start.length)}\n${content}\n${document.slice(to)}`;
}
