/**
 * SQL text with every literal value replaced by `?`: string literals (`'...'`, `E'...'`, `$$...$$`)
 * and numbers. Identifiers (`"quoted"` or not), keywords and `$1` placeholders stay.
 *
 * Why: MikroORM inlines parameter values into the SQL it sends (no bind parameters), so the text
 * pg's instrumentation records as `db.query.text` would otherwise carry emails, password hashes,
 * idempotency keys and amounts into every trace backend.
 */
export function redactSqlValues(sql: string): string {
  let out = '';
  let i = 0;
  while (i < sql.length) {
    const c = sql[i]!;
    if (c === "'") {
      // An E'...' string escapes with backslashes; MikroORM writes one when the value has any.
      const escapes = /[eE]$/.test(out) && !/[\w$]$/.test(out.slice(0, -1));
      if (escapes) out = out.slice(0, -1);
      i = endOfQuoted(sql, i, escapes);
      out += '?';
    } else if (c === '"') {
      const end = endOfIdentifier(sql, i);
      out += sql.slice(i, end);
      i = end;
    } else if (c === '$' && !/[\w$]$/.test(out)) {
      const tag = /^\$(?:[A-Za-z_]\w*)?\$/.exec(sql.slice(i))?.[0];
      const close = tag ? sql.indexOf(tag, i + tag.length) : -1;
      if (tag && close >= 0) {
        out += '?';
        i = close + tag.length;
      } else {
        // `$1`: a bind placeholder, kept as it is.
        const placeholder = /^\$\d*/.exec(sql.slice(i))![0];
        out += placeholder;
        i += placeholder.length;
      }
    } else if (/\d/.test(c) && !/[\w$.]$/.test(out)) {
      const number = /^\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(sql.slice(i))![0];
      out += '?';
      i += number.length;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

/** Index after the closing quote of the string literal opening at `start` (`''` is a quote inside). */
function endOfQuoted(sql: string, start: number, backslashEscapes: boolean): number {
  for (let i = start + 1; i < sql.length; i++) {
    if (backslashEscapes && sql[i] === '\\') i++;
    else if (sql[i] === "'") {
      if (sql[i + 1] !== "'") return i + 1;
      i++;
    }
  }
  return sql.length; // unterminated: everything after the quote is value
}

function endOfIdentifier(sql: string, start: number): number {
  for (let i = start + 1; i < sql.length; i++) {
    if (sql[i] === '"') {
      if (sql[i + 1] !== '"') return i + 1;
      i++;
    }
  }
  return sql.length;
}
