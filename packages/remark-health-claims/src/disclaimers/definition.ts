import type {DisclaimerPosition} from '../types.js'

/** A disclaimer ready to insert: built in or from `options.topics`. */
export interface DisclaimerDefinition {
  /** Value of `data-disclaimer`, used to detect a disclaimer already present. */
  id: string
  /** Shown in bold above the text and used as the `aria-label` of the `<aside>`. */
  title: string
  /** Markdown. Raw HTML in it is shown as text. */
  text: string
  position: DisclaimerPosition
}

/** Ids of the disclaimers that ship with the plugin. */
export type BuiltinDisclaimerId = 'medical' | 'advice' | 'supplement'
