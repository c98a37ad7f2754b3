import type { JSONSchema7 } from '@valibot/to-json-schema';
import { toJsonSchema } from '@valibot/to-json-schema';
import { scenarioSchema, scenarioSchemaDefinitions } from './scenarioSchema.js';

/** `$id` of the published JSON Schema (the file ships in `@rtsim/sim` as `scenario.schema.json`). */
export const scenarioSchemaId = 'https://rtsim.dev/scenario.schema.json';

/**
 * The JSON Schema (draft-07) of scenario files, generated from the valibot schema: structure, ranges,
 * required keys, no unknown keys, and a description with units on every field, for editors (VS Code YAML,
 * JSON). Cross-field rules (margins summing to 1, min < max, unique ids, library refs) are checked by
 * `parseScenario` only. `scripts/generate-schema.mjs` writes it to `packages/sim/scenario.schema.json`.
 * @returns a fresh JSON Schema object
 */
export function scenarioJsonSchema(): JSONSchema7 {
  const schema = toJsonSchema(scenarioSchema, {
    target: 'draft-07',
    definitions: { ...scenarioSchemaDefinitions },
    // Cross-field checks and finiteness have no JSON Schema form (finite is implied by JSON numbers).
    ignoreActions: ['finite', 'raw_check', 'check', 'partial_check'],
  });
  return { ...schema, $id: scenarioSchemaId };
}
