// A reader of what the export writes, written from RFC 4180 and not from the app's writer.

/** RFC 4180 records (quoted fields may hold CR LF). */
export function csvRecords(text: string): string[][] {
  const records: string[][] = [];
  let field = "";
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charAt(i);
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      record.push(field);
      field = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      record.push(field);
      records.push(record);
      record = [];
      field = "";
      i += 1;
    } else field += c;
  }
  if (field || record.length) records.push([...record, field]);
  return records;
}

/** The records after the header, as objects by the header's names. */
export function csvObjects(text: string): Record<string, string>[] {
  const [head = [], ...rows] = csvRecords(text);
  return rows.map((r) => Object.fromEntries(head.map((h, i) => [h, r[i] ?? ""])));
}
