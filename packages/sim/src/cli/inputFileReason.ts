import { fileSystemReason } from './fileSystemReason.js';

/**
 * Why an input file (a scenario, a DATA file, a part to merge) could not be read, in words: "no such file" for a
 * missing one (an input is always a file, so "or directory" would only mislead), else fileSystemReason ("too many
 * levels of symbolic links …" for a link loop, "is a directory", "permission denied"), never Node's raw
 * `ELOOP: too many symbolic links encountered, stat '/abs/path'`.
 * @param error - what `stat` or `readFile` threw
 * @returns the reason, without the path (the caller names the file as the user gave it)
 */
export function inputFileReason(error: unknown): string {
  return (error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT' ? 'no such file' : fileSystemReason(error);
}
