/**
 * An ExtractionResult that cannot be written as it stands: an id that points at
 * no entity of the document, a duplicated id. The store rolls the whole
 * document back when it throws this.
 */
export class InvalidExtractionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidExtractionError';
  }
}
