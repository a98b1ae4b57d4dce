import type { FormStateAction } from "@/lib/actions/form-state";

/**
 * The moderation queue's server actions, handed down by app/admin/moderation/page.tsx (components
 * never import app/): the script calls the first two and updates the list in place; forms posted
 * without JavaScript go to the *FromForm twins, which redirect back to the queue.
 */
export interface ModerationActions {
  moderateMessageAction: FormStateAction<never>;
  bulkModerateAction: FormStateAction<never>;
  moderateMessageFromForm: (formData: FormData) => Promise<void>;
  bulkModerateFromForm: (formData: FormData) => Promise<void>;
}
