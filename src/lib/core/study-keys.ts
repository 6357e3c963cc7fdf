/**
 * The study page's keys, as a pure function from a key press and what is on screen to what the
 * key does, so the bindings are tested without a browser. The page only carries the action out.
 *
 * Ctrl+Z undoes the last grade (not while typing); Ctrl+H shows a hint for a typed answer; R reads
 * the prompt (or the answer) aloud; asking: Space or Enter turns a flashcard over, 1–9 pick an
 * option, T and F answer true or false; in a select-all question 1–8 tick or untick an option and
 * Enter checks the options ticked (Space on a focused checkbox ticks it, as everywhere); matching and
 * ordering questions take no keys of their own: their items are buttons (Tab, then Enter or Space),
 * so number keys do nothing there; after the answer: 1–4 grade (in practice 1 is Again and
 * the others "Got it"), O says "I was right" after a wrong typed answer, Space or Enter keeps the
 * suggested rating. The Test page answers with the same keys (testKeyAnswer).
 */
import { Rating, type Grade } from './card';
import type { Ask, Response } from './answering';

export type StudyKeyAction =
	| { do: 'undo' }
	| { do: 'hint' }
	| { do: 'speak'; text: string }
	| { do: 'reveal' }
	| { do: 'answer'; response: Response }
	| { do: 'toggle'; choice: number }
	| { do: 'grade'; rating: Grade }
	| { do: 'overrule' };

export interface StudyKeyPress {
	key: string;
	ctrlKey: boolean;
	metaKey: boolean;
	altKey: boolean;
	shiftKey: boolean;
	/** The focus is in a text field (input, textarea, select). */
	typing: boolean;
	/** The focus is on a control (button, link or field), whose own Space and Enter must be left alone. */
	onControl: boolean;
	/** The focus is on an option's checkbox, whose Space ticks it but whose Enter is free (it checks the answer). */
	onCheckbox?: boolean;
}

export interface StudyScreen {
	canUndo: boolean;
	/** The question on screen, if any. */
	ask?: Ask;
	phase: 'ask' | 'feedback' | string;
	practice: boolean;
	/** The answer given was judged wrong. */
	wrong: boolean;
	suggested?: Grade;
	canSpeak: boolean;
	/** The options ticked so far in a select-all question (indices into its choices). */
	selected?: readonly number[];
}

/** What a key press does on the study page, or undefined when it does nothing (the browser's default stands). */
export function studyKeyAction(press: StudyKeyPress, screen: StudyScreen): StudyKeyAction | undefined {
	const key = press.key.toLowerCase();
	if (press.ctrlKey && key === 'z' && !press.shiftKey && screen.canUndo && !press.typing) return { do: 'undo' };
	const ask = screen.ask;
	if (!ask || press.metaKey || press.altKey) return undefined;
	if (press.ctrlKey) return key === 'h' && screen.phase === 'ask' && ask.form === 'typed' ? { do: 'hint' } : undefined;
	if (!press.typing && key === 'r' && screen.canSpeak) return { do: 'speak', text: screen.phase === 'ask' ? ask.prompt : ask.answer };
	const spaceOrEnter = (press.key === ' ' || press.key === 'Enter') && !press.onControl;
	if (screen.phase === 'ask') {
		if (press.typing) return undefined;
		if (ask.form === 'flashcard' && spaceOrEnter) return { do: 'reveal' };
		if (ask.form === 'select') return selectKey(press, ask.choices.length, screen.selected ?? []);
		const response = answerKey(press.key, ask);
		return response ? { do: 'answer', response } : undefined;
	}
	if (['1', '2', '3', '4'].includes(press.key)) return { do: 'grade', rating: screen.practice && press.key !== '1' ? Rating.Good : (Number(press.key) as Grade) };
	if (key === 'o' && ask.form === 'typed' && screen.wrong) return { do: 'overrule' };
	if (spaceOrEnter) return { do: 'grade', rating: screen.suggested ?? Rating.Good };
	return undefined;
}

/** 1–9 pick an option of a choice question, T and F answer a true-or-false one; anything else is no answer. */
function answerKey(pressed: string, ask: Ask): Response | undefined {
	const key = pressed.toLowerCase();
	if (ask.form === 'choice' && /^[1-9]$/.test(pressed) && Number(pressed) <= ask.choices.length) return { choice: Number(pressed) - 1 };
	if (ask.form === 'true_false' && (key === 't' || key === 'f')) return { truth: key === 't' };
	return undefined;
}

/** In a select-all question: 1–8 tick or untick an option; Enter (not on a button or link) checks the options ticked. */
export function selectKey(press: Pick<StudyKeyPress, 'key' | 'onControl' | 'onCheckbox'>, count: number, selected: readonly number[]): StudyKeyAction | undefined {
	if (/^[1-9]$/.test(press.key) && Number(press.key) <= count) return { do: 'toggle', choice: Number(press.key) - 1 };
	if (press.key === 'Enter' && (!press.onControl || press.onCheckbox)) return { do: 'answer', response: { choices: [...selected] } };
	return undefined;
}

/**
 * The Test page's keys: while a question is asked, 1–9 pick an option and T and F answer true or
 * false, as in study; never with Ctrl, Alt or Meta, nor while typing. The answer to give, or undefined.
 */
export function testKeyAnswer(press: Pick<StudyKeyPress, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'typing'>, ask: Ask | undefined): Response | undefined {
	if (!ask || press.ctrlKey || press.metaKey || press.altKey || press.typing) return undefined;
	return answerKey(press.key, ask);
}
