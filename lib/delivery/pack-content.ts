/** Everything the delivery pack prints, gathered before any drawing starts (one read, one render). */
export interface PackContent {
  locale: "en" | "be" | "ru";
  campaignTitle: string;
  /** The story as plain paragraphs (markdown markers removed). */
  storyParagraphs: string[];
  snapshot: {
    id: string;
    sha256: string;
    takenAt: string;
    confirmed: number;
    /** Sensitive countries arrive as coarse as the snapshot holds them (decisions/0032-…). */
    countries: { name: string; count: number; roundedTo?: number }[];
    checkpoint: { treeSize: number; rootHash: string; issuedAt: string } | null;
  };
  messages: { text: string; displayName: string | null; country: string; featured: boolean }[];
  labels: PackLabels;
}

/** The pack's fixed wording in its language, from messages/<locale>/delivery.json. */
export interface PackLabels {
  subtitle: string;
  storyHeading: string;
  countHeading: string;
  confirmed: string;
  country: string;
  supporters: string;
  roundedNote: string;
  messagesHeading: string;
  aSupporter: string;
  proofHeading: string;
  proofText: string;
  snapshotId: string;
  snapshotSha: string;
  treeSize: string;
  rootHash: string;
  checkpointIssued: string;
  noCheckpoint: string;
}
