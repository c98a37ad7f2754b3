/**
 * The `--array` value of `sbatch` for a set of task numbers, runs of consecutive numbers written as ranges:
 * 1, 2, 3, 4 → `1-4`; 2, 5, 7, 8, 9 → `2,5,7-9`.
 * @param numbers - ascending whole numbers, each once, at least one
 * @returns the specification
 */
export function slurmArraySpec(numbers: readonly number[]): string {
  const runs: string[] = [];
  let start = 0;
  for (let i = 1; i <= numbers.length; i++) {
    if (i < numbers.length && numbers[i] === numbers[i - 1] + 1) continue;
    const first = numbers[start];
    const last = numbers[i - 1];
    runs.push(first === last ? `${first}` : `${first}-${last}`);
    start = i;
  }
  return runs.join(',');
}
