"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { initialFormState } from "@/lib/actions/form-state";
import { buttonClass } from "@/components/admin/ui/button-class";
import { useFormMessage } from "@/components/admin/ui/form-messages";
import { LabelledField } from "@/components/admin/ui/labelled-field";
import type { StoryEditorAction, StoryEditorState } from "./story-editor-state";

/**
 * Markdown textarea with a server-rendered preview. Works without JavaScript (both buttons post).
 * `locale` is the story's; the labels are in the organiser's language, which names it (`language`).
 * The textarea is marked with the story's language, so spelling and screen readers follow it.
 */
export function StoryEditor({ locale, language, markdown, storyEditorAction }: { locale: string; language: string; markdown: string; storyEditorAction: StoryEditorAction }) {
  const t = useTranslations("adminStory");
  const messageFor = useFormMessage();
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
        <LabelledField
          id="story-markdown"
          name="markdown"
          label={t("field", { language })}
          hint={t("hint")}
          rows={22}
          defaultValue={state.draft ?? markdown}
          errors={errors}
          lang={locale}
          className="[&_textarea]:font-mono"
        />
        <div className="flex flex-wrap gap-3">
          <button type="submit" name="intent" value="preview" disabled={pending} className={buttonClass("secondary")}>
            {t("preview")}
          </button>
          <button type="submit" name="intent" value="save" disabled={pending} className={buttonClass()}>
            {t("save")}
          </button>
        </div>
      </form>
      {state.preview && (
        <section aria-labelledby="preview-heading" className="mt-8 rounded-lg bg-white p-5 ring-1 ring-slate-300">
          <h2 id="preview-heading" className="text-xl font-bold">
            {t("previewHeading")}
          </h2>
          <div className="mt-4" data-testid="story-preview" lang={locale}>
            {state.preview}
          </div>
        </section>
      )}
    </>
  );
}
