// The parts of Pagefind's Component UI (pagefind-component-ui.js, loaded at runtime from
// /pagefind/) and of its result data that this site uses.

export type FilterSelection = Record<string, string[]>;

export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  locations?: number[];
  anchor?: { element: string; id: string; text?: string; location: number };
}

export interface PagefindResultData {
  url: string;
  excerpt: string;
  /** The page's indexed text. */
  content?: string;
  meta: Record<string, string | undefined>;
  filters?: Record<string, string[]>;
  sub_results?: PagefindSubResult[];
}

export interface PagefindRawResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}

export interface PagefindSearchResult {
  results: PagefindRawResult[];
  unfilteredResultCount?: number;
}

export type InstanceEvent = 'search' | 'filters' | 'loading' | 'results' | 'error' | 'translations';

export interface Instance {
  searchTerm: string;
  searchFilters: FilterSelection;
  on(event: InstanceEvent, callback: (...args: unknown[]) => void, owner?: Element | null): void;
  triggerSearch(term: string): void;
  triggerSearchWithFilters(term: string, filters: FilterSelection): void;
  triggerFilters(filters: FilterSelection): void;
  triggerLoad(): Promise<void>;
  setTranslations(overrides: Record<string, string>): void;
  announceRaw(message: string, priority?: 'polite' | 'assertive'): void;
}

export interface PagefindComponents {
  configureInstance(name: string, options: Record<string, unknown>): Instance;
  getInstanceManager(): { getInstance(name?: string): Instance };
}

/** <pagefind-results>: a JS result template replaces the built-in one. */
export interface ResultsElement extends HTMLElement {
  resultTemplate: ((result: PagefindResultData) => Element | string) | null;
}

/** <pagefind-modal>. */
export interface ModalElement extends HTMLElement {
  open(): void;
  close(): void;
  readonly isOpen: boolean;
  dialogEl: HTMLDialogElement | null;
}

declare global {
  interface Window {
    PagefindComponents?: PagefindComponents;
  }
}
