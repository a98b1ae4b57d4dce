"use client";

import { useActionState } from "react";
import { initialFormState } from "@/lib/actions/form-state";
import { buttonClass } from "../../_components/button-class";
import { messageFor } from "../../_components/form-messages";
import { LabelledField } from "../../_components/labelled-field";
import { storyEditorAction } from "./actions";
import type { StoryEditorState } from "./story-editor-state";

/** Markdown textarea with a server-rendered preview. Works without JavaScript (both buttons post). */
export function StoryEditor({ locale, language, markdown }: { locale: string; language: string; markdown: string }) {
  const [state, formAction, pending] = useActionState<StoryEditorState, FormData>(storyEditorAction, initialFormState());
  const errors = state.fieldErrors.markdown ?? state.fieldErrors.locale;
  return (
    <>
      <form action={formAction} noValidate className="mt-4 space-y-4">
        {state.formError && (
          <p role="alert" className="rounded-md border-2 border-red-800 bg-red-50 p-3 text-red-900">
            {messageFor(state.formError)}
          </p>
        )}
        <input type="hidden" name="locale" value={locale} />
        <LabelledField messageFor={messageFor}
          id="story-markdown"
          name="markdown"
          label={`Story (${language}, markdown)`}
          hint="Headings start with ##, lists with -, links as [text](https://…). HTML is not shown. Save it empty to go back to the bundled text."
          rows={22}
          defaultValue={state.draft ?? markdown}
          errors={errors}
          className="[&_textarea]:font-mono"
        />
        <div className="flex flex-wrap gap-3">
          <button type="submit" name="intent" value="preview" disabled={pending} className={buttonClass("secondary")}>
            Preview
          </button>
          <button type="submit" name="intent" value="save" disabled={pending} className={buttonClass()}>
            Save story
          </button>
        </div>
      </form>
      {state.preview && (
        <section aria-labelledby="preview-heading" className="mt-8 rounded-lg bg-white p-5 ring-1 ring-slate-300">
          <h2 id="preview-heading" className="text-xl font-bold">
            Preview (not saved yet)
          </h2>
          <div className="mt-4" data-testid="story-preview">
            {state.preview}
          </div>
        </section>
      )}
    </>
  );
}
