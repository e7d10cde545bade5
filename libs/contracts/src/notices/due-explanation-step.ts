import { IsObject, IsString, Length } from 'class-validator';

/**
 * One step of how a due date was computed, as a code with its facts (libs/deadlines ExplanationStep), so the
 * notice phrases it in its own language. Checked loosely here and fully where it is phrased: a code the notifier
 * does not know makes it fall back to the rules in general, never to a half sentence.
 */
export class DueExplanationStep {
  @IsString() @Length(1, 40) code: string;
  @IsObject() params: Record<string, unknown>;
}
