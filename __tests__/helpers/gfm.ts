// GitHub-flavoured markdown as GitHub reads it, close enough to test what data can do to it: the
// CommonMark reference parser (commonmark.js) for blocks and inlines, plus GFM's tables, which it
// lacks, modelled on cmark-gfm: a row is one line (CR, LF or CRLF end it), split on every `|` that
// no backslash precedes (cmark-gfm takes `\\|` as an escaped pipe too, github/cmark-gfm#277); the
// backslash before a pipe is removed and the cell is parsed as inline text. A line that does not
// start with `|` ends the table (GitHub ends it at a line that starts another block, and reads any
// other line as a row: either way data on such a line is not in a code span any more).

import { type Node, Parser } from 'commonmark';

export interface GfmTable {
  /** The header's cells, as written. */
  header: string[];
  /** Each body row's cells, as written. */
  rows: string[][];
}

export interface GfmDocument {
  /** The markdown outside tables (tables left out), parsed. */
  root: Node;
  /** Every table cell, each parsed as a paragraph (its first text starts with `CELL `). */
  cells: Node[];
  tables: GfmTable[];
}

const LINE_END = /\r\n|\r|\n/;
const DELIMITER_ROW = /^ {0,3}\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$/;
const isRow = (line: string | undefined): line is string => line !== undefined && /^ {0,3}\|/.test(line);

/** A table row's cells as cmark-gfm splits them, each with `\|` unescaped and trimmed. */
export function tableCells(row: string): string[] {
  const text = row.trim().replace(/^\|/, '');
  const parts = text.split(/(?<!\\)\|/);
  // A closing pipe leaves an empty last part.
  if (parts.length > 1 && (parts[parts.length - 1] ?? '').trim() === '') parts.pop();
  return parts.map((cell) => cell.replace(/\\\|/g, '|').trim());
}

/** Parses GitHub-flavoured markdown into the document outside tables, the tables and their cells. */
export function parseGfm(markdown: string): GfmDocument {
  const lines = markdown.split(LINE_END);
  const outside: string[] = [];
  const tables: GfmTable[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (isRow(line) && DELIMITER_ROW.test(lines[i + 1] ?? '')) {
      const table: GfmTable = { header: tableCells(line), rows: [] };
      i += 2;
      while (isRow(lines[i])) table.rows.push(tableCells(lines[i++] as string));
      i--;
      tables.push(table);
      // A blank line where the table was, so that the text around it stays apart.
      outside.push('');
      continue;
    }
    outside.push(line);
  }
  const parser = new Parser();
  const cells = tables
    .flatMap((t) => [t.header, ...t.rows].flat())
    .map((cell) => parser.parse(`CELL ${cell}`));
  return { root: parser.parse(outside.join('\n')), cells, tables };
}

/** Every node of the trees, in document order. */
export function nodesOf(doc: GfmDocument): Node[] {
  const found: Node[] = [];
  for (const root of [doc.root, ...doc.cells]) {
    const walker = root.walker();
    for (let event = walker.next(); event; event = walker.next()) if (event.entering) found.push(event.node);
  }
  return found;
}

const INLINE_CONTAINERS = new Set(['paragraph', 'heading', 'emph', 'strong', 'link', 'image']);

/**
 * The runs of text a reader sees outside code and raw HTML, as a browser joins adjacent text:
 * GitHub looks for `@mentions` and `#references` in these (never inside code).
 */
export function textRuns(doc: GfmDocument): string[] {
  const runs: string[] = [];
  const walk = (node: Node): void => {
    let run = '';
    for (let child = node.firstChild; child; child = child.next) {
      if (child.type === 'text') run += child.literal ?? '';
      else if (child.type === 'softbreak') run += '\n';
      else {
        if (run) runs.push(run);
        run = '';
        if (INLINE_CONTAINERS.has(child.type)) walk(child);
        else if (child.firstChild && child.type !== 'code_block') walk(child);
      }
    }
    if (run) runs.push(run);
  };
  for (const root of [doc.root, ...doc.cells]) walk(root);
  return runs;
}

/** The text of a heading (its text and code children). */
export function headingText(node: Node): string {
  let text = '';
  const walker = node.walker();
  for (let event = walker.next(); event; event = walker.next()) {
    if (event.entering && (event.node.type === 'text' || event.node.type === 'code'))
      text += event.node.literal;
  }
  return text;
}
