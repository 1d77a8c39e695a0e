/** Types shared by the build (which produces them) and the browser (which reads them). */

import type { PlaceholderDecl } from './placeholder-types.ts';

export type SlideLayout = 'default' | 'two-column';

/** One entry of the eager manifest: small, no slide bodies. */
export interface SlideMeta {
  number: number;
  slug: string;
  title: string;
  /** Planned minutes: front matter `minutes`, or an estimate from the slide's length. */
  minutes: number;
  minutesEstimated: boolean;
  layout: SlideLayout;
  /** Step count: 1, or the stages of the slide's step-through code blocks. */
  steps: number;
  checkCount: number;
  exercise?: string;
}

/** deck.yaml `scorm:`: what the learning-platform package reports (src/lms/). */
export interface ScormConfig {
  /** Percentage of the score that passes; without it the package reports `completed`, not passed/failed. */
  masteryScore?: number;
}

export interface DeckManifest {
  title: string;
  scorm?: ScormConfig;
  slides: SlideMeta[];
}

export interface CheckOption {
  /** Inline HTML compiled from the option's markdown. */
  html: string;
  text: string;
  correct: boolean;
  whyHtml: string;
  /** Kept in its authored place when the learner's options are shuffled ("none of these"). */
  pin?: boolean;
}

export interface KnowledgeCheck {
  id: string;
  questionHtml: string;
  question: string;
  multiple: boolean;
  options: CheckOption[];
}

/** The lazily loaded part of a slide. */
export interface SlideContent {
  number: number;
  html: string;
  scriptHtml: string;
  checks: KnowledgeCheck[];
  /** The declared placeholders this slide's code uses (for the learner's "Use your values" form). */
  placeholders?: PlaceholderDecl[];
}
