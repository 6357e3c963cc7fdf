/**
 * A software passkey: what a phone's or a security key's authenticator answers to
 * navigator.credentials.create() and .get(), made with Node's crypto (ES256, "none" attestation),
 * so that the server's WebAuthn ceremonies run for real in tests.
 */
import { createHash, generateKeyPairSync, randomBytes, sign, type KeyObject } from 'node:crypto';

type Cbor = number | string | Uint8Array | CborMap | { [key: string]: Cbor };
interface CborMap extends Map<number | string, Cbor> {}

function head(major: number, length: number): number[] {
	if (length < 24) return [(major << 5) | length];
	if (length < 0x100) return [(major << 5) | 24, length];
	if (length < 0x10000) return [(major << 5) | 25, length >> 8, length & 0xff];
	return [(major << 5) | 26, (length >>> 24) & 0xff, (length >> 16) & 0xff, (length >> 8) & 0xff, length & 0xff];
}

/** The few CBOR shapes WebAuthn needs: integers, text, bytes, maps. */
function cbor(value: Cbor): number[] {
	if (typeof value === 'number') return value >= 0 ? head(0, value) : head(1, -1 - value);
	if (typeof value === 'string') {
		const bytes = Buffer.from(value, 'utf8');
		return [...head(3, bytes.length), ...bytes];
	}
	if (value instanceof Uint8Array) return [...head(2, value.length), ...value];
	const entries = value instanceof Map ? [...value.entries()] : Object.entries(value);
	return [...head(5, entries.length), ...entries.flatMap(([key, item]) => [...cbor(key), ...cbor(item)])];
}

const b64url = (bytes: Uint8Array | string) => Buffer.from(bytes).toString('base64url');
const sha256 = (data: Uint8Array | string) => createHash('sha256').update(data).digest();

export class SoftwarePasskey {
	readonly credentialId = randomBytes(32);
	private readonly privateKey: KeyObject;
	private readonly publicJwk: { x: string; y: string };
	private counter = 0;
	/** The user handle the server gave at registration: the account id's bytes. */
	userHandle = '';

	constructor(private readonly origin: string) {
		const pair = generateKeyPairSync('ec', { namedCurve: 'P-256' });
		this.privateKey = pair.privateKey;
		this.publicJwk = pair.publicKey.export({ format: 'jwk' }) as { x: string; y: string };
	}

	get id(): string {
		return b64url(this.credentialId);
	}

	private authenticatorData(rpId: string, attested: boolean): Buffer {
		this.counter++;
		const flags = 0x01 | 0x04 | (attested ? 0x40 : 0); // user present, user verified, attested credential data
		const counter = Buffer.alloc(4);
		counter.writeUInt32BE(this.counter);
		const parts = [sha256(rpId), Buffer.from([flags]), counter];
		if (attested) {
			const coseKey = new Map<number, Cbor>([
				[1, 2], // kty: EC2
				[3, -7], // alg: ES256
				[-1, 1], // crv: P-256
				[-2, Buffer.from(this.publicJwk.x, 'base64url')],
				[-3, Buffer.from(this.publicJwk.y, 'base64url')]
			]);
			const length = Buffer.alloc(2);
			length.writeUInt16BE(this.credentialId.length);
			parts.push(Buffer.alloc(16), length, this.credentialId, Buffer.from(cbor(coseKey)));
		}
		return Buffer.concat(parts);
	}

	private clientData(type: 'webauthn.create' | 'webauthn.get', challenge: string, origin = this.origin): Buffer {
		return Buffer.from(JSON.stringify({ type, challenge, origin, crossOrigin: false }));
	}

	/** The answer to navigator.credentials.create(options). */
	create(options: { challenge: string; rp: { id?: string }; user: { id: string } }): Record<string, unknown> {
		this.userHandle = options.user.id;
		const authData = this.authenticatorData(options.rp.id ?? new URL(this.origin).hostname, true);
		const attestationObject = Buffer.from(cbor({ fmt: 'none', attStmt: {}, authData }));
		return {
			id: this.id,
			rawId: this.id,
			type: 'public-key',
			response: { clientDataJSON: b64url(this.clientData('webauthn.create', options.challenge)), attestationObject: b64url(attestationObject), transports: ['internal'] },
			clientExtensionResults: {},
			authenticatorAttachment: 'platform'
		};
	}

	/** The answer to navigator.credentials.get(options); `origin` forges the page it claims to come from. */
	get(options: { challenge: string; rpId?: string }, forge: { origin?: string; userHandle?: string } = {}): Record<string, unknown> {
		const authData = this.authenticatorData(options.rpId ?? new URL(this.origin).hostname, false);
		const clientDataJSON = this.clientData('webauthn.get', options.challenge, forge.origin);
		const signature = sign('sha256', Buffer.concat([authData, sha256(clientDataJSON)]), this.privateKey);
		return {
			id: this.id,
			rawId: this.id,
			type: 'public-key',
			response: { clientDataJSON: b64url(clientDataJSON), authenticatorData: b64url(authData), signature: b64url(signature), userHandle: forge.userHandle ?? this.userHandle },
			clientExtensionResults: {},
			authenticatorAttachment: 'platform'
		};
	}
}
