import fc from 'fast-check'
import type * as v from 'valibot'
import { garbage, hostileValue, strayKey, withOwnKeys } from './hostileValues.ts'

/**
 * The parts of a valibot schema the generator reads. Valibot exposes them at runtime; the
 * contract uses objects, arrays, records, unions, picklists and the primitive types.
 */
interface SchemaNode {
  readonly type: string
  readonly entries?: Readonly<Record<string, SchemaNode>>
  readonly item?: SchemaNode
  readonly wrapped?: SchemaNode
  readonly options?: readonly unknown[]
  readonly value?: SchemaNode
}

const nodeOf = (schema: v.GenericSchema): SchemaNode => schema as unknown as SchemaNode

/** A value of about the right type, so that a neighbouring broken field is what trips the check. */
function plausible(node: SchemaNode, depth: number): fc.Arbitrary<unknown> {
  switch (node.type) {
    case 'string':
      return fc.string({ maxLength: 30 })
    case 'number':
      return fc.oneof(fc.integer({ min: 1, max: 100 }), fc.double())
    case 'boolean':
      return fc.boolean()
    case 'null':
      return fc.constant(null)
    case 'picklist':
      return fc.constantFrom(...(node.options ?? ['']))
    case 'optional':
    case 'nullable':
      return node.wrapped === undefined
        ? fc.constant(undefined)
        : fc.oneof(
            fc.constant(node.type === 'optional' ? undefined : null),
            shaped(node.wrapped, depth),
          )
    case 'union':
      return fc.oneof(...(node.options as SchemaNode[]).map((option) => shaped(option, depth)))
    case 'array':
      return fc.array(node.item === undefined ? garbage : shaped(node.item, depth + 1), {
        maxLength: 3,
      })
    case 'record':
      return fc.dictionary(
        strayKey,
        node.value === undefined ? garbage : shaped(node.value, depth + 1),
        { maxKeys: 3 },
      )
    case 'object':
    case 'strict_object':
    case 'loose_object':
      return objectLike(node.entries ?? {}, depth)
    default:
      return garbage
  }
}

/** Mostly the right shape, sometimes a hostile value in its place; deeper levels break less. */
function shaped(node: SchemaNode, depth: number): fc.Arbitrary<unknown> {
  if (depth > 4) return hostileValue
  return fc.oneof(
    { weight: 3, arbitrary: plausible(node, depth) },
    { weight: 1, arbitrary: hostileValue },
  )
}

/** The schema's keys, some missing, some broken, with stray and polluting keys added. */
function objectLike(
  entries: Readonly<Record<string, SchemaNode>>,
  depth: number,
): fc.Arbitrary<unknown> {
  const fields = Object.fromEntries(
    Object.entries(entries).map(([key, node]) => [key, shaped(node, depth + 1)]),
  )
  const keys = Object.keys(fields)
  return fc
    .tuple(
      fc.record(fields),
      // Mostly every key, so that the values behind the first one get checked too.
      fc.oneof(
        { weight: 3, arbitrary: fc.constant(keys) },
        { weight: 1, arbitrary: fc.subarray(keys) },
      ),
      fc.array(fc.tuple(strayKey, hostileValue), { maxLength: 2 }),
    )
    .map(([record, kept, stray]) => {
      const object: Record<string, unknown> = {}
      for (const key of kept) object[key] = record[key]
      return withOwnKeys(object, stray)
    })
}

/**
 * Input for one procedure that its schema should refuse: plain garbage, a hostile value instead
 * of the whole input, or the schema's own shape with parts missing, broken or added.
 */
export function malformedInput(schema: v.GenericSchema): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 1, arbitrary: garbage },
    { weight: 1, arbitrary: hostileValue },
    { weight: 2, arbitrary: shaped(nodeOf(schema), 0) },
  )
}
