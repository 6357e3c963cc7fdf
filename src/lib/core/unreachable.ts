/**
 * For the end of an exhaustive switch over a union (question types, ask forms): the compiler
 * rejects the call while a member is not handled, so a new question type cannot be missed.
 */
export function unreachable(value: never): never {
	throw new Error(`Unexpected value: ${JSON.stringify(value)}`);
}
