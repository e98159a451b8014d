// The parts of Pagefind's JavaScript API (pagefind.js, loaded at runtime from /pagefind/; see
// node_modules/pagefind and the built dist/pagefind/pagefind.js, version 1.6) that this site uses.

/** Filter values to search within: { type: ['Guidance'] }. */
export type FilterSelection = Record<string, string[]>;

/** Result counts by filter and value: { type: { Guidance: 12, … } }. */
export type FilterCounts = Record<string, Record<string, number>>;

export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  locations?: number[];
  anchor?: { element: string; id: string; text?: string; location: number };
}

/** What a result's data() resolves to (its "fragment"). */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  /** The page's indexed text. */
  content?: string;
  meta: Record<string, string | undefined>;
  filters?: Record<string, string[]>;
  sub_results?: PagefindSubResult[];
}

export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}

export interface PagefindResponse {
  results: PagefindResult[];
  unfilteredResultCount: number;
  /** Counts among the results, with the chosen filters applied. */
  filters: FilterCounts;
  /** Counts among the results, whatever filters are chosen. */
  totalFilters: FilterCounts;
}

export interface PagefindSearchOptions {
  filters?: FilterSelection;
}

/** An instance from createInstance(). */
export interface PagefindInstance {
  search(term: string, options?: PagefindSearchOptions): Promise<PagefindResponse>;
  /** Loads every filter's values (a few hundred bytes); until then searches count no filter values. */
  filters(): Promise<FilterCounts>;
  /** Fetches the index chunks (and filter chunks) a search for `term` would need, without searching. */
  preload(term: string, options?: PagefindSearchOptions): Promise<void>;
}

/** Options given to createInstance(): Pagefind's own, plus `noWorker`, read when it starts. */
export interface PagefindInstanceOptions {
  basePath: string;
  /** Put before each indexed page's path ("/guidance/") in results: the site's base path. */
  baseUrl: string;
  noWorker: boolean;
  excerptLength: number;
  ranking: Record<string, unknown>;
}

/** The module /pagefind/pagefind.js. */
export interface PagefindModule {
  createInstance(options: PagefindInstanceOptions): PagefindInstance;
}
