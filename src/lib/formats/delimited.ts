/**
 * Delimiter-separated text (CSV, TSV, semicolon): a parser that keeps each cell's line and
 * column, and a writer. Quoting follows RFC 4180: a quoted field may hold the delimiter,
 * newlines and doubled quotes ("").
 */
import type { TextProblem } from './text';

export interface Cell {
	value: string;
	line: number;
	column: number;
}

export interface Row {
	/** Line where the record starts. */
	line: number;
	cells: Cell[];
}

export type ParsedRows = { ok: true; rows: Row[] } | { ok: false; error: TextProblem };

/**
 * Splits text into records of cells. Records whose cells are all empty are dropped.
 * With `quotes: false` (Quizlet's export) a quote is an ordinary character.
 */
export function parseDelimited(text: string, delimiter: string, options: { quotes?: boolean } = {}): ParsedRows {
	const quotes = options.quotes ?? true;
	const rows: Row[] = [];
	let line = 1;
	let lineStart = 0;
	let cells: Cell[] = [];
	let rowLine = 1;
	let i = 0;
	const n = text.length;

	const endRecord = () => {
		if (cells.some((cell) => cell.value.trim() !== '')) rows.push({ line: rowLine, cells });
		cells = [];
	};

	while (i <= n) {
		const cellLine = line;
		const cellColumn = i - lineStart + 1;
		if (cells.length === 0) rowLine = line;
		let value = '';
		if (quotes && text[i] === '"') {
			const openLine = line;
			const openColumn = cellColumn;
			i++;
			for (;;) {
				if (i >= n) {
					return {
						ok: false,
						error: {
							line: openLine,
							column: openColumn,
							message: `unbalanced quote: the quoted field opened at line ${openLine}, column ${openColumn} is never closed`
						}
					};
				}
				if (text[i] === '"') {
					if (text[i + 1] === '"') {
						value += '"';
						i += 2;
						continue;
					}
					i++;
					break;
				}
				// Copy up to the next quote in one slice, counting the line breaks inside it.
				let next = text.indexOf('"', i);
				if (next < 0) next = n;
				const chunk = text.slice(i, next);
				value += chunk;
				for (let k = chunk.search(/[\r\n]/); k >= 0 && k < chunk.length; k++) {
					const c = chunk[k];
					if (c === '\n' || (c === '\r' && chunk[k + 1] !== '\n')) {
						line++;
						lineStart = i + k + 1;
					}
				}
				i = next;
			}
			// After the closing quote only a delimiter or the end of the record may follow.
			const after = text[i];
			if (i < n && after !== delimiter && after !== '\n' && after !== '\r') {
				const spanned = line !== openLine;
				return {
					ok: false,
					error: {
						line: openLine,
						column: openColumn,
						message: spanned
							? `unbalanced quote: the quoted field opened at line ${openLine}, column ${openColumn} runs on to line ${line}, where text follows its closing quote`
							: `text after a closing quote at line ${line}, column ${i - lineStart + 1}; write a quote inside a quoted field as ""`
					}
				};
			}
		} else {
			const start = i;
			while (i < n && text[i] !== delimiter && text[i] !== '\n' && text[i] !== '\r') i++;
			value = text.slice(start, i);
		}
		cells.push({ value, line: cellLine, column: cellColumn });

		if (i >= n) {
			endRecord();
			break;
		}
		const c = text[i];
		if (c === delimiter) {
			i++;
			// A delimiter at the very end still opens one last (empty) cell.
			if (i === n) {
				cells.push({ value: '', line, column: i - lineStart + 1 });
				endRecord();
				break;
			}
			continue;
		}
		// A newline ends the record.
		i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
		line++;
		lineStart = i;
		endRecord();
		if (i >= n) break;
	}
	return { ok: true, rows };
}

/** Guesses the delimiter from the first lines: of the candidates, the one found on most lines. */
export function guessDelimiter(text: string, candidates: readonly string[] = ['\t', ';', ',']): string {
	const lines = text.split(/\r?\n/, 20).filter((line) => line.trim() !== '');
	let best = candidates[candidates.length - 1]!;
	let bestScore = 0;
	for (const delimiter of candidates) {
		const counts = lines.map((line) => countOutsideQuotes(line, delimiter)).filter((count) => count > 0);
		// Lines holding it count most; then how often it appears on the line that has it least.
		const score = counts.length === 0 ? 0 : counts.length * 1000 + Math.min(...counts, 999);
		if (score > bestScore) {
			best = delimiter;
			bestScore = score;
		}
	}
	return best;
}

function countOutsideQuotes(line: string, delimiter: string): number {
	let inside = false;
	let count = 0;
	for (const c of line) {
		if (c === '"') inside = !inside;
		else if (c === delimiter && !inside) count++;
	}
	return count;
}

/**
 * One cell of CSV or TSV output, quoted only when it must be: a delimiter, a quote, a new line,
 * spaces at either end, or a leading "#" (Anki, and some CSV readers, skip a line starting with it).
 */
export function quoteCell(value: string, delimiter: string): string {
	return value.includes(delimiter) || /["\r\n]/.test(value) || value !== value.trim() || value.startsWith('#')
		? `"${value.replace(/"/g, '""')}"`
		: value;
}

/** Records as delimited text, CRLF line ends (RFC 4180). */
export function writeDelimited(rows: string[][], delimiter: string): string {
	return rows.map((row) => row.map((cell) => quoteCell(cell, delimiter)).join(delimiter)).join('\r\n') + '\r\n';
}
