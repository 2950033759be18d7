import { builder } from './builder';

export interface TimeExpressionShape {
  text: string;
  date: string | null;
}

export const TimeExpressionRef = builder.objectRef<TimeExpressionShape>('TimeExpression');

TimeExpressionRef.implement({
  description: 'A time as the article writes it, with the date it resolves to when known.',
  fields: (t) => ({
    text: t.exposeString('text', { description: 'As written, e.g. "on Thursday".' }),
    date: t.exposeString('date', {
      nullable: true,
      description: "ISO 8601 date, resolved against the document's publication date when it has one.",
    }),
  }),
});
