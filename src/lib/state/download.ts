/**
 * Hands `file` to the browser as a download named `name` (a backup, an export, a class report). The
 * object URL lives on a while after the click: a large file is still being written when it returns.
 */
export function downloadFile(file: Blob, name: string): void {
	const url = URL.createObjectURL(file);
	const anchor = document.createElement('a');
	anchor.href = url;
	anchor.download = name;
	document.body.append(anchor);
	anchor.click();
	anchor.remove();
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
