import { describe, expect, it } from 'vitest';
import { studyKeyAction, testKeyAnswer, type StudyKeyPress, type StudyScreen } from '../../src/lib/core/study-keys';
import type { Ask } from '../../src/lib/core/answering';
import { Rating } from '../../src/lib/core/card';

const press = (key: string, extra: Partial<StudyKeyPress> = {}): StudyKeyPress => ({ key, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, typing: false, onControl: false, ...extra });
const base = { kind: 'Question', prompt: 'Who?', answer: 'Ann', alternatives: [] };
const flashcard: Ask = { ...base, form: 'flashcard' };
const choice: Ask = { ...base, form: 'choice', choices: ['Ann', 'Bo', 'Cy'], correctChoice: 0 };
const truth: Ask = { ...base, form: 'true_false', truth: true };
const typed: Ask = { ...base, form: 'typed', accepted: ['Ann'], answerKind: 'text' };
const screen = (ask: Ask, extra: Partial<StudyScreen> = {}): StudyScreen => ({ canUndo: false, ask, phase: 'ask', practice: false, wrong: false, canSpeak: true, ...extra });

describe('study keys', () => {
	it('while asking: Space turns a flashcard over, digits pick an option, T and F answer', () => {
		expect(studyKeyAction(press(' '), screen(flashcard))).toEqual({ do: 'reveal' });
		expect(studyKeyAction(press('2'), screen(choice))).toEqual({ do: 'answer', response: { choice: 1 } });
		expect(studyKeyAction(press('4'), screen(choice))).toBeUndefined();
		expect(studyKeyAction(press('F'), screen(truth))).toEqual({ do: 'answer', response: { truth: false } });
		// Space on a button is the button's own.
		expect(studyKeyAction(press(' ', { onControl: true }), screen(flashcard))).toBeUndefined();
	});

	it('keys typed into the answer field are the answer, but Ctrl+H still gives a hint', () => {
		expect(studyKeyAction(press('t', { typing: true }), screen(typed))).toBeUndefined();
		expect(studyKeyAction(press('r', { typing: true }), screen(typed))).toBeUndefined();
		expect(studyKeyAction(press('h', { ctrlKey: true, typing: true }), screen(typed))).toEqual({ do: 'hint' });
	});

	it('after the answer: 1–4 grade, O overrules a wrong typed answer, Enter keeps the suggestion; practice has only Again and Got it', () => {
		const feedback = { phase: 'feedback', suggested: Rating.Hard };
		expect(studyKeyAction(press('4'), screen(typed, feedback))).toEqual({ do: 'grade', rating: Rating.Easy });
		expect(studyKeyAction(press('Enter'), screen(typed, feedback))).toEqual({ do: 'grade', rating: Rating.Hard });
		expect(studyKeyAction(press('o'), screen(typed, { ...feedback, wrong: true }))).toEqual({ do: 'overrule' });
		expect(studyKeyAction(press('o'), screen(typed, feedback))).toBeUndefined();
		expect(studyKeyAction(press('4'), screen(typed, { ...feedback, practice: true }))).toEqual({ do: 'grade', rating: Rating.Good });
		expect(studyKeyAction(press('1'), screen(typed, { ...feedback, practice: true }))).toEqual({ do: 'grade', rating: Rating.Again });
	});

	it('Ctrl+Z undoes when there is a grade to take back, R reads aloud, and Alt or Meta leave keys to the browser', () => {
		expect(studyKeyAction(press('z', { ctrlKey: true }), screen(typed, { canUndo: true }))).toEqual({ do: 'undo' });
		expect(studyKeyAction(press('z', { ctrlKey: true }), screen(typed))).toBeUndefined();
		expect(studyKeyAction(press('r'), screen(typed, { phase: 'feedback' }))).toEqual({ do: 'speak', text: 'Ann' });
		expect(studyKeyAction(press('r'), screen(typed, { canSpeak: false }))).toBeUndefined();
		expect(studyKeyAction(press('1', { altKey: true }), screen(choice))).toBeUndefined();
	});
});

describe('test keys', () => {
	it('1–9 pick an option and T or F answer, as in study; nothing else answers', () => {
		expect(testKeyAnswer(press('3'), choice)).toEqual({ choice: 2 });
		expect(testKeyAnswer(press('4'), choice)).toBeUndefined();
		expect(testKeyAnswer(press('t'), truth)).toEqual({ truth: true });
		expect(testKeyAnswer(press('F'), truth)).toEqual({ truth: false });
		expect(testKeyAnswer(press('1'), typed)).toBeUndefined();
		expect(testKeyAnswer(press(' '), flashcard)).toBeUndefined();
		expect(testKeyAnswer(press('1'), undefined)).toBeUndefined();
	});

	it('never while typing an answer, nor with Ctrl, Alt or Meta held', () => {
		expect(testKeyAnswer(press('t', { typing: true }), truth)).toBeUndefined();
		expect(testKeyAnswer(press('1', { ctrlKey: true }), choice)).toBeUndefined();
		expect(testKeyAnswer(press('1', { altKey: true }), choice)).toBeUndefined();
		expect(testKeyAnswer(press('t', { metaKey: true }), truth)).toBeUndefined();
	});
});
