// Next ships busboy compiled without its types; this is the part of its API the proxy uses.
declare module "next/dist/compiled/busboy" {
  import type { Readable, Writable } from "node:stream";
  type TBusboy = Writable & {
    on(event: "field", listener: (name: string, value: string) => void): TBusboy;
    on(event: "file", listener: (name: string, stream: Readable) => void): TBusboy;
  };
  export default function busboy(options: {
    headers: Record<string, string>;
    limits?: { fieldSize?: number; fileSize?: number };
  }): TBusboy;
}
