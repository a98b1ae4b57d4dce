import type { ReactNode } from "react";
import type { FormState } from "@/lib/actions/form-state";

// Client-safe: what the story editor's action answers: the wrapper's state, the draft as typed
// (so a page rendered without JavaScript shows it again) and, after "Preview", the draft as the
// public page will render it, rendered on the server.
export interface StoryEditorState extends FormState<"markdown" | "locale"> {
  draft?: string;
  preview?: ReactNode;
}

/** The story editor's server action, handed down by its page (components never import app/). */
export type StoryEditorAction = (previous: StoryEditorState, formData: FormData) => Promise<StoryEditorState>;
