// Why: the schema engine reads PostgreSQL's catalogue (pg_constraint.contype, pg_class.relkind…),
// whose columns have the internal one-byte type `"char"` (OID 18). @prisma/adapter-pg 7.10 refuses
// that type ("Column type 'char' could not be deserialized"), which breaks `diff` against a shadow
// database. Reporting it as `text` is not enough: the engine reads some of these columns as a Rust
// char and panics on text (PostgreSQL 18 lists NOT NULL constraints in pg_constraint, contype 'n').
// So: the pg client relabels OID 18 as text to get past the adapter and remembers which columns it
// relabelled; the adapter's queryRaw then declares those columns as Character. Migration tooling only.
import { ColumnTypeEnum, type SqlQueryable } from "@prisma/driver-adapter-utils";
import pg from "pg";

const INTERNAL_CHAR_OID = 18;
const TEXT_OID = 25;

/** Result rows array (passed through unchanged by adapter-pg) → indexes of its "char" columns. */
const charColumns = new WeakMap<object, number[]>();

type Callback = (error: Error | null | undefined, result?: unknown) => void;

export class InternalCharClient extends pg.Client {
  constructor(config?: string | pg.ClientConfig) {
    super(config);
    // `query` is overloaded (promise, callback, Submittable); pg.Pool#query uses the callback form,
    // transactions on a checked-out client use the promise form. Wrap both, keep the rest as is.
    const original = pg.Client.prototype.query as (...args: unknown[]) => unknown;
    const wrapped = (...args: unknown[]): unknown => {
      const last = args.findLastIndex((arg) => arg !== undefined);
      const callback = args[last];
      if (typeof callback === "function") {
        const patched: Callback = (error, result) => (callback as Callback)(error, error ? result : relabel(result));
        return original.apply(this, [...args.slice(0, last), patched]);
      }
      const result = original.apply(this, args);
      return result instanceof Promise ? result.then(relabel) : result;
    };
    Object.defineProperty(this, "query", { value: wrapped, writable: true, configurable: true });
  }
}

/** Makes `queryable.queryRaw` report the columns the client relabelled as Character. */
export function restoreCharColumns<T extends SqlQueryable>(queryable: T): T {
  const queryRaw = queryable.queryRaw.bind(queryable);
  queryable.queryRaw = async (query) => {
    const result = await queryRaw(query);
    for (const index of charColumns.get(result.rows) ?? []) result.columnTypes[index] = ColumnTypeEnum.Character;
    return result;
  };
  return queryable;
}

/** Rewrites `"char"` field descriptions to `text`, in one result or in the array a multi-statement script returns. */
function relabel(result: unknown): unknown {
  for (const one of Array.isArray(result) ? result : [result]) {
    const { fields, rows } = (one ?? {}) as { fields?: unknown; rows?: unknown };
    if (!Array.isArray(fields) || typeof rows !== "object" || rows === null) continue;
    const indexes: number[] = [];
    (fields as { dataTypeID?: unknown }[]).forEach((field, index) => {
      if (field.dataTypeID !== INTERNAL_CHAR_OID) return;
      field.dataTypeID = TEXT_OID;
      indexes.push(index);
    });
    if (indexes.length > 0) charColumns.set(rows, indexes);
  }
  return result;
}
