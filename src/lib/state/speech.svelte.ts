/**
 * Read aloud with the browser's speech synthesis, where the device has a voice.
 */
export class Speech {
	#available = $state(false);

	constructor(private readonly language = 'en') {
		if (typeof window === 'undefined' || !('speechSynthesis' in window)) return;
		const update = () => {
			this.#available = speechSynthesis.getVoices().some((voice) => voice.lang.toLowerCase().startsWith(this.language));
		};
		update();
		speechSynthesis.addEventListener?.('voiceschanged', update);
	}

	get available(): boolean {
		return this.#available;
	}

	speak(text: string): void {
		if (!this.#available) return;
		speechSynthesis.cancel();
		const utterance = new SpeechSynthesisUtterance(text.replace(/_{3,}/g, 'blank'));
		utterance.lang = this.language;
		speechSynthesis.speak(utterance);
	}

	stop(): void {
		if (this.#available) speechSynthesis.cancel();
	}
}
