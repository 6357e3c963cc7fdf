/**
 * The Classes page's state: the classes this device's account teaches and is a student in, the
 * class open on the page (its students, assigned sets and dashboard), and the actions of both
 * sides. Classes live on the sync server, so every action needs this device signed in; joining or
 * creating a class on a device without sync turns sync on first (an account with no e-mail).
 */
import type { ClassDashboard, ClassDetail, ClassSummary, LiveView, Membership } from '$lib/formats/classes';
import type { QuestionSet } from '$lib/formats/question-set';
import type { SyncAccount } from '$lib/core/records';
import type { SyncService } from './sync-service.svelte';

export class ClassesState {
	#teaching = $state.raw<ClassSummary[]>([]);
	#memberships = $state.raw<Membership[]>([]);
	#open = $state.raw<ClassDetail | undefined>();
	#dashboard = $state.raw<ClassDashboard | undefined>();
	#live = $state.raw<LiveView | undefined>();
	#code = $state.raw<{ classId: string; code: string; expiresAt: number } | undefined>();
	#loaded = $state(false);

	constructor(private readonly sync: SyncService) {}

	get teaching(): ClassSummary[] {
		return this.#teaching;
	}
	get memberships(): Membership[] {
		return this.#memberships;
	}
	/** The class open on the page (the teacher's view), with its dashboard once counted. */
	get open(): ClassDetail | undefined {
		return this.#open;
	}
	get dashboard(): ClassDashboard | undefined {
		return this.#dashboard;
	}
	/** The open class's latest live test and where each student is in it. */
	get live(): LiveView | undefined {
		return this.#live;
	}
	/** The join code last made for the open class (codes are kept by the server only as digests: a new one is made to show it again). */
	get code(): { code: string; expiresAt: number } | undefined {
		return this.#code && this.#code.classId === this.#open?.id ? this.#code : undefined;
	}
	get loaded(): boolean {
		return this.#loaded;
	}

	#account(): SyncAccount {
		const account = this.sync.account;
		if (!account) throw new Error('turn on sync first: classes live on the sync server');
		return account;
	}

	/** Signs this device in (a new account) when it is not yet. */
	async #ensureAccount(deviceName: string): Promise<SyncAccount> {
		if (!this.sync.account) await this.sync.turnOn(deviceName);
		return this.#account();
	}

	/** Rereads both lists from the server. */
	async load(): Promise<void> {
		if (!this.sync.account) {
			this.#loaded = true;
			return;
		}
		const account = this.#account();
		[this.#teaching, this.#memberships] = await Promise.all([this.sync.api.classes(account), this.sync.api.memberships(account)]);
		this.#loaded = true;
	}

	// ------------------------------------------------------------ the teacher's side

	async create(name: string, deviceName: string): Promise<ClassSummary> {
		const account = await this.#ensureAccount(deviceName);
		const created = await this.sync.api.createClass(account, name);
		this.#code = { classId: created.id, code: created.code, expiresAt: created.expiresAt };
		await this.load();
		await this.openClass(created.id);
		return created;
	}

	async openClass(classId: string): Promise<void> {
		const account = this.#account();
		const [detail, dashboard, live] = await Promise.all([this.sync.api.classDetail(account, classId), this.sync.api.dashboard(account, classId), this.sync.api.liveView(account, classId)]);
		this.#open = detail;
		this.#dashboard = dashboard;
		this.#live = live;
	}

	closeClass(): void {
		this.#open = undefined;
		this.#dashboard = undefined;
		this.#live = undefined;
	}

	/** Counts the dashboard again (after students synced). */
	async refreshOpen(): Promise<void> {
		if (this.#open) await this.openClass(this.#open.id);
	}

	async newCode(): Promise<void> {
		const open = this.#open!;
		const code = await this.sync.api.classCode(this.#account(), open.id);
		this.#code = { classId: open.id, ...code };
		await this.refreshOpen();
	}

	async assign(set: QuestionSet, dueAt: number | null): Promise<void> {
		await this.sync.api.assign(this.#account(), this.#open!.id, set, dueAt);
		await Promise.all([this.refreshOpen(), this.load()]);
	}

	async unassign(setId: string): Promise<void> {
		await this.sync.api.unassign(this.#account(), this.#open!.id, setId);
		await Promise.all([this.refreshOpen(), this.load()]);
	}

	/** Starts a live test of an assigned set for the open class now. */
	async startLive(setId: string, questionCount: number): Promise<void> {
		const classId = this.#open!.id;
		await this.sync.api.startLive(this.#account(), classId, setId, questionCount);
		this.#live = await this.sync.api.liveView(this.#account(), classId);
	}

	/** Asks the server where each student is in the live test (the page polls it). */
	async refreshLive(): Promise<void> {
		const classId = this.#open?.id;
		if (!classId) return;
		const live = await this.sync.api.liveView(this.#account(), classId);
		// The class may have been closed or changed meanwhile.
		if (this.#open?.id !== classId) return;
		const finished = (view: LiveView | undefined) => view?.students.filter((student) => student.status === 'finished').length ?? 0;
		const news = live.students.length !== this.#open.members.length || finished(live) !== finished(this.#live);
		this.#live = live;
		// A student joined or a result came: the class's students and dashboard are counted again.
		if (news) await this.refreshOpen();
	}

	/** Ends the running live test; results still arriving are kept, marked as after the end. */
	async endLive(): Promise<void> {
		const classId = this.#open!.id;
		const running = this.#live?.live;
		if (!running) return;
		await this.sync.api.endLive(this.#account(), classId, running.id);
		// The dashboard too: the live test's results are tests of the set.
		await this.refreshOpen();
	}

	async removeStudent(memberId: string): Promise<void> {
		await this.sync.api.removeMember(this.#account(), this.#open!.id, memberId);
		await Promise.all([this.refreshOpen(), this.load()]);
	}

	async deleteOpen(): Promise<void> {
		await this.sync.api.deleteClass(this.#account(), this.#open!.id);
		this.closeClass();
		await this.load();
	}

	// ------------------------------------------------------------ the student's side

	/** Joins a class, then syncs so that its assigned sets are on this device at once. */
	async join(code: string, displayName: string, deviceName: string): Promise<Membership> {
		const account = await this.#ensureAccount(deviceName);
		const joined = await this.sync.api.joinClass(account, code.trim(), displayName);
		await this.sync.syncNow();
		await this.load();
		return joined;
	}

	async leave(classId: string): Promise<void> {
		await this.sync.api.leaveClass(this.#account(), classId);
		await this.load();
	}
}
