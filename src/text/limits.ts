/**
 * Caps applied before any library sees the text: compromise's time grows with the square of a
 * sentence's length and natural's tokenizers with the square of a token's, so no sentence or token
 * handed on may exceed these lengths (in UTF-16 code units).
 */
export const MAX_TOKEN_CHARS = 64;
export const MAX_SENTENCE_CHARS = 1000;
export const MAX_SENTENCE_TOKENS = 200;
