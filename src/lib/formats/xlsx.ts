/**
 * A minimal .xlsx writer: one sheet of strings and numbers, shared strings, zipped with fflate.
 * About sixty lines of OOXML instead of a spreadsheet library; Excel, LibreOffice, Google
 * Sheets and Kahoot read it.
 */
import { strToU8, zipSync } from 'fflate';

export type SheetCell = string | number | null | undefined;

/** A fixed date inside the zip, so the same sheet always gives the same bytes. */
const ZIP_DATE = new Date(Date.UTC(2024, 0, 1));

function escapeXml(text: string): string {
	return (
		text
			// XML 1.0 forbids most control characters even as references.
			.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
			.replace(/&/g, '&amp;')
			.replace(/</g, '&lt;')
			.replace(/>/g, '&gt;')
			.replace(/"/g, '&quot;')
	);
}

/** "A", "B", … "Z", "AA": the column letters of a 0-based index. */
function columnName(index: number): string {
	let name = '';
	for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
	return name;
}

/** Writes rows (row 1 first) as a one-sheet workbook. `widths` are column widths in characters. */
export function writeXlsx(rows: SheetCell[][], options: { sheetName?: string; widths?: number[] } = {}): Uint8Array {
	const strings: string[] = [];
	const stringIndex = new Map<string, number>();
	const sharedString = (text: string) => {
		let index = stringIndex.get(text);
		if (index === undefined) {
			index = strings.length;
			strings.push(text);
			stringIndex.set(text, index);
		}
		return index;
	};

	const sheetRows = rows
		.map((row, r) => {
			const cells = row
				.map((value, c) => {
					const ref = `${columnName(c)}${r + 1}`;
					if (typeof value === 'number' && Number.isFinite(value)) return `<c r="${ref}"><v>${value}</v></c>`;
					if (typeof value === 'string' && value !== '') return `<c r="${ref}" t="s"><v>${sharedString(value)}</v></c>`;
					return '';
				})
				.join('');
			return cells ? `<row r="${r + 1}">${cells}</row>` : '';
		})
		.join('');
	const cols = options.widths?.length
		? `<cols>${options.widths.map((width, i) => `<col min="${i + 1}" max="${i + 1}" width="${width}" customWidth="1"/>`).join('')}</cols>`
		: '';
	const xml = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
	const main = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
	const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
	const sheetName = escapeXml((options.sheetName ?? 'Sheet1').slice(0, 31));

	return zipSync(
		{
			'[Content_Types].xml': strToU8(
				`${xml}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
					'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
					'<Default Extension="xml" ContentType="application/xml"/>' +
					'<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
					'<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
					'<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
					'<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' +
					'</Types>'
			),
			'_rels/.rels': strToU8(
				`${xml}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
					`<Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`
			),
			'xl/workbook.xml': strToU8(
				`${xml}<workbook xmlns="${main}" xmlns:r="${rel}"><sheets><sheet name="${sheetName}" sheetId="1" r:id="rId1"/></sheets></workbook>`
			),
			'xl/_rels/workbook.xml.rels': strToU8(
				`${xml}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
					`<Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/>` +
					`<Relationship Id="rId2" Type="${rel}/styles" Target="styles.xml"/>` +
					`<Relationship Id="rId3" Type="${rel}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`
			),
			'xl/styles.xml': strToU8(
				`${xml}<styleSheet xmlns="${main}"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>` +
					'<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
					'<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
					'<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
					'<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs></styleSheet>'
			),
			'xl/sharedStrings.xml': strToU8(
				`${xml}<sst xmlns="${main}" count="${strings.length}" uniqueCount="${strings.length}">` +
					strings.map((text) => `<si><t xml:space="preserve">${escapeXml(text)}</t></si>`).join('') +
					'</sst>'
			),
			'xl/worksheets/sheet1.xml': strToU8(`${xml}<worksheet xmlns="${main}">${cols}<sheetData>${sheetRows}</sheetData></worksheet>`)
		},
		{ level: 6, mtime: ZIP_DATE }
	);
}
