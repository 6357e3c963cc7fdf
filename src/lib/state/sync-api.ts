/**
 * The sync server's endpoints as the app calls them: JSON in and out, signed with this device's
 * id and secret, and every failure turned into a SyncError whose message a learner can read.
 * `fetch` is injected so tests can run it against a server in Node.
 */
import {
	authorization,
	type DeviceRegistration,
	type PullResponse,
	type PushRequest,
	type PushResponse,
	type ShareCreated,
	type SignedIn
} from '$lib/formats/sync';
import type { QuestionSet } from '$lib/formats/question-set';
import type { Assignment, ClassCode, ClassCreated, ClassDashboard, ClassDetail, ClassSummary, ClassTestResult, LiveNow, LiveProgress, LiveTest, LiveView, Membership } from '$lib/formats/classes';
import type { SyncAccount } from '$lib/core/records';

/** A failed call: `offline` when the server could not be reached at all (then a later try may succeed). */
export class SyncError extends Error {
	constructor(
		message: string,
		readonly status: number | null,
		readonly offline = false
	) {
		super(message);
		this.name = 'SyncError';
	}
}

export interface DeviceSummary {
	id: string;
	name: string;
	createdAt: number;
	lastSeenAt: number | null;
	current: boolean;
}

export interface PasskeySummary {
	id: string;
	name: string;
	createdAt: number;
	lastUsedAt: number | null;
}

/** A WebAuthn ceremony's options as JSON (the server's) and the id of their challenge. */
export interface Ceremony {
	challengeId: string;
	options: Record<string, unknown>;
}

export interface AccountSummary {
	accountId: string;
	deviceId: string;
	createdAt: number;
	devices: number;
	passkeys: number;
	hasRecoveryCode: boolean;
}

type Credentials = Pick<SyncAccount, 'deviceId' | 'secret'>;

export class SyncApi {
	constructor(
		private readonly fetcher: typeof fetch = (...args) => fetch(...args),
		private readonly base = ''
	) {}

	private async call<T>(method: string, path: string, options: { device?: Credentials; body?: unknown } = {}): Promise<T> {
		const headers: Record<string, string> = {};
		if (options.body !== undefined) headers['content-type'] = 'application/json';
		if (options.device) headers.authorization = authorization(options.device.deviceId, options.device.secret);
		let response: Response;
		try {
			response = await this.fetcher(this.base + path, { method, headers, body: options.body === undefined ? undefined : JSON.stringify(options.body), cache: 'no-store' });
		} catch {
			throw new SyncError('the server could not be reached', null, true);
		}
		if (response.status === 204) return undefined as T;
		const body = (await response.json().catch(() => undefined)) as { error?: string } | undefined;
		if (!response.ok) {
			if (response.status === 401) throw new SyncError('the server no longer knows this device (removed from the account, or the account was deleted)', 401);
			if (response.status === 503) throw new SyncError('the server is busy or restarting; it will be tried again', 503, true);
			throw new SyncError(body?.error ?? `the server answered ${response.status}`, response.status);
		}
		if (body === undefined) throw new SyncError('the server answered with something that is not JSON', response.status);
		return body as T;
	}

	/** Whether a Factdrill sync server serves this app (the static build has no /api). */
	async available(): Promise<boolean> {
		try {
			const health = await this.call<{ ok?: boolean }>('GET', '/api/health');
			return health.ok === true;
		} catch {
			return false;
		}
	}

	createAccount(device: DeviceRegistration): Promise<SignedIn> {
		return this.call('POST', '/api/account', { body: { device } });
	}

	join(code: string, device: DeviceRegistration): Promise<SignedIn> {
		return this.call('POST', '/api/join', { body: { code, device } });
	}

	recover(code: string, device: DeviceRegistration): Promise<SignedIn> {
		return this.call('POST', '/api/recover', { body: { code, device } });
	}

	push(device: Credentials, request: PushRequest): Promise<PushResponse> {
		return this.call('POST', '/api/sync/push', { device, body: request });
	}

	pull(device: Credentials, after: number): Promise<PullResponse> {
		return this.call('GET', `/api/sync/pull?after=${after}&limit=500`, { device });
	}

	account(device: Credentials): Promise<AccountSummary> {
		return this.call('GET', '/api/account', { device });
	}

	devices(device: Credentials): Promise<DeviceSummary[]> {
		return this.call('GET', '/api/devices', { device });
	}

	removeDevice(device: Credentials, id: string): Promise<void> {
		return this.call('DELETE', `/api/devices/${encodeURIComponent(id)}`, { device });
	}

	joinCode(device: Credentials): Promise<{ code: string; expiresAt: number }> {
		return this.call('POST', '/api/join-codes', { device });
	}

	recoveryCode(device: Credentials): Promise<{ code: string }> {
		return this.call('POST', '/api/account/recovery-code', { device });
	}

	exportAccount(device: Credentials): Promise<unknown> {
		return this.call('GET', '/api/account/export', { device });
	}

	deleteAccount(device: Credentials, accountId: string): Promise<void> {
		return this.call('DELETE', '/api/account', { device, body: { confirm: accountId } });
	}

