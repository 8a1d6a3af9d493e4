import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
// The multipart parser Next itself decodes server actions with: a body it accepts here, Next accepts too.
import busboy from "next/dist/compiled/busboy";

/** Reads a multipart body's field names and text values (files are noted, not kept); rejects a malformed body. */
export async function readMultipartFields(
  contentType: string,
  body: ReadableStream<Uint8Array> | null,
  maxBytes: number,
): Promise<Map<string, string>> {
  const fields = new Map<string, string>();
  const parser = busboy({
    headers: { "content-type": contentType },
    limits: { fieldSize: maxBytes, fileSize: maxBytes },
  });
  parser.on("field", (name, value) => fields.set(name, value));
  parser.on("file", (name, stream) => {
    fields.set(name, "[file]");
    stream.resume();
  });
  await pipeline(
    body ? Readable.fromWeb(body as import("node:stream/web").ReadableStream<Uint8Array>) : Readable.from([]),
    parser,
  );
  return fields;
}
