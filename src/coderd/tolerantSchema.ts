// A few lines of schema: each schema reads an untrusted value and returns it typed, or undefined when it
// is absent or of the wrong type. Types are inferred from the schemas (see types.ts), so a field the
// types declare is a field the parser reads: nothing is dropped because someone forgot to teach it.

export type Schema<T> = (value: unknown) => T | undefined;
export type Infer<S> = S extends Schema<infer T> ? T : never;

type Shape = Record<string, Schema<unknown>>;
/** Every field optional: servers omit fields, and a mistyped one degrades to absent. */
export type ObjectOf<S extends Shape> = { [K in keyof S]?: Infer<S[K]> };

export interface ObjectSchema<S extends Shape> extends Schema<ObjectOf<S>> {
  readonly shape: S;
}

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

export const string: Schema<string> = (v) => (typeof v === "string" ? v : undefined);
export const number: Schema<number> = (v) =>
  typeof v === "number" && Number.isFinite(v) ? v : undefined;
export const boolean: Schema<boolean> = (v) => (typeof v === "boolean" ? v : undefined);
export const isNull: Schema<null> = (v) => (v === null ? null : undefined);

export function array<T>(item: Schema<T>): Schema<T[]> {
  return (v) => {
    if (!Array.isArray(v)) return undefined;
    const out: T[] = [];
    for (const element of v) {
      const parsed = item(element);
      if (parsed !== undefined) out.push(parsed);
    }
    return out;
  };
}

/** A map with arbitrary keys (a region name, an environment variable); mistyped values are dropped. */
export function record<T>(value: Schema<T>): Schema<Record<string, T>> {
  return (v) => {
    if (!isRecord(v)) return undefined;
    const out: Record<string, T> = Object.create(null) as Record<string, T>;
    for (const [key, raw] of Object.entries(v)) {
      const parsed = value(raw);
      if (parsed !== undefined) out[key] = parsed;
    }
    return out;
  };
}

export function union<A, B>(a: Schema<A>, b: Schema<B>): Schema<A | B> {
  return (v) => {
    const first = a(v);
    return first !== undefined ? first : b(v);
  };
}

export function object<S extends Shape>(shape: S): ObjectSchema<S> {
  const keys = Object.keys(shape);
  const parse = (v: unknown): ObjectOf<S> | undefined => {
    if (!isRecord(v)) return undefined;
    const out: Record<string, unknown> = {};
    for (const key of keys) {
      const parsed = shape[key]?.(v[key]);
      if (parsed !== undefined) out[key] = parsed;
    }
    return out as ObjectOf<S>;
  };
  return Object.assign(parse, { shape });
}

/** The same object schema without some fields: how the list keeps its entries slim. */
export function omit<S extends Shape, K extends keyof S & string>(
  schema: ObjectSchema<S>,
  drop: readonly K[],
): ObjectSchema<Omit<S, K>> {
  const dropped = new Set<string>(drop);
  const shape = Object.fromEntries(
    Object.entries(schema.shape).filter(([key]) => !dropped.has(key)),
  );
  return object(shape as Omit<S, K>);
}

/** The same object schema with some fields replaced or added. */
export function extend<S extends Shape, E extends Shape>(
  schema: ObjectSchema<S>,
  extra: E,
): ObjectSchema<Omit<S, keyof E> & E> {
  const shape: Omit<S, keyof E> & E = { ...schema.shape, ...extra };
  return object(shape);
}
