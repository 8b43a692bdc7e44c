/**
 * What the API document says of one operation: a stable `operationId` (the method name a generated
 * client gives it; renaming one breaks clients), a one-line summary and a description.
 */
export const operation = (operationId: string, summary: string, description: string) => ({ operationId, summary, description });
