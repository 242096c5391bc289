package app.receipts.evidence;

/** Slack ids of the evidence feature; the shortcut's callback id must match manifest.yml. */
public final class EvidenceIds {
  public static final String SHORTCUT = "save_praise";
  public static final String MODAL = "praise-modal";
  public static final String EDIT_MODAL = "praise-edit-modal";
  public static final String KEEP = "praise-keep";
  public static final String DISCARD = "praise-discard";

  public static final String COMPETENCY_BLOCK = "competency";
  public static final String NOTE_BLOCK = "note";
  public static final String OWNER_BLOCK = "owner";
  public static final String INPUT = "input";

  private EvidenceIds() {}
}
