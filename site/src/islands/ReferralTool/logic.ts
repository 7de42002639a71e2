import { type LinkedRichText, type OutcomeNode, type Platform, type QuestionNode, type TreeWalk, walkTree } from '@hp/content-schemas'

/** An organisation as the tool shows it: only what an outcome needs. */
export interface ToolOrganisation {
  slug: string
  name: string
  description: string
  phone?: string
  chatUrl?: string
  url?: string
  hours?: string
  exampleData: boolean
  lastVerified?: string
}

/** An outcome as the tool shows it: its rich text with every link resolved at build time (props.ts). */
export type ToolOutcome = Omit<OutcomeNode, 'body' | 'whatToSay'> & { body: LinkedRichText; whatToSay: LinkedRichText }

/** A node of the tool's tree: a question as in the contract, or an outcome with its links resolved. */
export type ToolNode = QuestionNode | ToolOutcome

/** The tree as the island receives it: links in rich text already resolved to site paths. */
export interface ToolTree {
  slug: string
  title: string
  platform: Platform
  start: string
  nodes: ToolNode[]
}

/** Props of `ReferralTool`; everything is serialized into the page, so only what the tool shows. */
export interface ReferralToolProps {
  tree: ToolTree
  /** The organisations the tree's outcomes refer to. */
  organisations: ToolOrganisation[]
  /** Id of the node this page shows first: its own question or outcome. */
  at: string
}

/** What the visitor has done so far. In memory, and the route in the address (`history.ts`); never in storage. */
export interface ToolState {
  /** Where the answers start: the page's own node, or the tree's start after "Opnieuw beginnen". */
  from: string
  /** Chosen option per answered question (0-based), in order. */
  answers: number[]
  /** The option picked in the form, not yet sent. */
  selected: number | null
  /** Sent without a choice: show the error summary. */
  error: boolean
  /** Counts steps, so every step (also to the same node) moves focus; 0 = page load, focus stays. */
  moves: number
}

export type ToolAction =
  | { type: 'select'; option: number }
  | { type: 'submit' }
  | { type: 'back' }
  | { type: 'change'; step: number }
  | { type: 'restart' }
  /** The address changed (Back, Forward) or the page loaded at a step: show the route it holds. `initial`: on load, focus stays. */
  | { type: 'restore'; from: string; answers: number[]; initial?: boolean }

export const initialState = (at: string): ToolState => ({ from: at, answers: [], selected: null, error: false, moves: 0 })

/** The questions answered so far and the node shown now. */
export const currentWalk = (tree: ToolTree, state: ToolState): TreeWalk<ToolNode> =>
  walkTree({ start: state.from, nodes: tree.nodes }, state.answers)

/**
 * The tool as a state machine, GOV.UK smart-answers style: a choice is only kept when sent;
 * going back or changing an earlier answer drops every later answer and shows the old choice
 * selected; "Opnieuw beginnen" forgets everything.
 */
export function reduce(tree: ToolTree, state: ToolState, action: ToolAction): ToolState {
  const moved = (next: Omit<ToolState, 'moves'>): ToolState => ({ ...next, moves: state.moves + 1 })
  switch (action.type) {
    case 'select':
      return { ...state, selected: action.option }
    case 'submit': {
      const { current } = currentWalk(tree, state)
      const valid = current.type === 'question' && state.selected !== null && state.selected < current.options.length
      if (!valid || state.selected === null) return moved({ ...state, error: true })
      return moved({ ...state, answers: [...state.answers, state.selected], selected: null, error: false })
    }
    case 'back':
      if (state.answers.length === 0) return state
      return moved({ ...state, answers: state.answers.slice(0, -1), selected: state.answers.at(-1) ?? null, error: false })
    case 'change': {
      const previous = state.answers[action.step]
      if (previous === undefined) return state
      return moved({ ...state, answers: state.answers.slice(0, action.step), selected: previous, error: false })
    }
    case 'restart':
      return moved({ from: tree.start, answers: [], selected: null, error: false })
    case 'restore': {
      // Back from a later step: that step's answer is still known in memory, so it shows selected.
      const earlier = action.from === state.from && action.answers.every((a, i) => state.answers[i] === a)
      const selected = earlier ? (state.answers[action.answers.length] ?? null) : null
      const next = { from: action.from, answers: action.answers, selected, error: false }
      return action.initial ? { ...next, moves: state.moves } : moved(next)
    }
  }
}

/** The heading of a node: the question or the outcome's title. */
export const headingOf = (node: ToolNode): string => (node.type === 'question' ? node.question : node.title)
