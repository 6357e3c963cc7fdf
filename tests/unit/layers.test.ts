/**
 * The layers' directions: pure code (core, formats) imports no storage, state or page; storage
 * imports no state or page; and no two modules of src/lib import each other at run time, however
 * indirectly (an `import type` is erased, so it makes no cycle, but it still counts for the layers).
 */
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const LIB = join(ROOT, 'src/lib');

function filesUnder(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return filesUnder(path);
		return /\.(ts|svelte)$/.test(name) ? [path] : [];
	});
}

interface Import {
	target: string;
	typeOnly: boolean;
}

/** The files of src (relative to the root) that a module imports, resolved as Vite would. */
function importsOf(file: string): Import[] {
	const source = readFileSync(file, 'utf8');
	const specifiers = [
		...[...source.matchAll(/(?:^|\n)\s*(import|export)\s(type\s)?[^'"]*?from\s+['"]([^'"]+)['"]/g)].map((match) => ({ specifier: match[3] ?? '', typeOnly: Boolean(match[2]) })),
		...[...source.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((match) => ({ specifier: match[1] ?? '', typeOnly: false }))
	];
	const resolved: Import[] = [];
	for (const { specifier, typeOnly } of specifiers) {
		let base: string;
		if (specifier.startsWith('$lib/')) base = join(LIB, specifier.slice(5));
		else if (specifier.startsWith('.')) base = resolve(dirname(file), specifier.replace(/\?.*/, ''));
		else continue;
		const candidates = [base, `${base}.ts`, `${base}.svelte.ts`, join(base, 'index.ts')];
		const found = candidates.find((path) => existsSync(path) && statSync(path).isFile());
		if (found) resolved.push({ target: relative(ROOT, found), typeOnly });
	}
	return resolved;
}

const modules = new Map(filesUnder(LIB).map((file) => [relative(ROOT, file), importsOf(file)]));

function offenders(from: string, forbidden: string[]): string[] {
	return [...modules]
		.filter(([file]) => file.startsWith(from))
		.flatMap(([file, imports]) => imports.filter(({ target }) => forbidden.some((layer) => target.startsWith(layer))).map(({ target }) => `${file} → ${target}`));
}

describe('layers', () => {
	it('core and formats import no storage, state, component, worker or page', () => {
		const forbidden = ['src/lib/storage', 'src/lib/state', 'src/lib/components', 'src/lib/workers', 'src/routes'];
		expect(offenders('src/lib/core/', forbidden)).toEqual([]);
		expect(offenders('src/lib/formats/', forbidden)).toEqual([]);
	});

	it('storage imports no state, component or page', () => {
		expect(offenders('src/lib/storage/', ['src/lib/state', 'src/lib/components', 'src/routes'])).toEqual([]);
	});

	it('the layer check sees imports (storage reads the domain records from core)', () => {
		const targets = (file: string) => modules.get(file)?.map(({ target }) => target);
		expect(targets('src/lib/storage/database.ts')).toContain('src/lib/core/records.ts');
		expect(targets('src/lib/formats/backup.ts')).toContain('src/lib/core/records.ts');
	});

	it('no module of src/lib imports itself at run time through others', () => {
		const cycles: string[] = [];
		const state = new Map<string, 'open' | 'done'>();
		const path: string[] = [];
		const visit = (file: string) => {
			if (state.get(file) === 'done') return;
			if (state.get(file) === 'open') {
				cycles.push([...path.slice(path.indexOf(file)), file].join(' → '));
				return;
			}
			state.set(file, 'open');
			path.push(file);
			for (const { target, typeOnly } of modules.get(file) ?? []) if (!typeOnly) visit(target);
			path.pop();
			state.set(file, 'done');
		};
		for (const file of modules.keys()) visit(file);
		expect(cycles).toEqual([]);
	});
});