	passkeys(device: Credentials): Promise<PasskeySummary[]> {
		return this.call('GET', '/api/passkeys', { device });
	}

	passkeyRegistrationOptions(device: Credentials): Promise<Ceremony> {
		return this.call('POST', '/api/passkeys/registration-options', { device });
	}

	registerPasskey(device: Credentials, challengeId: string, response: unknown, name: string): Promise<PasskeySummary> {
		return this.call('POST', '/api/passkeys', { device, body: { challengeId, response, name } });
	}

	removePasskey(device: Credentials, id: string): Promise<void> {
		return this.call('DELETE', `/api/passkeys/${encodeURIComponent(id)}`, { device });
	}

	passkeyAuthenticationOptions(): Promise<Ceremony> {
		return this.call('POST', '/api/passkeys/authentication-options');
	}

	signInWithPasskey(challengeId: string, response: unknown, device: DeviceRegistration): Promise<SignedIn> {
		return this.call('POST', '/api/passkeys/sign-in', { body: { challengeId, response, device } });
	}

	share(device: Credentials, set: QuestionSet): Promise<ShareCreated> {
		return this.call('POST', '/api/shares', { device, body: { set } });
	}

	// Classes: the teacher's side.

	classes(device: Credentials): Promise<ClassSummary[]> {
		return this.call('GET', '/api/classes', { device });
	}

	createClass(device: Credentials, name: string): Promise<ClassCreated> {
		return this.call('POST', '/api/classes', { device, body: { name } });
	}

	classDetail(device: Credentials, classId: string): Promise<ClassDetail> {
		return this.call('GET', `/api/classes/${encodeURIComponent(classId)}`, { device });
	}

	deleteClass(device: Credentials, classId: string): Promise<void> {
		return this.call('DELETE', `/api/classes/${encodeURIComponent(classId)}`, { device });
	}

	classCode(device: Credentials, classId: string): Promise<ClassCode> {
		return this.call('POST', `/api/classes/${encodeURIComponent(classId)}/code`, { device });
	}

	assign(device: Credentials, classId: string, set: QuestionSet, dueAt: number | null): Promise<Assignment> {
		return this.call('POST', `/api/classes/${encodeURIComponent(classId)}/assignments`, { device, body: { set, dueAt } });
	}

	unassign(device: Credentials, classId: string, setId: string): Promise<void> {
		return this.call('DELETE', `/api/classes/${encodeURIComponent(classId)}/assignments/${encodeURIComponent(setId)}`, { device });
	}

	removeMember(device: Credentials, classId: string, memberId: string): Promise<void> {
		return this.call('DELETE', `/api/classes/${encodeURIComponent(classId)}/members/${encodeURIComponent(memberId)}`, { device });
	}

	dashboard(device: Credentials, classId: string): Promise<ClassDashboard> {
		return this.call('GET', `/api/classes/${encodeURIComponent(classId)}/dashboard`, { device });
	}

	startLive(device: Credentials, classId: string, setId: string, questionCount: number): Promise<LiveTest> {
		return this.call('POST', `/api/classes/${encodeURIComponent(classId)}/live`, { device, body: { setId, questionCount } });
	}

	liveView(device: Credentials, classId: string): Promise<LiveView> {
		return this.call('GET', `/api/classes/${encodeURIComponent(classId)}/live`, { device });
	}

	endLive(device: Credentials, classId: string, liveId: string): Promise<LiveTest> {
		return this.call('POST', `/api/classes/${encodeURIComponent(classId)}/live/${encodeURIComponent(liveId)}/end`, { device });
	}

	// Classes: the student's side.

	memberships(device: Credentials): Promise<Membership[]> {
		return this.call('GET', '/api/memberships', { device });
	}

	joinClass(device: Credentials, code: string, displayName: string): Promise<Membership> {
		return this.call('POST', '/api/memberships', { device, body: { code, displayName } });
	}

	leaveClass(device: Credentials, classId: string): Promise<void> {
		return this.call('DELETE', `/api/memberships/${encodeURIComponent(classId)}`, { device });
	}

	reportTests(device: Credentials, classId: string, tests: ClassTestResult[]): Promise<{ stored: number; ignored: number }> {
		return this.call('POST', `/api/memberships/${encodeURIComponent(classId)}/tests`, { device, body: { tests } });
	}

	liveNow(device: Credentials): Promise<LiveNow> {
		return this.call('GET', '/api/memberships/live', { device });
	}

	liveProgress(device: Credentials, classId: string, liveId: string, progress: LiveProgress): Promise<{ ended: boolean }> {
		return this.call('PUT', `/api/memberships/${encodeURIComponent(classId)}/live/${encodeURIComponent(liveId)}`, { device, body: progress });
	}
}

/** A new device secret: 256 random bits, base64url. */
export function newDeviceSecret(random: Uint8Array = crypto.getRandomValues(new Uint8Array(32))): string {
	let text = '';
	for (const byte of random) text += String.fromCharCode(byte);
	return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
