import { LRUCache } from "lru-cache";
import { checkDocument, type DocumentLimits } from "./document-limits";

/**
 * `checkDocument` with a memory: the checks depend only on the text, and clients send the same few
 * documents over and over (parsing each one again took a tenth of a small query's CPU time). Only
 * passed texts are kept, within 5 MB. Throws the LimitError of a refused document.
 */
export function documentGate(limits: DocumentLimits): (query: string) => void {
  const passed = new LRUCache<string, true>({ maxSize: 5_000_000, sizeCalculation: (_value, key) => key.length || 1 });
  return (query) => {
    if (passed.has(query)) return;
    checkDocument(query, limits);
    passed.set(query, true);
  };
}
