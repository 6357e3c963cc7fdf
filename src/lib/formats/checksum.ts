/**
 * SHA-256 in plain TypeScript (FIPS 180-4), synchronous so that file formats can check it in Node
 * and in the browser alike; crypto.subtle is async and missing outside secure contexts.
 */

const K = new Uint32Array([
	0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3,
	0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
	0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
	0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
	0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208,
	0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2
]);

/** SHA-256 of `text` (encoded as UTF-8), as 64 lower-case hex digits. */
export function sha256(text: string): string {
	const data = new TextEncoder().encode(text);
	// Message, the 0x80 byte, zero padding, then the bit length in the last 8 bytes.
	const blocks = Math.ceil((data.length + 9) / 64);
	const bytes = new Uint8Array(blocks * 64);
	bytes.set(data);
	bytes[data.length] = 0x80;
	const view = new DataView(bytes.buffer);
	const bits = data.length * 8;
	view.setUint32(bytes.length - 8, Math.floor(bits / 0x1_0000_0000));
	view.setUint32(bytes.length - 4, bits >>> 0);

	const hash = new Uint32Array([0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19]);
	const w = new Uint32Array(64);
	for (let block = 0; block < blocks; block++) {
		for (let t = 0; t < 16; t++) w[t] = view.getUint32(block * 64 + t * 4);
		for (let t = 16; t < 64; t++) {
			const s0 = rotr(w[t - 15]!, 7) ^ rotr(w[t - 15]!, 18) ^ (w[t - 15]! >>> 3);
			const s1 = rotr(w[t - 2]!, 17) ^ rotr(w[t - 2]!, 19) ^ (w[t - 2]! >>> 10);
			w[t] = (w[t - 16]! + s0 + w[t - 7]! + s1) >>> 0;
		}
		let [a, b, c, d, e, f, g, h] = hash as unknown as [number, number, number, number, number, number, number, number];
		for (let t = 0; t < 64; t++) {
			const t1 = (h + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + K[t]! + w[t]!) >>> 0;
			const t2 = ((rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))) >>> 0;
			h = g;
			g = f;
			f = e;
			e = (d + t1) >>> 0;
			d = c;
			c = b;
			b = a;
			a = (t1 + t2) >>> 0;
		}
		[a, b, c, d, e, f, g, h].forEach((word, i) => (hash[i] = hash[i]! + word));
	}
	return Array.from(hash, (word) => word.toString(16).padStart(8, '0')).join('');
}

function rotr(value: number, bits: number): number {
	return (value >>> bits) | (value << (32 - bits));
}
