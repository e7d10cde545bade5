import type { ClassConstructor } from 'class-transformer';
import type { NoticeLocale } from '@tuoyu/contracts';

export interface LocalizedSource {
  subject: string;
  text: string;
  html: string;
}

/** A notice's Handlebars sources per locale and the class its props must satisfy. */
export type NoticeTemplateSource<P extends object> = { propsClass: ClassConstructor<P> } & Record<
  NoticeLocale,
  LocalizedSource
>;
