// The part of the `linebreak` package (the Unicode line breaking algorithm, UAX #14) that sheets use; it ships
// no types of its own.
declare module 'linebreak' {
  export interface Break {
    /** Where a line may end: the UTF-16 offset of the character after the break. */
    position: number;
    /** A line must end here (a newline). */
    required: boolean;
  }
  export default class LineBreaker {
    constructor(text: string);
    nextBreak(): Break | null;
  }
}
