export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html: string;
  locale: string;
  /** Files sent with the email (the delivery pack's PDF); the development mailbox lists none. */
  attachments?: { filename: string; content: Buffer; contentType: string }[];
}
