/**
 * Plain shapes the services hand to resolvers. No GraphQL or driver types here: the schema classes
 * in src/schema/types describe these same shapes to clients.
 */

export const ENTITY_LABELS = ["Actor", "Movement", "Hashtag", "Platform", "Event", "Topic"] as const;
export type EntityLabel = (typeof ENTITY_LABELS)[number];

export type SourceView = { section: string; quote: string };

export type EntityView = {
  id: string;
  label: EntityLabel;
  name: string;
  aliases: string[];
  description: string;
  /** Absent when the entity came in bulk (links, lists, rings, hits): loaded on demand then. */
  sources?: SourceView[];
  note: string | null;
  kind: string | null;
  date: string | null;
  endDate: string | null;
};

export type LinkDirection = "OUTGOING" | "INCOMING";

/** One relationship seen from one of its ends: `node` is the other end. */
export type LinkView = {
  id: string;
  type: string;
  direction: LinkDirection;
  node: EntityView;
  role: string | null;
  date: string | null;
  note: string | null;
  sources: SourceView[];
};

export type EdgeView = {
  id: string;
  type: string;
  from: string;
  to: string;
  role: string | null;
  date: string | null;
  sources: SourceView[];
};

export type PageView<T> = {
  items: { cursor: string; node: T }[];
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  totalCount: () => Promise<number>;
};
