// Marking answers is the same in the browser and on the server (live sessions): core's.
export { type Gradable, isAnswered, isCorrect, shortAnswerMatch } from '@quizstream/core/grade';
