/**
 * The browser's side of passkeys (WebAuthn): the server's options, as JSON, to the browser's
 * credential calls and the answer back to JSON, with the browser's own converters
 * (PublicKeyCredential.parseCreationOptionsFromJSON and friends).
 */

interface JsonCredentials {
	parseCreationOptionsFromJSON(options: unknown): PublicKeyCredentialCreationOptions;
	parseRequestOptionsFromJSON(options: unknown): PublicKeyCredentialRequestOptions;
}

/** Whether this browser can make and use passkeys with the JSON forms the server speaks. */
export function passkeysSupported(): boolean {
	return typeof PublicKeyCredential !== 'undefined' && typeof (PublicKeyCredential as unknown as Partial<JsonCredentials>).parseCreationOptionsFromJSON === 'function';
}

const converters = () => PublicKeyCredential as unknown as JsonCredentials;

function toJson(credential: Credential | null): unknown {
	if (!credential) throw new Error('no passkey was chosen');
	return (credential as PublicKeyCredential & { toJSON(): unknown }).toJSON();
}

/** Makes a passkey with the server's registration options; answers the credential as JSON. */
export async function createPasskey(options: Record<string, unknown>): Promise<unknown> {
	return toJson(await navigator.credentials.create({ publicKey: converters().parseCreationOptionsFromJSON(options) }));
}

/** Asks for a passkey with the server's authentication options; answers the assertion as JSON. */
export async function usePasskey(options: Record<string, unknown>): Promise<unknown> {
	return toJson(await navigator.credentials.get({ publicKey: converters().parseRequestOptionsFromJSON(options) }));
}
