export { type FileList, type FileSeq, filesFrom } from "./file-list.js";
export { FileIdentities, type FileIdentity, fileIdentity, type IdentitySeq } from "./identity.js";
export {
  BUNDLED_SEEDS,
  DEFAULT_EXTENSIONS,
  defaultInputs,
  InputError,
  type InputFile,
  listInputs,
} from "./inputs.js";
export { makeDocument, readDocument } from "./read.js";
export { corpusBytes, evenSample, holdsBytesSync } from "./sizes.js";
export { spoolStdin } from "./stdin-file.js";
